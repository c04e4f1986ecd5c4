// Every unit's filings, the ones to chase first: overdue, then due, then filed late, then on
// time. A tap opens the unit's filings.
import { Text, View } from '@tarojs/components'
import type { UnitFilingRow } from '@/contracts/filings'
import { DEADLINE_STATE_LABELS, type DeadlineState } from '@/domain/filings'
import { openWorkspaceFilings } from '@/services/navigation'
import { DEADLINE_TONE } from '../filings/display'

const URGENCY: Record<DeadlineState, number> = { overdue: 0, due: 1, late: 2, 'on-time': 3 }

const urgency = (row: UnitFilingRow) => Math.min(URGENCY[row.activityList], URGENCY[row.summary])

export function FilingStates({ units }: { units: UnitFilingRow[] }) {
  // Stable: within a group, the committee's own order.
  const sorted = [...units].sort((a, b) => urgency(a) - urgency(b))
  const overdue = units.filter((row) => urgency(row) === 0).length
  return (
    <View className="workspace__card" role="region" ariaLabel="成员单位报送情况">
      <Text className="workspace__heading">成员单位报送情况</Text>
      <Text className={overdue > 0 ? 'filing-states__overdue' : 'workspace__note'}>
        {overdue > 0 ? `${overdue} 家单位有逾期未报送的材料，排在最前` : '没有逾期未报送的材料'}
      </Text>
      <View className="filing-states" role="list" ariaLabel="各单位报送情况">
        {sorted.map((row) => (
          <View
            key={row.unitId}
            className="filing-states__unit"
            role="listitem"
            ariaLabel={row.unitName}
            hoverClass="filing-states__unit--pressed"
            onClick={() => openWorkspaceFilings(row.unitId)}
          >
            <View className="filing-states__head">
              <Text className="filing-states__name">{row.unitName}</Text>
              <Text className="filing-states__chevron">›</Text>
            </View>
            <View className="filing-states__facts">
              <State name="清单" state={row.activityList} />
              <State name="总结" state={row.summary} />
              <Text className="filing-states__reports">
                活动信息 {row.reportsFiled} 条，已发布 {row.reportsPublished}
              </Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}

function State({ name, state }: { name: string; state: DeadlineState }) {
  return (
    <Text className={`workspace__status workspace__status--${DEADLINE_TONE[state]}`}>
      {name} {DEADLINE_STATE_LABELS[state]}
    </Text>
  )
}
