// 报名管理 (?id=<eventId>): an event's registrations for its hosting unit and the office, by
// status; decisions on pending and waiting ones; people added at the door; the Excel export.
// Contacts are masked here; the export alone has them in full.
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Screen } from '@/components/screen'
import type { AttendanceCounts as Counts } from '@/contracts/attendance'
import { describeWhen } from '@/domain/event'
import type { RegistrationStatus } from '@/domain/seats'
import { callCloud } from '@/services/cloud'
import { eventIdFrom } from '@/services/navigation'
import { useCloudQuery } from '@/services/use-cloud-query'
import { ChipGroup, LoadState } from '../shared-components'
import { AttendanceCounts } from '../attendance-counts'
import { DESK_STATUS } from '../display'
import { DeskList } from './desk-list'
import { ExportPanel } from './export-panel'
import { useDeskList } from './use-desk-list'
import { WalkInForm } from './walk-in-form'
import '../workspace.scss'
import './index.scss'

/** The filter chips, in the order an organiser works through them. */
const FILTERS: RegistrationStatus[] = [
  'pending',
  'confirmed',
  'waitlisted',
  'checked-in',
  'rejected',
  'cancelled',
]

const filterOptions = (counts: Counts) =>
  FILTERS.map((status) => ({
    value: status,
    label: `${DESK_STATUS[status].label} ${counts.byStatus[status].registrations}`,
  }))

type Panel = 'walk-in' | 'export' | undefined

export default function RegistrationsPage() {
  const router = useRouter()
  const eventId = eventIdFrom(router?.params)
  const overview = useCloudQuery(
    `attendance.overview ${eventId}`,
    () => callCloud('attendance', 'overview', { eventId }),
    !!eventId,
  )
  const [status, setStatus] = useState<RegistrationStatus>()
  const list = useDeskList(eventId, status)
  const [panel, setPanel] = useState<Panel>()

  if (!eventId) {
    return (
      <Screen className="workspace">
        <LoadState error={{ code: 'NOT_FOUND', message: '没有指定活动，请从工作台选择活动' }} />
      </Screen>
    )
  }
  if (overview.state.status !== 'ready') {
    return (
      <Screen className="workspace">
        <LoadState
          error={overview.state.status === 'failed' ? overview.state.error : undefined}
          onRetry={() => void overview.retry()}
        />
      </Screen>
    )
  }
  const { event, counts } = overview.state.data
  const close = () => setPanel(undefined)
  return (
    <Screen className="workspace">
      <View className="desk__event">
        <Text className="workspace__heading">{event.title}</Text>
        <Text className="workspace__note">
          {describeWhen(event)}
          {event.approval ? ' · 报名需审核' : ''}
        </Text>
      </View>
      <AttendanceCounts counts={counts} />

      {panel === 'walk-in' && (
        <WalkInForm
          eventId={eventId}
          onAdded={() => {
            close()
            void overview.refresh()
            void list.refresh()
          }}
          onCancel={close}
        />
      )}
      {panel === 'export' && <ExportPanel eventId={eventId} onClose={close} />}
      {!panel && (
        <View className="desk__tools">
          <Button className="workspace__action" onClick={() => setPanel('walk-in')}>
            现场加入
          </Button>
          <Button className="workspace__action" onClick={() => setPanel('export')}>
            导出 Excel
          </Button>
        </View>
      )}

      <ChipGroup
        label="报名状态"
        options={filterOptions(counts)}
        value={status}
        onChange={setStatus}
      />
      <DeskList
        list={list}
        filtered={status !== undefined}
        onDecided={(registration) => {
          list.replace(registration)
          void overview.refresh()
        }}
      />
    </Screen>
  )
}
