// The 活动 tab as a person uses it. The cloud service answers from the real campaign data module,
// applying the filters as the events contract describes them; the e2e test covers the real functions.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { campaign, events } from '@/campaigns'
import { eventTiming } from '@/domain/calendar-event'
import { AUDIENCE_LABELS, compareEvents, toEventView, type EventView } from '@/domain/event'
import { campaignPhase } from '@/domain/phase'
import { dayOf, daysInRange, formatDayLabel } from '@/domain/time'
import CalendarPage from '@/pages/calendar/index'
import { forgetCalendarSelection } from '@/services/calendar-selection'
import { callCloud } from '@/services/cloud'
import { firePageLifecycle } from './setup/lifecycle'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock

type Params = Record<string, unknown>
const NOW = '2025-04-23T02:00:00Z' // 10:00 on Wednesday 23 April in Yingkou
const week = daysInRange(campaign.firstDay, campaign.lastDay)
const published = events.map(toEventView).sort(compareEvents)

function matches(event: EventView, params: Params): boolean {
  const q = typeof params.q === 'string' ? params.q.trim().toLowerCase() : ''
  const text = [event.title, ...event.hosts, event.place.name, event.description].join(' ')
  return (
    (!params.audience || event.audiences.includes(params.audience as never)) &&
    (!params.form || event.forms.includes(params.form as never)) &&
    (!params.unit || event.unitIds.includes(params.unit as string)) &&
    (!q || text.toLowerCase().includes(q))
  )
}

/** Answers like the events and campaign functions, from `all` (the data module by default). */
function fakeCloud({ now = NOW, all = published } = {}) {
  return async (name: string, action: string, params: Params = {}) => {
    const key = `${name}.${action}`
    if (key === 'campaign.get') {
      return { ok: true, data: { campaign, phase: campaignPhase(campaign, new Date(now)), now } }
    }
    if (key === 'events.days') {
      const days = week.map((day) => ({
        day,
        count: all.filter((e) => e.day === day && matches(e, params)).length,
      }))
      return { ok: true, data: { days } }
    }
    if (key === 'events.list') {
      const found = all.filter((e) => (!params.day || e.day === params.day) && matches(e, params))
      const offset = (params.offset as number | undefined) ?? 0
      const limit = (params.limit as number | undefined) ?? 20
      const items = found.slice(offset, offset + limit)
      const hasMore = offset + items.length < found.length
      return { ok: true, data: { items, total: found.length, offset, hasMore } }
    }
    throw new Error(`fakeCloud: ${key} not answered`)
  }
}

const callsTo = (action: string) =>
  call.mock.calls.filter(([name, a]) => name === 'events' && a === action).map(([, , p]) => p)
const lastCall = (action: string) => callsTo(action).at(-1)
const onDay = (day: string, params: Params = {}) =>
  published.filter((e) => e.day === day && matches(e, params))
const dayCells = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('.day-strip__day')) as HTMLElement[]
const dayCell = (container: HTMLElement, day: string) => dayCells(container)[week.indexOf(day)]

async function openCalendar() {
  const view = render(<CalendarPage />)
  await screen.findByText(/^4月\d+日 周.(（今天）)?$/)
  return view
}

/** Lets the answers to the calls just made arrive, inside act(). */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))

async function chooseInPanel(label: string) {
  const toggle = screen.queryByText(/^筛选/)
  if (toggle) fireEvent.click(toggle)
  fireEvent.click(screen.getByText(label))
  await settle()
}

// Answers still on their way arrive before the page is unmounted.
afterEach(() => settle())

beforeEach(() => {
  call.mockReset()
  call.mockImplementation(fakeCloud())
  forgetCalendarSelection()
})

test('opens on today by the server clock, with every day of the week and its count', async () => {
  const { container } = await openCalendar()
  const today = dayOf(NOW)
  expect(screen.getByText(`${formatDayLabel(today)}（今天）`)).toBeTruthy()
  expect(dayCells(container)).toHaveLength(week.length)
  // Each cell: weekday (今天 for today), date, and the day's count from the events function.
  await screen.findAllByText(/^\d+场$/)
  week.forEach((day, i) => {
    const cell = dayCells(container)[i]
    expect(cell.textContent).toContain(`${Number(day.slice(8))}`)
    expect(cell.textContent).toContain(`${onDay(day).length}场`)
  })
  expect(dayCell(container, today).textContent).toContain('今天')
  expect(dayCell(container, today).className).toContain('day-strip__day--today')
  expect(dayCell(container, today).className).toContain('day-strip__day--selected')
  expect(lastCall('list')).toEqual({ day: today, limit: 20, offset: 0 })

  // Today's events, sorted by start, as cards.
  const titles = onDay(today).map((e) => e.title)
  expect(titles.length).toBeGreaterThan(0)
  titles.forEach((title) => expect(screen.getByText(title)).toBeTruthy())
  expect(screen.getByText(`共 ${titles.length} 场`)).toBeTruthy()
})

test('marks the events that are over by the server clock, and keeps the 示例 badge', async () => {
  const { container } = await openCalendar()
  const earlier = week.find((day) => onDay(day).some((e) => eventTiming(e, NOW) === 'over'))!
  fireEvent.click(dayCell(container, earlier))
  const shown = onDay(earlier)
  await screen.findByText(shown[0].title)
  expect(screen.queryAllByText('已结束')).toHaveLength(
    shown.filter((e) => eventTiming(e, NOW) === 'over').length,
  )
  expect(screen.queryAllByText('示例活动')).toHaveLength(shown.filter((e) => e.sample).length)
  expect(dayCell(container, earlier).className).toContain('day-strip__day--selected')
  expect(screen.getByText(formatDayLabel(earlier))).toBeTruthy()
})

test('an audience filter changes both calls and what is shown, with a way out when empty', async () => {
  await openCalendar()
  const today = dayOf(NOW)
  await chooseInPanel(AUDIENCE_LABELS.student)
  expect(lastCall('list')).toEqual({ audience: 'student', day: today, limit: 20, offset: 0 })
  expect(lastCall('days')).toEqual({ audience: 'student' })
  expect(screen.getByText(`已筛选：${AUDIENCE_LABELS.student}`)).toBeTruthy()

  // No student event on 23 April in the data: the empty state says what to try.
  expect(onDay(today, { audience: 'student' })).toHaveLength(0)
  expect(await screen.findByText('4月23日没有符合条件的活动')).toBeTruthy()
  onDay(today).forEach((e) => expect(screen.queryByText(e.title)).toBeNull())

  // It offers the nearest day with student events (the later one on a tie).
  const studentDays = week.filter((day) => onDay(day, { audience: 'student' }).length > 0)
  const distance = (day: string) => Math.abs(week.indexOf(day) - week.indexOf(today))
  const nearest = [...studentDays].sort((a, b) => distance(a) - distance(b) || (a < b ? 1 : -1))[0]
  const expected = onDay(nearest, { audience: 'student' })
  const label = `看${Number(nearest.slice(5, 7))}月${Number(nearest.slice(8))}日的活动（${expected.length} 场）`
  fireEvent.click(await screen.findByText(label))
  for (const event of expected) expect(await screen.findByText(event.title)).toBeTruthy()
  expect(lastCall('list')).toMatchObject({ audience: 'student', day: nearest })

  // Clearing the filters brings every event of that day back.
  fireEvent.click(screen.getByText('清除筛选'))
  for (const event of onDay(nearest)) expect(await screen.findByText(event.title)).toBeTruthy()
  expect(lastCall('list')).toEqual({ day: nearest, limit: 20, offset: 0 })
  expect(screen.queryByText(/^已筛选/)).toBeNull()
})

test('form, host unit and search text go to the events function', async () => {
  await openCalendar()
  const today = dayOf(NOW)
  await chooseInPanel('专题培训')
  expect(lastCall('list')).toMatchObject({ form: 'training', day: today })

  // The unit picker lists the committee: director units, then member units.
  const units = [...campaign.committee.directorUnits, ...campaign.committee.memberUnits]
  const court = units.findIndex((u) => u.id === 'court')
  expect(document.querySelector('.unit-picker__value')?.textContent).toBe('全部单位')
  const picker = document.querySelector('.unit-picker taro-picker-core')!
  expect((picker as unknown as { range: string[] }).range).toEqual([
    '全部单位',
    ...units.map((u) => u.name),
  ])
  fireEvent(picker, new CustomEvent('change', { detail: { value: court + 1 } }))
  await screen.findByText(`已筛选：专题培训、${units[court].name}`)
  expect(lastCall('list')).toMatchObject({ form: 'training', unit: 'court', day: today })
  expect(lastCall('days')).toEqual({ form: 'training', unit: 'court' })
  const expected = onDay(today, { form: 'training', unit: 'court' })
  for (const event of expected) expect(await screen.findByText(event.title)).toBeTruthy()

  fireEvent.click(screen.getByText('清除筛选'))
  const box = screen.getAllByPlaceholderText('搜索活动名称、单位或地点')
  const input = box.find((el) => el.tagName === 'INPUT')!
  fireEvent.input(input, { target: { value: ' 人工智能 ' } })
  fireEvent.click(screen.getByText('搜索'))
  expect(lastCall('list')).toEqual({ q: '人工智能', day: today, limit: 20, offset: 0 })
  expect(lastCall('days')).toEqual({ q: '人工智能' })
  expect(await screen.findByText('已筛选：“人工智能”')).toBeTruthy()
})

test('filters and the chosen day survive leaving the page and coming back', async () => {
  const first = await openCalendar()
  const later = week[week.length - 1]
  fireEvent.click(dayCell(first.container, later))
  await chooseInPanel(AUDIENCE_LABELS.public)
  await screen.findByText(`已筛选：${AUDIENCE_LABELS.public}`)
  first.unmount()

  call.mockClear()
  const { container } = await openCalendar()
  expect(screen.getByText(`已筛选：${AUDIENCE_LABELS.public}`)).toBeTruthy()
  expect(dayCell(container, later).className).toContain('day-strip__day--selected')
  expect(lastCall('list')).toEqual({ audience: 'public', day: later, limit: 20, offset: 0 })
  expect(lastCall('days')).toEqual({ audience: 'public' })
  for (const event of onDay(later, { audience: 'public' })) {
    expect(await screen.findByText(event.title)).toBeTruthy()
  }
})

test('an empty day without filters points to the nearest day with events', async () => {
  const today = dayOf(NOW)
  const emptyToday = published.filter((e) => e.day !== today)
  call.mockImplementation(fakeCloud({ all: emptyToday }))
  await openCalendar()
  expect(await screen.findByText('4月23日暂无活动安排')).toBeTruthy()
  expect(screen.queryByText('清除筛选条件')).toBeNull()
  expect(screen.getByText(/^看4月\d+日的活动（\d+ 场）$/)).toBeTruthy()
})

test('a tap on a card opens the event page', async () => {
  const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never)
  await openCalendar()
  const event = onDay(dayOf(NOW))[0]
  fireEvent.click(await screen.findByText(event.title))
  expect(navigate).toHaveBeenCalledWith({
    url: `/packages/events/detail/index?id=${encodeURIComponent(event._id)}`,
  })
})

test('pull to refresh asks again and stops the refresh when done', async () => {
  const stop = jest.spyOn(Taro, 'stopPullDownRefresh').mockImplementation(() => undefined as never)
  await openCalendar()
  await screen.findAllByText(/^\d+场$/)
  call.mockClear()
  const [done] = firePageLifecycle('onPullDownRefresh') as Promise<void>[]
  await act(() => done)
  expect(call.mock.calls.map(([name, action]) => `${name}.${action}`).sort()).toEqual([
    'campaign.get',
    'events.days',
    'events.list',
  ])
  expect(stop).toHaveBeenCalled()
  // What was shown stays on screen while refreshing.
  expect(screen.getByText(onDay(dayOf(NOW))[0].title)).toBeTruthy()
})

test('a day with more events than one page loads the rest on request', async () => {
  const today = dayOf(NOW)
  const base = onDay(today)[0]
  const many = Array.from({ length: 25 }, (_, i) => ({
    ...base,
    _id: `${base._id}-${i}`,
    title: `${base.title} 第${i + 1}场`,
  }))
  call.mockImplementation(fakeCloud({ all: many }))
  await openCalendar()
  await screen.findByText(`${base.title} 第1场`)
  expect(screen.queryByText(`${base.title} 第21场`)).toBeNull()
  fireEvent.click(screen.getByText('加载更多（还有 5 场）'))
  expect(await screen.findByText(`${base.title} 第25场`)).toBeTruthy()
  expect(lastCall('list')).toEqual({ day: today, limit: 20, offset: 20 })
  expect(screen.queryByText(/^加载更多/)).toBeNull()
  expect(screen.getAllByText(/第\d+场$/)).toHaveLength(25)
})

test('without day counts (an older events function) the week and its events still show', async () => {
  const answer = fakeCloud()
  call.mockImplementation(async (name: string, action: string, params?: Params) =>
    action === 'days'
      ? { ok: false, error: { code: 'INVALID_ARGUMENT', message: '未知的操作（action）' } }
      : answer(name, action, params),
  )
  const { container } = await openCalendar()
  expect(await screen.findByText(onDay(dayOf(NOW))[0].title)).toBeTruthy()
  expect(dayCells(container)).toHaveLength(week.length)
  expect(screen.queryAllByText(/^\d+场$/)).toHaveLength(0)
})

test('says what went wrong and tries again', async () => {
  call.mockResolvedValueOnce({
    ok: false,
    error: { code: 'INTERNAL', message: '网络不可用，请检查网络后重试' },
  })
  render(<CalendarPage />)
  const alert = await screen.findByText('网络不可用，请检查网络后重试')
  fireEvent.click(within(alert.parentElement!).getByText('重试'))
  expect(await screen.findByText(`${formatDayLabel(dayOf(NOW))}（今天）`)).toBeTruthy()
})
