// 数据看板: the committee office's view of the week. Registrations and check-ins count people
// (a company registering three takes three seats); the quiz counts people per Shanghai day.
import { Text, View } from '@tarojs/components'
import { Screen } from '@/components/screen'
import type { Dashboard } from '@/contracts/dashboard'
import { formatDayLabel } from '@/domain/time'
import { callCloud } from '@/services/cloud'
import { useCloudQuery } from '@/services/use-cloud-query'
import { LoadState } from '../shared-components'
import { formatInstant } from '../display'
import { FigureTable } from './figure-table'
import { FilingStates } from './filing-states'
import { WeekSummary } from './week-summary'
import '../workspace.scss'
import './index.scss'

function totalTiles({ totals }: Dashboard): Array<[string, number, string?]> {
  return [
    ['活动', totals.events, '已发布的活动'],
    ['报名人数', totals.registered, `${totals.registrations} 份报名 · 名额 ${totals.capacity}`],
    ['已签到', totals.checkedIn],
    ['候补', totals.waitlisted],
    ['答题人数', totals.quizParticipants, `共答题 ${totals.quizAttempts} 次`],
    ['答题及格', totals.quizPassed, '最好成绩及格的人数'],
  ]
}

export default function DashboardPage() {
  const board = useCloudQuery('dashboard.overview', () => callCloud('dashboard', 'overview', {}))
  if (board.state.status !== 'ready') {
    return (
      <Screen className="workspace">
        <LoadState
          error={board.state.status === 'failed' ? board.state.error : undefined}
          onRetry={() => void board.retry()}
        />
      </Screen>
    )
  }
  const data = board.state.data
  return (
    <Screen className="workspace">
      <View className="dashboard__head">
        <Text className="workspace__title">宣传周数据</Text>
        <Text className="workspace__note">截至 {formatInstant(data.asOf)}</Text>
      </View>
      <View className="dashboard__tiles" role="list" ariaLabel="总体数据">
        {totalTiles(data).map(([label, value, note]) => (
          <View key={label} className="dashboard__tile" role="listitem" ariaLabel={label}>
            <Text className="dashboard__tile-label">{label}</Text>
            <Text className="dashboard__tile-value">{value.toLocaleString('zh-CN')}</Text>
            {note && <Text className="dashboard__tile-note">{note}</Text>}
          </View>
        ))}
      </View>

      <View className="workspace__card">
        <Text className="workspace__heading">每日</Text>
        <FigureTable
          label="每日数据"
          columns={['日期', '活动', '报名', '签到', '答题']}
          rows={data.byDay.map((day) => ({
            key: day.day,
            name: formatDayLabel(day.day),
            values: [day.events, day.registered, day.checkedIn, day.quizParticipants],
          }))}
        />
        <Text className="workspace__note">报名、签到按人数计；答题为当天参加答题的人数。</Text>
      </View>

      <View className="workspace__card">
        <Text className="workspace__heading">面向人群</Text>
        <FigureTable
          label="各类人群数据"
          columns={['人群', '活动', '报名', '签到', '候补']}
          rows={data.byAudience.map((group) => ({
            key: group.audience,
            name: group.label,
            values: [group.events, group.registered, group.checkedIn, group.waitlisted],
          }))}
        />
        <Text className="workspace__note">一场活动面向多类人群时，每类都计入。</Text>
      </View>

      <FilingStates units={data.filings} />
      <WeekSummary />
    </Screen>
  )
}
