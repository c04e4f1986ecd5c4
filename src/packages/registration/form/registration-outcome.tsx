// What the server decided, in words: a seat (and the ticket), a seat awaiting approval, or a
// place in the waiting list.
import { Button, Text, View } from '@tarojs/components'
import type { RegistrationView } from '@/contracts/registrations'
import { TICKETED } from '@/domain/seats'
import { STATUS_TONES, statusText } from '../display'
import { openMyRegistrations, openTicket } from '@/services/navigation'

const EXPLANATIONS: Partial<Record<RegistrationView['status'], string>> = {
  confirmed: '名额已为你保留。活动当天请出示入场凭证，签到时扫码或报出六位数字即可。',
  pending:
    '名额已为你保留，报名需经主办单位审核。审核结果会显示在“我的报名”中；如你允许，也会通过微信通知你。',
  waitlisted:
    '本场名额已满，你已进入候补名单。有人取消或减少人数时，空出的名额按候补顺序依次递补；轮到你时会通知你，也可以随时在“我的报名”中查看。',
}

export function RegistrationOutcome({ registration }: { registration: RegistrationView }) {
  const explanation = EXPLANATIONS[registration.status]
  return (
    <View className="registration__card" role="status" ariaLabel="报名结果">
      <Text
        className={`registration__status registration__status--${STATUS_TONES[registration.status]}`}
      >
        {statusText(registration)}
      </Text>
      {explanation && <Text className="registration__text">{explanation}</Text>}
      <Text className="registration__note">
        {[registration.companyName, `${registration.attendees} 人参会`].filter(Boolean).join(' · ')}
      </Text>
      <View className="registration__actions">
        {TICKETED.includes(registration.status) && (
          <Button
            className="registration__action registration__action--primary"
            onClick={() => openTicket(registration.eventId)}
          >
            查看入场凭证
          </Button>
        )}
        <Button className="registration__action" onClick={openMyRegistrations}>
          我的报名
        </Button>
      </View>
    </View>
  )
}
