// 活动报名: the registration form of one session (?id=<eventId>). What the session asks for,
// until when (Shanghai time, by the server's clock), and after submitting, what happened.
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { EmptyState } from '@/components/empty-state'
import { EventNotFound } from '@/components/event-not-found'
import { LoadState } from '@/components/load-state'
import { Screen } from '@/components/screen'
import type { RegistrationView } from '@/contracts/registrations'
import { describeWhen, type EventView, type RegistrationSettingsView } from '@/domain/event'
import { callCloud } from '@/services/cloud'
import { openEvent } from '@/services/navigation'
import { useCloudQuery } from '@/services/use-cloud-query'
import { formatInstant } from '../display'
import { registrationWindow } from '@/domain/registration-window'
import { eventIdFrom, openMyRegistrations } from '@/services/navigation'
import { RegistrationForm } from './registration-form'
import { RegistrationOutcome } from './registration-outcome'
import '../registration.scss'
import './index.scss'

export default function RegistrationFormPage() {
  const router = useRouter()
  const id = eventIdFrom(router?.params)
  const event = useCloudQuery(`events.get ${id}`, () => callCloud('events', 'get', { id }), !!id)
  // The server's clock decides whether registration is open, not the phone's.
  const overview = useCloudQuery('campaign.get', () => callCloud('campaign', 'get', {}))

  const failed = event.state.status === 'failed' ? event.state : undefined
  if (!id || failed?.error.code === 'NOT_FOUND' || failed?.error.code === 'INVALID_ARGUMENT') {
    return (
      <Screen className="registration">
        <EventNotFound />
      </Screen>
    )
  }
  if (event.state.status !== 'ready' || overview.state.status !== 'ready') {
    const error =
      failed?.error ?? (overview.state.status === 'failed' ? overview.state.error : undefined)
    return (
      <Screen className="registration">
        <LoadState
          error={error}
          onRetry={() => void Promise.all([event.retry(), overview.retry()])}
        />
      </Screen>
    )
  }
  const shown = event.state.data
  const { state, closesAt } = registrationWindow(shown, overview.state.data.now)
  return (
    <Screen className="registration">
      <EventSummary event={shown} />
      {state === 'open' && shown.registration && closesAt && (
        <OpenRegistration eventId={id} settings={shown.registration} closesAt={closesAt} />
      )}
      {state === 'closed' && closesAt && <ClosedRegistration closesAt={closesAt} />}
      {state === 'not-offered' && (
        <EmptyState
          title="这项活动无需报名"
          hint="可以直接按活动信息参加；详情见活动页面。"
          actions={[{ label: '查看活动详情', primary: true, onClick: () => openEvent(id) }]}
        />
      )}
    </Screen>
  )
}

function EventSummary({ event }: { event: EventView }) {
  return (
    <View className="registration-form__event" role="region" ariaLabel="报名的活动">
      <Text className="registration__title">{event.title}</Text>
      <Text className="registration__note">{describeWhen(event)}</Text>
      <Text className="registration__note">{event.place.name}</Text>
    </View>
  )
}

function OpenRegistration({
  eventId,
  settings,
  closesAt,
}: {
  eventId: string
  settings: RegistrationSettingsView
  closesAt: Date
}) {
  const [outcome, setOutcome] = useState<RegistrationView>()
  const registered = (registration: RegistrationView) => {
    setOutcome(registration)
    // The outcome replaces a long form: show it from the top.
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => {})
  }
  if (outcome) return <RegistrationOutcome registration={outcome} />
  return (
    <>
      <View className="registration__card" role="region" ariaLabel="报名须知">
        <Text className="registration__text">报名截止：{formatInstant(closesAt)}</Text>
        <Text className="registration__note">
          名额 {settings.capacity} 人，每家企业最多 {settings.perCompanyCap} 人
          {settings.approval ? '；报名需经主办单位审核' : ''}。名额满后可以候补。
        </Text>
        {settings.sample && (
          <Text className="registration__note">名额是本地演示的设置，不是主办单位公布的数字。</Text>
        )}
      </View>
      <RegistrationForm eventId={eventId} settings={settings} onRegistered={registered} />
      <Button className="registration__action" onClick={openMyRegistrations}>
        我的报名
      </Button>
    </>
  )
}

function ClosedRegistration({ closesAt }: { closesAt: Date }) {
  return (
    <View className="registration__card" role="status">
      <Text className="registration__heading">报名已截止</Text>
      <Text className="registration__text">
        本活动报名已于 {formatInstant(closesAt)} 截止。已经报名的，可以在“我的报名”中查看。
      </Text>
      <View className="registration__actions">
        <Button className="registration__action" onClick={openMyRegistrations}>
          我的报名
        </Button>
      </View>
    </View>
  )
}
