// The events a check-in staff member will work: several may be ticked.
import { Text, View } from '@tarojs/components'
import { describeWhen, type EventView } from '@/domain/event'

export interface StaffEventsProps {
  events: EventView[]
  chosen: string[]
  onChange: (eventIds: string[]) => void
}

export function StaffEvents({ events, chosen, onChange }: StaffEventsProps) {
  if (events.length === 0) {
    return <Text className="workspace__note">目前没有接受报名的活动，暂时无需签到员。</Text>
  }
  const toggle = (eventId: string) =>
    onChange(
      chosen.includes(eventId) ? chosen.filter((id) => id !== eventId) : [...chosen, eventId],
    )
  return (
    <View className="staff-events" role="group" ariaLabel="签到的活动">
      {events.map((event) => {
        const checked = chosen.includes(event._id)
        return (
          <View
            key={event._id}
            className={`staff-events__event${checked ? ' staff-events__event--checked' : ''}`}
            role="checkbox"
            aria-checked={checked ? 'true' : 'false'}
            ariaLabel={event.title}
            onClick={() => toggle(event._id)}
          >
            <Text className="staff-events__box">{checked ? '✓' : ''}</Text>
            <View className="staff-events__text">
              <Text className="staff-events__title">{event.title}</Text>
              <Text className="workspace__note">{describeWhen(event)}</Text>
            </View>
          </View>
        )
      })}
    </View>
  )
}
