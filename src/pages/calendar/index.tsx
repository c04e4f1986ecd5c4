// 活动: the week day by day. The reader picks a day, narrows by audience, form, host unit or
// search text, and opens an event; the choices stay when they come back.
import { Button, Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { DayStrip } from '@/components/day-strip'
import { EmptyState, type EmptyStateAction } from '@/components/empty-state'
import { EventCard } from '@/components/event-card'
import { EventFilters } from '@/components/event-filters'
import { LoadState } from '@/components/load-state'
import { Screen } from '@/components/screen'
import {
  dayHeading,
  dayParts,
  initialDay,
  nearestDayWithEvents,
  type DayCount,
} from '@/domain/calendar-days'
import { eventTiming } from '@/domain/calendar-event'
import {
  cleanFilters,
  hasFilters,
  hostUnits,
  type CalendarFilters,
} from '@/domain/calendar-filters'
import { dayOf, daysInRange, type Day } from '@/domain/time'
import { calendarSelection, rememberDay, rememberFilters } from '@/services/calendar-selection'
import { callCloud } from '@/services/cloud'
import { openEvent } from '@/services/navigation'
import { useCloudQuery } from '@/services/use-cloud-query'
import { useDayEvents } from './use-day-events'
import './index.scss'

export default function CalendarPage() {
  const [filters, setFilters] = useState<CalendarFilters>(() => calendarSelection().filters)
  const [chosenDay, setChosenDay] = useState<Day | undefined>(() => calendarSelection().day)

  const overview = useCloudQuery('campaign.get', () => callCloud('campaign', 'get', {}))
  const ready = overview.state.status === 'ready' ? overview.state.data : undefined
  const units = useMemo(() => (ready ? hostUnits(ready.campaign.committee) : []), [ready])
  const days = useMemo(
    () => (ready ? daysInRange(ready.campaign.firstDay, ready.campaign.lastDay) : []),
    [ready],
  )
  const today = ready ? dayOf(ready.now) : undefined
  const day = ready && today ? initialDay(days, today, chosenDay) : undefined

  // Drops a remembered unit that is no longer on the committee once the committee is known.
  const active = cleanFilters(filters, ready ? units.map((unit) => unit.id) : undefined)
  const activeKey = JSON.stringify(active)
  const counts = useCloudQuery(`events.days ${activeKey}`, () =>
    callCloud('events', 'days', active),
  )
  const list = useDayEvents(day, active)

  const changeFilters = (next: CalendarFilters) => {
    rememberFilters(next)
    setFilters(next)
  }
  const selectDay = (next: Day) => {
    rememberDay(next)
    setChosenDay(next)
  }

  usePullDownRefresh(async () => {
    const fresh = await Promise.all([overview.refresh(), counts.refresh(), list.refresh()])
    Taro.stopPullDownRefresh()
    if (fresh.includes(false)) {
      void Taro.showToast({ title: '刷新失败，请稍后再试', icon: 'none' })
    }
  })
  useReachBottom(() => void list.loadMore())

  if (!ready || !day || !today) {
    return (
      <Screen className="calendar">
        <LoadState
          error={overview.state.status === 'failed' ? overview.state.error : undefined}
          onRetry={() => void overview.retry()}
        />
      </Screen>
    )
  }

  const dayCounts: DayCount[] | undefined =
    counts.state.status === 'ready' ? counts.state.data.days : undefined
  const countByDay = dayCounts && Object.fromEntries(dayCounts.map((c) => [c.day, c.count]))
  const heading = dayHeading(day, today)

  return (
    <Screen className="calendar">
      <View className="calendar__days" role="navigation" ariaLabel="宣传周日期">
        <DayStrip
          days={days}
          selected={day}
          today={days.includes(today) ? today : undefined}
          counts={countByDay}
          onSelect={selectDay}
        />
      </View>

      <View className="calendar__filters">
        <EventFilters filters={active} units={units} onChange={changeFilters} />
      </View>

      <View className="calendar__list" role="region" ariaLabel={`${heading}的活动`}>
        <View className="calendar__heading">
          <Text className="calendar__day">{heading}</Text>
          {list.status === 'ready' && list.total > 0 && (
            <Text className="calendar__total">共 {list.total} 场</Text>
          )}
        </View>

        {list.status !== 'ready' && (
          <LoadState
            error={list.status === 'failed' ? list.error : undefined}
            onRetry={() => void list.retry()}
          />
        )}

        {list.status === 'ready' && list.items.length === 0 && (
          <NothingOnDay
            day={day}
            filtered={hasFilters(active)}
            counts={dayCounts}
            onClearFilters={() => changeFilters({})}
            onSelectDay={selectDay}
          />
        )}

        {list.items.map((event) => (
          <EventCard
            key={event._id}
            event={event}
            timing={eventTiming(event, ready.now)}
            onOpen={() => openEvent(event._id)}
          />
        ))}

        {list.status === 'ready' && list.hasMore && (
          <Button
            className="calendar__more"
            loading={list.more === 'loading'}
            disabled={list.more === 'loading'}
            onClick={() => void list.loadMore()}
          >
            {list.more === 'loading'
              ? '正在加载…'
              : `加载更多（还有 ${list.total - list.items.length} 场）`}
          </Button>
        )}
        {list.more === 'failed' && (
          <View className="calendar__more-error" role="alert">
            <Text>没能加载更多：{list.moreError?.message ?? '请稍后再试'}</Text>
          </View>
        )}
        {list.items.some((event) => event.sample) && (
          <Text className="calendar__note">
            标有“示例活动”的是本地演示数据，不是活动方案中的安排。
          </Text>
        )}
      </View>
    </Screen>
  )
}

function NothingOnDay({
  day,
  filtered,
  counts,
  onClearFilters,
  onSelectDay,
}: {
  day: Day
  filtered: boolean
  counts?: DayCount[]
  onClearFilters: () => void
  onSelectDay: (day: Day) => void
}) {
  const { monthDay } = dayParts(day)
  const other = counts && nearestDayWithEvents(counts, day)
  const otherLabel = other && dayParts(other.day).monthDay
  const actions: EmptyStateAction[] = []
  if (filtered) actions.push({ label: '清除筛选条件', onClick: onClearFilters, primary: true })
  if (other && otherLabel) {
    actions.push({
      label: `看${otherLabel}的活动（${other.count} 场）`,
      onClick: () => onSelectDay(other.day),
      primary: !filtered,
    })
  }

  let hint: string
  if (filtered) {
    hint =
      counts && !other
        ? '整个宣传周都没有符合这些条件的活动。试试清除筛选条件，或换个关键词。'
        : '试试清除筛选条件、换个关键词，或者看看其他日期。'
  } else {
    hint = other ? '看看其他日期的活动吧。' : '活动公布后会显示在这里，下拉页面可以刷新。'
  }
  return (
    <EmptyState
      title={filtered ? `${monthDay}没有符合条件的活动` : `${monthDay}暂无活动安排`}
      hint={hint}
      actions={actions}
    />
  )
}
