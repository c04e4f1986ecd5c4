// 现场签到 (?id=<eventId>): the event's live counts, refreshed every few seconds while the page is
// on screen and after each check-in; the ticket scanned or typed in; and what that did.
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Screen } from '@/components/screen'
import { describeWhen } from '@/domain/event'
import { callCloud } from '@/services/cloud'
import { eventIdFrom } from '@/services/navigation'
import { useCloudQuery } from '@/services/use-cloud-query'
import { LoadState } from '../shared-components'
import { AttendanceCounts } from '../attendance-counts'
import { useWhileShown } from '../use-while-shown'
import { CheckinResult, type CheckinOutcome } from './checkin-result'
import { TicketEntry } from './ticket-entry'
import '../workspace.scss'
import './index.scss'

/** Often enough for two doors to see each other's check-ins, rarely enough to cost nothing. */
const REFRESH_MS = 5000
/** Any other QR code is refused by the request's own checks, in words meant for developers. */
const NOT_A_TICKET = '这不是本活动的入场码：请扫描入场凭证上的二维码，或输入6位签到码'

export default function CheckinPage() {
  const router = useRouter()
  const eventId = eventIdFrom(router?.params)
  const overview = useCloudQuery(
    `attendance.overview ${eventId}`,
    () => callCloud('attendance', 'overview', { eventId }),
    !!eventId,
  )
  const [outcome, setOutcome] = useState<CheckinOutcome>()
  const [busy, setBusy] = useState(false)
  useWhileShown(() => void overview.refresh(), REFRESH_MS)

  const checkIn = async (ticket: string) => {
    setBusy(true)
    const result = await callCloud('attendance', 'checkIn', { eventId, ticket: ticket.trim() })
    setBusy(false)
    setOutcome(
      result.ok
        ? {
            kind: result.data.already ? 'already' : 'first',
            registration: result.data.registration,
          }
        : {
            kind: 'error',
            message: result.error.code === 'INVALID_ARGUMENT' ? NOT_A_TICKET : result.error.message,
          },
    )
    void overview.refresh()
  }

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
  return (
    <Screen className="workspace">
      <View className="checkin__event">
        <Text className="workspace__heading">{event.title}</Text>
        <Text className="workspace__note">
          {describeWhen(event)} · 每 {REFRESH_MS / 1000} 秒自动更新
        </Text>
      </View>
      <AttendanceCounts counts={counts} />
      <TicketEntry
        busy={busy}
        onTicket={checkIn}
        onScanProblem={(message) => setOutcome({ kind: 'error', message })}
      />
      {outcome && <CheckinResult outcome={outcome} />}
    </Screen>
  )
}
