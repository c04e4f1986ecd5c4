// 首页: what the week is, where "now" stands in it, and the session everybody asks about.
import { Text, View } from '@tarojs/components'
import { EventCard } from '@/components/event-card'
import { LocalPreviewIdentity } from '@/components/local-preview-identity'
import { LoadState } from '@/components/load-state'
import { phaseHeadline } from '@/domain/phase'
import { formatDayLong } from '@/domain/time'
import { useCloud } from '@/services/use-cloud'
import './index.scss'

export default function HomePage() {
  const overview = useCloud('campaign', 'get', {})
  const events = useCloud('events', 'list', { limit: 50 })

  if (overview.status !== 'ready') {
    return (
      <LoadState
        error={overview.status === 'failed' ? overview.error : undefined}
        onRetry={overview.reload}
      />
    )
  }
  const { campaign, phase } = overview.data
  const featured =
    events.status === 'ready' ? events.data.items.filter((event) => event.featured) : []

  return (
    <View className="home">
      <View className="home__hero" role="banner">
        <Text className="home__title">{campaign.title}</Text>
        <Text className="home__theme">{campaign.theme}</Text>
        <Text className="home__dates">
          {formatDayLong(campaign.firstDay)} — {formatDayLong(campaign.lastDay).slice(5)}
        </Text>
        <View className="home__phase" role="status">
          <Text>{phaseHeadline(phase)}</Text>
        </View>
      </View>

      <View className="home__section" role="region" ariaLabel="重点活动">
        <Text className="home__heading">重点活动</Text>
        {events.status === 'failed' && <LoadState error={events.error} onRetry={events.reload} />}
        {events.status === 'loading' && <LoadState />}
        {featured.map((event) => (
          <EventCard key={event._id} event={event} />
        ))}
      </View>

      <View className="home__section" role="region" ariaLabel="宣传重点">
        <Text className="home__heading">宣传重点</Text>
        {campaign.focusAreas.map((area, index) => (
          <View key={area.id} className="home__focus">
            <Text className="home__focus-title">
              {index + 1}. {area.title}
            </Text>
            <Text className="home__focus-summary">{area.summary}</Text>
          </View>
        ))}
      </View>

      <Text className="home__source">资料来源：{campaign.source.title}</Text>
      {process.env.TARO_ENV === 'h5' && <LocalPreviewIdentity />}
    </View>
  )
}
