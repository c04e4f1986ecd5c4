// Where the event stands: its status, the office's reason, its registrations, and why the form
// cannot (all) be changed now.
import { Text, View } from '@tarojs/components'
import type { ManagedEvent } from '@/contracts/event-admin'
import { EVENT_STATUS_LABELS } from '@/domain/event-workflow'
import { REASON_LABELS, STATUS_TONES } from './steps'

export interface EventStatusProps {
  event: ManagedEvent
  /** Why the form, or part of it, cannot be changed; absent when all of it can. */
  lockNote?: string
}

export function EventStatus({ event, lockNote }: EventStatusProps) {
  const reasonLabel = REASON_LABELS[event.status]
  return (
    <View className="workspace__card" role="region" ariaLabel="活动状态">
      <View className="workspace__row-head">
        <Text className="workspace__heading">活动状态</Text>
        <Text className={`workspace__status workspace__status--${STATUS_TONES[event.status]}`}>
          {EVENT_STATUS_LABELS[event.status]}
        </Text>
      </View>
      {event.statusReason && reasonLabel && (
        <Text className="workspace__text">
          {reasonLabel}：{event.statusReason}
        </Text>
      )}
      {(event.fields.registration || event.registrants > 0) && (
        <Text className="workspace__note">
          报名 {event.registrants} 份 · 占用名额 {event.seatsTaken}
          {event.fields.registration ? ` / ${event.fields.registration.capacity}` : ''}
        </Text>
      )}
      {event.sample && (
        <Text className="workspace__note">本地演示用的示例活动，不是方案中的活动。</Text>
      )}
      {lockNote && <Text className="workspace__note">{lockNote}</Text>}
    </View>
  )
}
