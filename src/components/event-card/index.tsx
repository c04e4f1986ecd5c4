import { Text, View } from '@tarojs/components'
import { AUDIENCE_LABELS, describeWhen, type EventView } from '@/domain/event'
import './index.scss'

export interface EventCardProps {
  event: EventView
  onOpen?: (event: EventView) => void
}

export function EventCard({ event, onOpen }: EventCardProps) {
  const audience = event.audienceNote ?? event.audiences.map((a) => AUDIENCE_LABELS[a]).join('、')
  return (
    <View
      className={`event-card${event.featured ? ' event-card--featured' : ''}`}
      onClick={() => onOpen?.(event)}
      role="article"
      ariaLabel={event.title}
    >
      <View className="event-card__badges">
        {event.featured && <Text className="badge badge--primary">重点活动</Text>}
        {event.sample && <Text className="badge badge--sample">示例活动</Text>}
      </View>
      <Text className="event-card__title">{event.title}</Text>
      <Text className="event-card__line">{describeWhen(event)}</Text>
      <Text className="event-card__line">地点：{event.place.name}</Text>
      <Text className="event-card__line">面向：{audience}</Text>
      <Text className="event-card__hosts">主办：{event.hosts.join('、')}</Text>
      {event.invited.length > 0 && (
        <Text className="event-card__hosts">特邀：{event.invited.join('、')}</Text>
      )}
    </View>
  )
}
