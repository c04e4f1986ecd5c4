import { campaign, events } from '@/campaigns'
import { SEARCH_MAX_LENGTH as CONTRACT_SEARCH_MAX } from '@/contracts/events'
import { dayHeading, dayParts, initialDay, nearestDayWithEvents } from '@/domain/calendar-days'
import {
  calendarEntry,
  eventTiming,
  eventWhen,
  shareTitle,
  webMapUrl,
} from '@/domain/calendar-event'
import {
  SEARCH_MAX_LENGTH,
  cleanFilters,
  filterLabels,
  hasFilters,
  hostUnits,
} from '@/domain/calendar-filters'
import { toEventView } from '@/domain/event'
import { daysInRange } from '@/domain/time'

const week = daysInRange(campaign.firstDay, campaign.lastDay)
const views = events.map(toEventView)
const planEvent = views.find((e) => !e.sample)!
const timed = views.find((e) => e.startAt && e.endAt)!

describe('the day the calendar opens on', () => {
  it('is today during the week', () => {
    expect(initialDay(week, '2025-04-23')).toBe('2025-04-23')
  })
  it('is the first day before the week and the last day after it', () => {
    expect(initialDay(week, '2025-04-01')).toBe(week[0])
    expect(initialDay(week, '2025-05-10')).toBe(week[week.length - 1])
  })
  it('is the day the reader chose, while it is in the week', () => {
    expect(initialDay(week, '2025-04-23', '2025-04-25')).toBe('2025-04-25')
    expect(initialDay(week, '2025-04-23', '2024-04-25')).toBe('2025-04-23')
  })
})

describe('day labels', () => {
  it('splits a day into weekday, date and month-day', () => {
    expect(dayParts('2025-04-23')).toEqual({ weekday: '周三', date: '23', monthDay: '4月23日' })
  })
  it('says which day is today', () => {
    expect(dayHeading('2025-04-23', '2025-04-23')).toBe('4月23日 周三（今天）')
    expect(dayHeading('2025-04-24', '2025-04-23')).toBe('4月24日 周四')
  })
})

describe('the nearest other day with events', () => {
  const counts = week.map((day, i) => ({ day, count: [0, 2, 0, 0, 0, 1, 0][i] }))
  it('is the closest day that has events, never the day itself', () => {
    expect(nearestDayWithEvents(counts, '2025-04-20')).toEqual({ day: '2025-04-21', count: 2 })
    expect(nearestDayWithEvents(counts, '2025-04-21')).toEqual({ day: '2025-04-25', count: 1 })
  })
  it('prefers the later day on a tie', () => {
    expect(nearestDayWithEvents(counts, '2025-04-23')).toEqual({ day: '2025-04-25', count: 1 })
  })
  it('is none when no other day has events', () => {
    expect(nearestDayWithEvents([{ day: '2025-04-20', count: 3 }], '2025-04-20')).toBeUndefined()
  })
})

describe('whether an event is over, relative to the server clock', () => {
  it('is ongoing between an announced start and end, over after the end', () => {
    const start = new Date(timed.startAt!).getTime()
    const end = new Date(timed.endAt!).getTime()
    expect(eventTiming(timed, new Date(start - 1))).toBe('upcoming')
    expect(eventTiming(timed, new Date(start))).toBe('ongoing')
    expect(eventTiming(timed, new Date(end + 1))).toBe('over')
  })
  it('keeps an event without a time open until its Shanghai day ends', () => {
    expect(eventTiming(planEvent, '2025-04-23T15:59:00Z')).toBe('upcoming')
    expect(eventTiming(planEvent, '2025-04-23T16:00:00Z')).toBe('over')
  })
})

describe('an event as shown and shared', () => {
  it('gives the date and the Shanghai time range', () => {
    expect(
      eventWhen({
        day: '2025-04-21',
        startAt: '2025-04-21T01:30:00Z',
        endAt: '2025-04-21T03:30:00Z',
      }),
    ).toEqual({
      date: '2025年4月21日 周一',
      time: '09:30–11:30',
    })
  })
  it('names the end day when the event runs past midnight (Shanghai)', () => {
    expect(
      eventWhen({
        day: '2025-04-25',
        startAt: '2025-04-25T11:00:00Z',
        endAt: '2025-04-25T16:30:00Z',
      }).time,
    ).toBe('19:00–4月26日 00:30')
  })
  it('gives only the date while the time is not announced', () => {
    expect(eventWhen(planEvent)).toEqual({ date: '2025年4月23日 周三' })
  })
  it('shares the title with the day', () => {
    expect(shareTitle(planEvent)).toBe(`${planEvent.title}（4月23日 周三）`)
  })
  it('links to a web map only with coordinates', () => {
    expect(webMapUrl(planEvent.place)).toBeUndefined()
    const url = webMapUrl({ name: '营口自贸区', latitude: 40.67, longitude: 122.23 })!
    expect(url).toMatch(/^https:\/\/uri\.amap\.com\/marker\?/)
    expect(url).toContain('position=122.23,40.67')
    expect(url).toContain(`name=${encodeURIComponent('营口自贸区')}`)
  })
  it('makes a timed calendar entry, or an all-day one while the time is not announced', () => {
    expect(calendarEntry(timed).when).toEqual({ start: timed.startAt, end: timed.endAt })
    expect(calendarEntry(planEvent).when).toEqual({ allDay: true, firstDay: planEvent.day })
  })
})

describe('filters', () => {
  const units = hostUnits(campaign.committee)
  it('offers the director units first, then the member units', () => {
    expect(units).toHaveLength(
      campaign.committee.directorUnits.length + campaign.committee.memberUnits.length,
    )
    expect(units[0]).toEqual(campaign.committee.directorUnits[0])
  })
  it('keeps only what is set, trimmed, and drops units not on the committee', () => {
    const ids = units.map((u) => u.id)
    expect(cleanFilters({ q: '  ', unit: 'nope', audience: 'student' }, ids)).toEqual({
      audience: 'student',
    })
    expect(cleanFilters({ q: ` ${'专'.repeat(80)} ` }).q).toHaveLength(SEARCH_MAX_LENGTH)
    expect(hasFilters({ q: ' ' })).toBe(false)
  })
  it('reads what is set in plain words', () => {
    expect(
      filterLabels({ audience: 'student', form: 'school', unit: 'court', q: '专利' }, units),
    ).toEqual(['青少年/学生', '进学校', '市法院', '“专利”'])
  })
  it('accepts search text as long as the events function does', () => {
    expect(SEARCH_MAX_LENGTH).toBe(CONTRACT_SEARCH_MAX)
  })
})
