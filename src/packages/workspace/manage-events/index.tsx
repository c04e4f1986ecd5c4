// 活动管理: the events the caller manages (the office: every event, by unit and status; a unit's
// editor: the unit's own), each with its status and the steps open to the caller, and the way to
// a new event.
import { Button, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { Screen } from '@/components/screen'
import { hostUnits } from '@/domain/calendar-filters'
import { EVENT_STATUSES } from '@/domain/event'
import { EVENT_STATUS_LABELS, canEditEvents } from '@/domain/event-workflow'
import { canAdminister } from '@/domain/organiser-roles'
import { callCloud } from '@/services/cloud'
import { openEventEditor } from '@/services/navigation'
import { useCloudQuery } from '@/services/use-cloud-query'
import { ChipGroup, EmptyState, LoadState, UnitPicker } from '../shared-components'
import { NotAnEditor } from '../event-edit/not-an-editor'
import { useOrganiser } from '../use-organiser'
import { EventRow } from './event-row'
import { useManagedEvents, type EventFilter } from './use-managed-events'
import { ProblemAlert } from '../problem-alert'
import '../workspace.scss'
import './index.scss'

const STATUS_OPTIONS = EVENT_STATUSES.map((value) => ({
  value,
  label: EVENT_STATUS_LABELS[value],
}))

export default function ManageEventsPage() {
  const me = useOrganiser()
  const organiser = me.state.status === 'ready' ? me.state.data.organiser : null
  const editor = organiser !== null && canEditEvents(organiser.role)
  const campaign = useCloudQuery('campaign.get', () => callCloud('campaign', 'get', {}))
  const [filter, setFilter] = useState<EventFilter>({})
  const list = useManagedEvents(filter, editor)
  // Back from an event's form: the list as it is now.
  const shownBefore = useRef(false)
  useDidShow(() => {
    if (shownBefore.current && editor) void list.refresh()
    shownBefore.current = true
  })

  if (me.state.status !== 'ready') {
    return (
      <Screen className="workspace">
        <LoadState
          error={me.state.status === 'failed' ? me.state.error : undefined}
          onRetry={() => void me.retry()}
        />
      </Screen>
    )
  }
  if (!organiser || !editor) {
    return (
      <Screen className="workspace">
        <NotAnEditor organiser={organiser} />
      </Screen>
    )
  }
  const office = canAdminister(organiser.role)
  const units =
    campaign.state.status === 'ready' ? hostUnits(campaign.state.data.campaign.committee) : []
  const unitNames = (ids: string[]) =>
    ids.map((id) => units.find((unit) => unit.id === id)?.name ?? id).join('、')
  const filtered = filter.unit !== undefined || filter.status !== undefined

  return (
    <Screen className="workspace">
      <Button
        className="workspace__action workspace__action--primary"
        onClick={() => openEventEditor()}
      >
        新建活动
      </Button>
      <View className="workspace__card" role="search" ariaLabel="筛选活动">
        {office && units.length > 0 && (
          <UnitPicker
            label="负责单位"
            units={units}
            value={filter.unit}
            onChange={(unit) => setFilter({ ...filter, unit })}
          />
        )}
        <ChipGroup
          label="状态"
          options={STATUS_OPTIONS}
          value={filter.status}
          onChange={(status) => setFilter({ ...filter, status })}
        />
      </View>
      {list.state.status !== 'ready' ? (
        <LoadState
          error={list.state.status === 'failed' ? list.state.error : undefined}
          onRetry={() => void list.retry()}
        />
      ) : list.items.length === 0 ? (
        <EmptyState
          title={filtered ? '没有符合条件的活动' : '还没有活动'}
          hint={
            filtered
              ? '换一个筛选条件试试。'
              : '点“新建活动”填写活动信息，提交组委会办公室审核，发布后公众即可看到。'
          }
        />
      ) : (
        <>
          <Text className="workspace__section">共 {list.total} 场</Text>
          <View className="manage-events__list" role="list" ariaLabel="活动">
            {list.items.map((event) => (
              <EventRow
                key={event.eventId}
                event={event}
                unitNames={office ? unitNames(event.unitIds) : undefined}
              />
            ))}
          </View>
          <ProblemAlert message={list.moreProblem} />
          {list.hasMore && (
            <Button className="workspace__more" onClick={() => void list.loadMore()}>
              {list.loadingMore ? '正在加载…' : '加载更多'}
            </Button>
          )}
        </>
      )}
    </Screen>
  )
}
