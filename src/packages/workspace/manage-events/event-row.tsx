// One event in the list: what and when, its status, the office's reason, its seats, and the
// steps the caller may take on it. Tapping it opens its form.
import { Text, View } from '@tarojs/components'
import type { ManagedEventSummary } from '@/contracts/event-admin'
import { describeWhen } from '@/domain/event'
import { EVENT_STATUS_LABELS } from '@/domain/event-workflow'
import { openEventEditor } from '@/services/navigation'
import { REASON_LABELS, STATUS_TONES, STEP_LABELS } from '../event-edit/steps'

export interface EventRowProps {
  event: ManagedEventSummary
  /** Unit names, shown to the office (a unit's editor sees only their own unit's events). */
  unitNames?: string
}

export function EventRow({ event, unitNames }: EventRowProps) {
  const status = EVENT_STATUS_LABELS[event.status]
  const reasonLabel = REASON_LABELS[event.status]
  const steps = event.actions.map((action) => STEP_LABELS[action])
  return (
    <View
      className="manage-events__event"
      role="listitem"
      ariaLabel={`${event.title}，${status}`}
      hoverClass="manage-events__event--pressed"
      onClick={() => openEventEditor(event.eventId)}
    >
      <View className="workspace__row-head">
        <Text className="manage-events__title">{event.title}</Text>
        <Text className={`workspace__status workspace__status--${STATUS_TONES[event.status]}`}>
          {status}
        </Text>
      </View>
      <Text className="workspace__note">{describeWhen(event)}</Text>
      <Text className="workspace__note">
        {event.placeName}
        {event.capacity !== undefined ? ` · 报名 ${event.seatsTaken}/${event.capacity} 人` : ''}
      </Text>
      {unitNames && <Text className="workspace__note">负责单位：{unitNames}</Text>}
      {event.sample && <Text className="workspace__note">示例活动（本地演示）</Text>}
      {event.statusReason && reasonLabel && (
        <Text className="manage-events__reason">
          {reasonLabel}：{event.statusReason}
        </Text>
      )}
      <Text className="manage-events__steps">
        {steps.length > 0 ? `可以：${steps.join(' · ')} ›` : '查看 ›'}
      </Text>
    </View>
  )
}
