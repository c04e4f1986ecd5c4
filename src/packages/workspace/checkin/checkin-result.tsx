// What the last scan or code did: checked in now, checked in before (when and by whom), or why not.
// The registrant's name is masked; the company and party size are what the door needs.
import { Text, View } from '@tarojs/components'
import type { DeskRegistration } from '@/contracts/attendance'
import { formatClock } from '@/domain/time'
import { maskPersonName } from '@/domain/person-name'

export type CheckinOutcome =
  | { kind: 'first'; registration: DeskRegistration }
  | { kind: 'already'; registration: DeskRegistration }
  | { kind: 'error'; message: string }

function headline(outcome: CheckinOutcome): string {
  if (outcome.kind === 'first') return '签到成功'
  if (outcome.kind === 'error') return '未能签到'
  const { checkedInAt, checkedInByName } = outcome.registration
  const when = checkedInAt ? `已于 ${formatClock(checkedInAt)} ` : '此前已'
  return `${when}${checkedInByName ? `由 ${checkedInByName} ` : ''}签到`
}

export function CheckinResult({ outcome }: { outcome: CheckinOutcome }) {
  return (
    <View
      className={`checkin-result checkin-result--${outcome.kind}`}
      role="alert"
      ariaLabel="签到结果"
    >
      <Text className="checkin-result__headline">{headline(outcome)}</Text>
      {outcome.kind === 'error' ? (
        <Text className="checkin-result__line">{outcome.message}</Text>
      ) : (
        <Registrant registration={outcome.registration} />
      )}
    </View>
  )
}

function Registrant({ registration }: { registration: DeskRegistration }) {
  const name = maskPersonName(registration.contactName)
  return (
    <>
      {registration.companyName && (
        <Text className="checkin-result__company">{registration.companyName}</Text>
      )}
      {name && <Text className="checkin-result__line">联系人 {name}</Text>}
      <Text className="checkin-result__attendees">{registration.attendees} 人</Text>
    </>
  )
}
