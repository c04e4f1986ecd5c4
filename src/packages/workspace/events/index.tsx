// 选择活动: the events the caller may work on at the check-in desk (?for=checkin) or the
// registration desk (?for=registrations), by their role. Only events that take registrations are
// listed: the others have no tickets and no registrations.
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Screen } from '@/components/screen'
import { describeWhen } from '@/domain/event'
import { canCheckIn, canManageEvent } from '@/domain/organiser-roles'
import {
  deskPurposeFrom,
  openCheckinDesk,
  openRegistrationDesk,
  openWorkspaceBind,
  type DeskPurpose,
} from '@/services/navigation'
import { useCloudQuery } from '@/services/use-cloud-query'
import { EmptyState, LoadState } from '../shared-components'
import { eventsTakingRegistrations } from '../desk-events'
import { useOrganiser } from '../use-organiser'
import '../workspace.scss'
import './index.scss'

const PURPOSES: Record<
  DeskPurpose,
  { intro: string; allowed: typeof canCheckIn; open: (id: string) => void }
> = {
  checkin: {
    intro: '选择要签到的活动',
    allowed: canCheckIn,
    open: openCheckinDesk,
  },
  registrations: {
    intro: '选择要管理报名的活动',
    allowed: canManageEvent,
    open: openRegistrationDesk,
  },
}

export default function DeskEventsPage() {
  const router = useRouter()
  const purpose = PURPOSES[deskPurposeFrom(router?.params)]
  const me = useOrganiser()
  const events = useCloudQuery('workspace.events', eventsTakingRegistrations)

  const failed = [me.state, events.state].find((state) => state.status === 'failed')
  if (me.state.status !== 'ready' || events.state.status !== 'ready') {
    return (
      <Screen className="workspace">
        <LoadState
          error={failed?.status === 'failed' ? failed.error : undefined}
          onRetry={() => void Promise.all([me.retry(), events.retry()])}
        />
      </Screen>
    )
  }
  const { organiser } = me.state.data
  if (!organiser) {
    return (
      <Screen className="workspace">
        <EmptyState
          title="你还不是组委会工作人员"
          hint="请向组委会办公室索取邀请码，绑定后即可使用。"
          actions={[{ label: '绑定邀请码', primary: true, onClick: openWorkspaceBind }]}
        />
      </Screen>
    )
  }
  const mine = events.state.data.filter((event) => purpose.allowed(organiser.role, event))
  return (
    <Screen className="workspace">
      <Text className="workspace__section">{purpose.intro}</Text>
      {mine.length === 0 ? (
        <EmptyState
          title="没有可以处理的活动"
          hint="这里只列出已发布、接受报名的活动。如果少了你负责的活动，请联系组委会办公室。"
        />
      ) : (
        <View className="desk-events">
          {mine.map((event) => (
            <View
              key={event._id}
              className="desk-events__event"
              role="link"
              ariaLabel={event.title}
              hoverClass="desk-events__event--pressed"
              onClick={() => purpose.open(event._id)}
            >
              <Text className="desk-events__title">{event.title}</Text>
              <Text className="workspace__note">{describeWhen(event)}</Text>
              <Text className="workspace__note">
                {event.place.name}
                {event.registration ? ` · 名额 ${event.registration.capacity} 人` : ''}
                {event.registration?.approval ? ' · 需审核' : ''}
              </Text>
            </View>
          ))}
        </View>
      )}
    </Screen>
  )
}
