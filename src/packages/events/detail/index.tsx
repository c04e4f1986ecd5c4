// 活动详情: everything a citizen needs to decide and to go: when (Shanghai time), where, for whom,
// who hosts it, what it is; then put it in the calendar or pass it on.
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { EventNotFound } from '@/components/event-not-found'
import { EventBadges } from '@/components/event-badges'
import { FactRow } from '@/components/fact-row'
import { LoadState } from '@/components/load-state'
import { Screen } from '@/components/screen'
import {
  TIME_TO_BE_ANNOUNCED,
  describeAudience,
  eventTiming,
  eventWhen,
  hasCoordinates,
  shareTitle,
  type EventTiming,
} from '@/domain/calendar-event'
import { FORM_LABELS, type EventView } from '@/domain/event'
import { formatDayLabel } from '@/domain/time'
import { registrationWindow } from '@/domain/registration-window'
import { EVENT_PAGE, eventIdFrom, openRegistrationForm } from '@/services/navigation'
import { callCloud } from '@/services/cloud'
import { addToCalendar, copyPageLink, openMap } from '@/services/event-actions'
import { useCloudQuery } from '@/services/use-cloud-query'
// Our own 5:4 share picture, so a shared card looks like an invitation, not a screenshot.
import shareImage from '../share.png'
import './index.scss'

export default function EventPage() {
  const router = useRouter()
  const id = eventIdFrom(router?.params)
  const event = useCloudQuery(`events.get ${id}`, () => callCloud('events', 'get', { id }), !!id)
  // The server's clock: whether the event is over is its call, not the phone's.
  const overview = useCloudQuery('campaign.get', () => callCloud('campaign', 'get', {}))
  const shown = event.state.status === 'ready' ? event.state.data : undefined
  const now = overview.state.status === 'ready' ? overview.state.data.now : undefined

  const path = `${EVENT_PAGE}?id=${encodeURIComponent(id)}`
  useShareAppMessage(() => ({
    title: shown ? shareTitle(shown) : '知识产权宣传周活动',
    path,
    imageUrl: shareImage,
  }))
  useShareTimeline(() => ({
    title: shown ? shareTitle(shown) : '知识产权宣传周活动',
    query: `id=${encodeURIComponent(id)}`,
    imageUrl: shareImage,
  }))

  const notFound =
    !id ||
    (event.state.status === 'failed' &&
      (event.state.error.code === 'NOT_FOUND' || event.state.error.code === 'INVALID_ARGUMENT'))
  if (notFound) {
    return (
      <Screen className="event-page">
        <EventNotFound />
      </Screen>
    )
  }
  if (!shown) {
    return (
      <Screen className="event-page">
        <LoadState
          error={event.state.status === 'failed' ? event.state.error : undefined}
          onRetry={() => void event.retry()}
        />
      </Screen>
    )
  }
  return <EventDetails event={shown} timing={now ? eventTiming(shown, now) : undefined} now={now} />
}

function EventDetails({
  event,
  timing,
  now,
}: {
  event: EventView
  timing?: EventTiming
  now?: string
}) {
  const when = eventWhen(event)
  const seats = event.registration?.capacity ?? event.capacity
  // Whether registration is open is the server clock's call; unknown until it answers.
  const registration = now && event.registration ? registrationWindow(event, now).state : undefined
  const onlineOnly = event.forms.length > 0 && event.forms.every((form) => form === 'online')

  const saveToCalendar = async () => {
    const outcome = await addToCalendar(event, now ?? new Date())
    if (outcome === 'added') void Taro.showToast({ title: '已加入手机日历', icon: 'success' })
    if (outcome === 'downloaded') {
      void Taro.showToast({ title: '已下载日历文件，打开即可加入日历', icon: 'none' })
    }
    if (outcome === 'failed') {
      void Taro.showModal({
        title: '没能加入日历',
        content: '请在微信的设置里允许使用日历后再试，或者自己记下活动时间。',
        showCancel: false,
      })
    }
  }
  const copyLink = async () => {
    if (await copyPageLink()) void Taro.showToast({ title: '链接已复制', icon: 'none' })
  }

  return (
    <Screen className="event-page">
      <View className="event-page__header">
        <EventBadges event={event} timing={timing} />
        <View role="heading" aria-level="1" ariaLabel={event.title}>
          <Text className="event-page__title">{event.title}</Text>
        </View>
      </View>

      <View className="event-page__card" role="region" ariaLabel="活动信息">
        <FactRow label="时间">
          <Text>{when.date}</Text>
          <Text className={when.time ? undefined : 'event-page__pending'}>
            {when.time ?? TIME_TO_BE_ANNOUNCED}
          </Text>
        </FactRow>
        <FactRow label="地点">
          <Text>{event.place.name}</Text>
          {event.place.address && <Text>{event.place.address}</Text>}
          {hasCoordinates(event.place) ? (
            <Button className="event-page__inline-action" onClick={() => openMap(event.place)}>
              {process.env.TARO_ENV === 'h5' ? '在地图中查看（高德地图）' : '查看地图'}
            </Button>
          ) : (
            !onlineOnly && <Text className="event-page__pending">具体位置待主办单位公布</Text>
          )}
        </FactRow>
        <FactRow label="面向">
          <Text>{describeAudience(event)}</Text>
        </FactRow>
        <FactRow label="形式">
          <Text>{event.forms.map((form) => FORM_LABELS[form]).join('、')}</Text>
        </FactRow>
        <FactRow label="主办单位">
          {event.hosts.map((host) => (
            <Text key={host}>{host}</Text>
          ))}
        </FactRow>
        {event.invited.length > 0 && (
          <FactRow label="特邀">
            {event.invited.map((name) => (
              <Text key={name}>{name}</Text>
            ))}
          </FactRow>
        )}
        {seats !== undefined && (
          <FactRow label="名额">
            <Text>限 {seats} 人</Text>
            {event.registration?.sample && (
              <Text className="event-page__pending">本地演示的设置，不是主办单位公布的数字</Text>
            )}
          </FactRow>
        )}
      </View>

      <View className="event-page__card" role="region" ariaLabel="活动介绍">
        <Text className="event-page__heading">活动介绍</Text>
        <Text className="event-page__text">{event.description}</Text>
      </View>

      {event.sample && (
        <Text className="event-page__note">
          这是示例活动，仅用于本地演示，不是活动方案中的安排。
        </Text>
      )}
      {event.source && <Text className="event-page__note">信息来源：{event.source}</Text>}

      <View className="event-page__actions" role="region" ariaLabel="操作">
        {timing === 'over' ? (
          <Text className="event-page__note">这项活动已经结束。</Text>
        ) : (
          <>
            {registration === 'open' && (
              <Button
                className="event-page__action event-page__action--primary"
                onClick={() => openRegistrationForm(event._id)}
              >
                我要报名
              </Button>
            )}
            {registration === 'closed' && (
              <Text className="event-page__note">本活动报名已截止。</Text>
            )}
            <Button
              className={`event-page__action${registration === 'open' ? '' : ' event-page__action--primary'}`}
              onClick={() => void saveToCalendar()}
            >
              加入手机日历
            </Button>
            {!event.startAt && (
              <Text className="event-page__note">
                时间还没有公布，将加入为{formatDayLabel(event.day)}的全天日程。
              </Text>
            )}
            {process.env.TARO_ENV === 'h5' && (
              <Text className="event-page__note">
                网页版会下载一个日历文件（.ics），用手机或电脑打开即可加入日历。
              </Text>
            )}
          </>
        )}
        {process.env.TARO_ENV === 'h5' ? (
          <Button className="event-page__action" onClick={() => void copyLink()}>
            复制活动链接
          </Button>
        ) : (
          <Button className="event-page__action" openType="share">
            分享给朋友
          </Button>
        )}
      </View>
    </Screen>
  )
}
