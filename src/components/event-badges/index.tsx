import { Text, View } from '@tarojs/components'
import { TIMING_LABELS, type EventTiming } from '@/domain/calendar-event'
import type { EventView } from '@/domain/event'
import './index.scss'

type Tone = 'primary' | 'sample' | 'ongoing' | 'over'

/** 重点活动 / 示例活动 / 进行中 / 已结束, as small labels; nothing when none applies. */
export function EventBadges({
  event,
  timing,
}: {
  event: Pick<EventView, 'featured' | 'sample'>
  timing?: EventTiming
}) {
  const badges: Array<[Tone, string]> = []
  if (timing === 'ongoing' || timing === 'over') badges.push([timing, TIMING_LABELS[timing]])
  if (event.featured) badges.push(['primary', '重点活动'])
  if (event.sample) badges.push(['sample', '示例活动'])
  if (badges.length === 0) return null
  return (
    <View className="event-badges">
      {badges.map(([tone, text]) => (
        <Text key={tone} className={`event-badges__badge event-badges__badge--${tone}`}>
          {text}
        </Text>
      ))}
    </View>
  )
}
