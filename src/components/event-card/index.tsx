import { Text, View } from '@tarojs/components'
import { EventBadges } from '@/components/event-badges'
import { TIMING_LABELS, describeAudience, type EventTiming } from '@/domain/calendar-event'
import { describeWhen, type EventView } from '@/domain/event'
import './index.scss'

export interface EventCardProps {
  event: EventView
  /** Makes the whole card a tap target that opens the event. */
  onOpen?: (event: EventView) => void
  /** Marks the event 进行中 or 已结束 (relative to the server's clock). */
  timing?: EventTiming
}

export function EventCard({ event, onOpen, timing }: EventCardProps) {
  const status = timing === 'ongoing' || timing === 'over' ? `，${TIMING_LABELS[timing]}` : ''
  return (
    <View
      className={`event-card${event.featured ? ' event-card--featured' : ''}${onOpen ? ' event-card--link' : ''}`}
      onClick={() => onOpen?.(event)}
      hoverClass={onOpen ? 'event-card--pressed' : undefined}
      role={onOpen ? 'link' : 'article'}
      ariaLabel={`${event.title}${status}`}
    >
      <EventBadges event={event} timing={timing} />
      <Text className="event-card__title">{event.title}</Text>
      <Text className="event-card__line">{describeWhen(event)}</Text>
      <Text className="event-card__line">地点：{event.place.name}</Text>
      <Text className="event-card__line">面向：{describeAudience(event)}</Text>
      <Text className="event-card__hosts">主办：{event.hosts.join('、')}</Text>
      {event.invited.length > 0 && (
        <Text className="event-card__hosts">特邀：{event.invited.join('、')}</Text>
      )}
      {onOpen && <Text className="event-card__more">查看详情 ›</Text>}
    </View>
  )
}
