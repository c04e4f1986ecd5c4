// 首页: what the week is, where "now" stands in it, what happens today, and the plan's content.
import { Navigator, Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { EventCard } from '@/components/event-card'
import { LoadState } from '@/components/load-state'
import { LocalPreviewIdentity } from '@/components/local-preview-identity'
import { CampaignScreen } from '@/components/campaign-screen'
import type { CampaignOverview } from '@/contracts/campaign'
import { phaseHeadline } from '@/domain/phase'
import { daysBetween, formatDayLong } from '@/domain/time'
import { openEvent } from '@/services/navigation'
import { useCloud } from '@/services/use-cloud'
import { HomeEvents } from './home-events'
import { HomeNews } from './home-news'
import { HomeRecap } from './home-recap'
import './index.scss'

export default function HomePage() {
  return (
    <CampaignScreen className="home">{(overview) => <Home overview={overview} />}</CampaignScreen>
  )
}

function Home({ overview }: { overview: CampaignOverview }) {
  const { campaign, phase } = overview
  const weekIsOver = phase.kind === 'summary' || phase.kind === 'over'
  const today = phase.kind === 'week' ? phase.today : undefined
  const featured = useCloud('events', 'list', { limit: 50 })
  // The sections below the first appear together, once it and the featured events have answered:
  // appearing one by one (and the featured section vanishing when today has it) pushed the page
  // down and up while a person began to read it (Lighthouse: layout shift 0.17 on a phone).
  const [firstSettled, setFirstSettled] = useState(false)
  const [restShown, setRestShown] = useState(false)
  if (!restShown && firstSettled && featured.status !== 'loading') setRestShown(true)
  const onFirstSettled = useCallback(() => setFirstSettled(true), [])

  return (
    <>
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

      {weekIsOver ? (
        <HomeRecap
          days={daysBetween(campaign.firstDay, campaign.lastDay) + 1}
          onSettled={onFirstSettled}
        />
      ) : (
        <HomeEvents overview={overview} onSettled={onFirstSettled} />
      )}
      {restShown && (
        <>
          <FeaturedEvents events={featured} today={today} />
          <FocusAreas overview={overview} />
          <Arrangements overview={overview} />
          <HomeNews />

          <Navigator className="home__link" url="/packages/about/committee/index">
            组委会、成员单位与联系方式 ›
          </Navigator>
          <Text className="home__source">资料来源：{campaign.source.title}</Text>
          {process.env.TARO_ENV === 'h5' && <LocalPreviewIdentity />}
        </>
      )}
    </>
  )
}

type EventList = ReturnType<typeof useCloud<'events', 'list'>>

/** Featured events, except those already listed among today's. */
function FeaturedEvents({ events, today }: { events: EventList; today?: string }) {
  const featured =
    events.status === 'ready'
      ? events.data.items.filter((event) => event.featured && event.day !== today)
      : []
  if (events.status === 'ready' && featured.length === 0) return null
  return (
    <View className="home__section" role="region" ariaLabel="重点活动">
      <Text className="home__heading">重点活动</Text>
      {events.status !== 'ready' && (
        <LoadState
          error={events.status === 'failed' ? events.error : undefined}
          onRetry={events.reload}
        />
      )}
      {featured.map((event) => (
        <EventCard key={event._id} event={event} onOpen={() => openEvent(event._id)} />
      ))}
    </View>
  )
}

function FocusAreas({ overview }: { overview: CampaignOverview }) {
  return (
    <View className="home__section" role="region" ariaLabel="宣传重点">
      <Text className="home__heading">宣传重点</Text>
      {overview.campaign.focusAreas.map((area, index) => (
        <Navigator
          key={area.id}
          className="home__focus"
          url={`/packages/about/focus/index?id=${area.id}`}
        >
          <Text className="home__focus-title">
            {index + 1}. {area.title}
          </Text>
          <Text className="home__focus-summary">{area.summary}</Text>
        </Navigator>
      ))}
    </View>
  )
}

function Arrangements({ overview }: { overview: CampaignOverview }) {
  return (
    <View className="home__section" role="region" ariaLabel="活动安排">
      <Text className="home__heading">活动安排</Text>
      {overview.campaign.arrangements.map((arrangement) => (
        <View key={arrangement.id} className="home__focus">
          <Text className="home__focus-title">{arrangement.title}</Text>
          <Text className="home__focus-summary">{arrangement.summary}</Text>
        </View>
      ))}
    </View>
  )
}
