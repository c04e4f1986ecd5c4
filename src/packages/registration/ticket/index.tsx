// 入场凭证: what the door scans or types in (the QR code, the six-digit code) with the session's
// when and where. Only confirmed registrations have one; otherwise the server says why.
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { EmptyState } from '@/components/empty-state'
import { FactRow } from '@/components/fact-row'
import { LoadState } from '@/components/load-state'
import { Screen } from '@/components/screen'
import { TicketQr } from '@/components/ticket-qr'
import type { Ticket } from '@/contracts/registrations'
import { describeWhen } from '@/domain/event'
import { dayOf, formatClock, formatDayLabel } from '@/domain/time'
import { callCloud } from '@/services/cloud'
import { useCloudQuery } from '@/services/use-cloud-query'
import { MINE_PAGE, eventIdFrom } from '@/services/navigation'
import './index.scss'

/** CSS px: big enough for a door scanner at arm's length, still inside a 320 px wide phone. */
const QR_SIZE = 240

/** '482913' → '482 913': two groups are easier to read out and type in. */
function spacedCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`
}

/** '已签到 4月23日 周三 09:12' (Shanghai). */
function checkedInLabel(at: string | undefined): string {
  return at ? `已签到 ${formatDayLabel(dayOf(at))} ${formatClock(at)}` : '已签到'
}

export default function TicketPage() {
  const router = useRouter()
  const eventId = eventIdFrom(router?.params)
  const ticket = useCloudQuery(
    `registrations.ticket ${eventId}`,
    () => callCloud('registrations', 'ticket', { eventId }),
    !!eventId,
  )
  const error = ticket.state.status === 'failed' ? ticket.state.error : undefined
  const openMine = () => void Taro.redirectTo({ url: MINE_PAGE })

  if (!eventId || error?.code === 'NOT_FOUND' || error?.code === 'INVALID_ARGUMENT') {
    return (
      <Screen className="ticket-page">
        <EmptyState
          title="没有找到入场凭证"
          hint="你可能还没有报名这项活动，或者报名已经取消。可以在我的报名里查看。"
          actions={[{ label: '查看我的报名', primary: true, onClick: openMine }]}
        />
      </Screen>
    )
  }
  // Pending approval, waitlisted, rejected: the server's message says which and what comes next.
  if (error?.code === 'CONFLICT') {
    return (
      <Screen className="ticket-page">
        <EmptyState
          title="暂时没有入场凭证"
          hint={error.message}
          actions={[{ label: '查看我的报名', onClick: openMine }]}
        />
      </Screen>
    )
  }
  if (ticket.state.status !== 'ready') {
    return (
      <Screen className="ticket-page">
        <LoadState error={error} onRetry={() => void ticket.retry()} />
      </Screen>
    )
  }
  return <TicketDetails ticket={ticket.state.data} />
}

function TicketDetails({ ticket }: { ticket: Ticket }) {
  const checkedIn = ticket.status === 'checked-in'
  const when = describeWhen({
    day: ticket.eventDay,
    startAt: ticket.eventStartAt,
    endAt: ticket.eventEndAt,
  })
  return (
    <Screen className="ticket-page">
      <View role="heading" ariaLabel={ticket.eventTitle}>
        <Text className="ticket-page__title">{ticket.eventTitle}</Text>
      </View>

      <View className="ticket-page__card ticket-page__pass" role="region" ariaLabel="入场码">
        <Text className={`ticket-page__status${checkedIn ? ' ticket-page__status--done' : ''}`}>
          {checkedIn ? checkedInLabel(ticket.checkedInAt) : '报名已确认，入场时请出示'}
        </Text>
        <TicketQr text={ticket.qrText} size={QR_SIZE} />
        <Text className="ticket-page__code">{spacedCode(ticket.code)}</Text>
        <Text className="ticket-page__hint">二维码无法扫描时，请向签到人员出示数字码</Text>
        {!checkedIn && <Text className="ticket-page__hint">出示时调高屏幕亮度，扫码更快。</Text>}
      </View>

      <View className="ticket-page__card" role="region" ariaLabel="报名信息">
        <FactRow label="时间">
          <Text>{when}</Text>
        </FactRow>
        <FactRow label="地点">
          <Text>{ticket.place.name}</Text>
          {ticket.place.address && <Text>{ticket.place.address}</Text>}
        </FactRow>
        <FactRow label="人数">
          <Text>{ticket.attendees} 人</Text>
        </FactRow>
        {ticket.companyName && (
          <FactRow label="单位">
            <Text>{ticket.companyName}</Text>
          </FactRow>
        )}
        {ticket.contactName && (
          <FactRow label="联系人">
            <Text>{ticket.contactName}</Text>
          </FactRow>
        )}
      </View>
    </Screen>
  )
}
