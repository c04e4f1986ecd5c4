// During the week: today's events; before it: the first ones coming up.
import { Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import { EventCard } from '@/components/event-card'
import { LoadState } from '@/components/load-state'
import type { CampaignOverview } from '@/contracts/campaign'
import { openEvent } from '@/services/navigation'
import { useCloud } from '@/services/use-cloud'

const UPCOMING_COUNT = 3

export interface HomeEventsProps {
  overview: CampaignOverview
  /** Called once the list has answered (or failed): the page then shows what lies below. */
  onSettled: () => void
}

export function HomeEvents({ overview, onSettled }: HomeEventsProps) {
  const today = overview.phase.kind === 'week' ? overview.phase.today : undefined
  const events = useCloud(
    'events',
    'list',
    today ? { day: today, limit: 20 } : { limit: UPCOMING_COUNT },
  )
  useEffect(() => {
    if (events.status !== 'loading') onSettled()
  }, [events.status, onSettled])
  return (
    <View className="home__section" role="region" ariaLabel={today ? '今日活动' : '即将开始'}>
      <Text className="home__heading">{today ? '今日活动' : '即将开始'}</Text>
      {events.status !== 'ready' && (
        <LoadState
          error={events.status === 'failed' ? events.error : undefined}
          onRetry={events.reload}
        />
      )}
      {events.status === 'ready' && events.data.items.length === 0 && (
        <Text className="home__focus-summary">今天没有安排活动，可以到“活动”页看看其他日子。</Text>
      )}
      {events.status === 'ready' &&
        events.data.items.map((event) => (
          <EventCard key={event._id} event={event} onOpen={() => openEvent(event._id)} />
        ))}
    </View>
  )
}
