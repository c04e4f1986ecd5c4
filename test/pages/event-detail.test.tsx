// The event page as a person uses it. The cloud service answers from the real campaign data
// module; the e2e test covers the real functions.
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { Current } from '@tarojs/runtime'
import { campaign, events, sampleRegistrations } from '@/campaigns'
import { eventTiming } from '@/domain/calendar-event'
import { AUDIENCE_LABELS, FORM_LABELS, toEventView, type EventView } from '@/domain/event'
import { campaignPhase } from '@/domain/phase'
import { formatClock, startOfDay } from '@/domain/time'
import EventPage from '@/packages/events/detail/index'
import { callCloud } from '@/services/cloud'
import { firePageLifecycle } from './setup/lifecycle'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock

const NOW = '2025-04-23T02:00:00Z'
const SESSION_ID = 'yk2025-0423-cross-border-ecommerce'
const views = events.map(toEventView)
const session = views.find((e) => e._id === SESSION_ID)!
// A sample with a time and seats that is still to come on 23 April.
const timedSample = views.find(
  (e) => e.sample && e.capacity && e.startAt && eventTiming(e, NOW) === 'upcoming',
)!

function fakeCloud({ now = NOW, all = views }: { now?: string; all?: EventView[] } = {}) {
  return async (name: string, action: string, params: Record<string, unknown> = {}) => {
    if (name === 'campaign' && action === 'get') {
      return { ok: true, data: { campaign, phase: campaignPhase(campaign, new Date(now)), now } }
    }
    if (name === 'events' && action === 'get') {
      const event = all.find((e) => e._id === params.id)
      return event
        ? { ok: true, data: event }
        : { ok: false, error: { code: 'NOT_FOUND', message: '活动不存在或尚未发布' } }
    }
    throw new Error(`fakeCloud: ${name}.${action} not answered`)
  }
}

function openEvent(id: string) {
  Current.router = {
    params: { id },
    path: '/packages/events/detail/index',
  } as unknown as typeof Current.router
  return render(<EventPage />)
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))

beforeEach(() => {
  call.mockReset()
  call.mockImplementation(fakeCloud())
})
afterEach(async () => {
  await settle()
  jest.restoreAllMocks()
})

test('shows the facts of the 23 April session, in plain words', async () => {
  openEvent(SESSION_ID)
  expect(await screen.findByText(session.title)).toBeTruthy()
  expect(call).toHaveBeenCalledWith('events', 'get', { id: SESSION_ID })
  expect(screen.getByText('2025年4月23日 周三')).toBeTruthy()
  // The plan gives the day only.
  expect(session.startAt).toBeUndefined()
  expect(screen.getByText('具体时间待主办单位公布')).toBeTruthy()
  expect(screen.getByText(session.place.name)).toBeTruthy()
  expect(screen.getByText('营口自贸区')).toBeTruthy()
  // No coordinates in the plan: no map, and the exact place is still to come.
  expect(screen.getByText('具体位置待主办单位公布')).toBeTruthy()
  expect(screen.queryByText(/地图/)).toBeNull()
  expect(screen.getByText(session.audienceNote!)).toBeTruthy()
  expect(screen.getByText('营口全地区涉外企业')).toBeTruthy()
  expect(screen.getByText(session.forms.map((f) => FORM_LABELS[f]).join('、'))).toBeTruthy()
  session.hosts.forEach((host) => expect(screen.getByText(host)).toBeTruthy())
  session.invited.forEach((name) => expect(screen.getByText(name)).toBeTruthy())
  expect(screen.getByText('辽宁省知识产权保护中心')).toBeTruthy()
  expect(screen.getByText(session.description)).toBeTruthy()
  expect(screen.getByText(`信息来源：${session.source}`)).toBeTruthy()
  expect(screen.getByText('重点活动')).toBeTruthy()
  expect(screen.queryByText('示例活动')).toBeNull()
  expect(screen.queryByText(/^限 \d+ 人$/)).toBeNull()
  expect(screen.getByText('时间还没有公布，将加入为4月23日 周三的全天日程。')).toBeTruthy()
})

test('a sample event keeps its 示例 badge and shows its Shanghai time range and seats', async () => {
  openEvent(timedSample._id)
  expect(await screen.findByText(timedSample.title)).toBeTruthy()
  expect(screen.getByText('示例活动')).toBeTruthy()
  expect(screen.getByText('这是示例活动，仅用于本地演示，不是活动方案中的安排。')).toBeTruthy()
  expect(
    screen.getByText(`${formatClock(timedSample.startAt!)}–${formatClock(timedSample.endAt!)}`),
  ).toBeTruthy()
  expect(screen.getByText(`限 ${timedSample.capacity} 人`)).toBeTruthy()
  expect(
    screen.getByText(timedSample.audiences.map((a) => AUDIENCE_LABELS[a]).join('、')),
  ).toBeTruthy()
  expect(screen.queryByText('具体时间待主办单位公布')).toBeNull()
})

test('says when the seat count is a local demo setting, not the organisers’ figure', async () => {
  const demo = toEventView({
    ...events.find((e) => e._id === SESSION_ID)!,
    registration: sampleRegistrations[SESSION_ID],
  })
  call.mockImplementation(fakeCloud({ now: '2025-04-15T02:00:00Z', all: [demo] }))
  openEvent(SESSION_ID)
  expect(await screen.findByText('我要报名')).toBeTruthy()
  expect(screen.getByText(`限 ${demo.registration!.capacity} 人`)).toBeTruthy()
  expect(screen.getByText('本地演示的设置，不是主办单位公布的数字')).toBeTruthy()
})

test('on the web, 加入手机日历 downloads an .ics file for the event', async () => {
  let file: Blob | undefined
  const createObjectURL = jest.fn((blob: Blob) => {
    file = blob
    return 'blob:ipweek/1'
  })
  Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() })
  const clicked: HTMLAnchorElement[] = []
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push(this)
  })
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never)

  openEvent(SESSION_ID)
  fireEvent.click(await screen.findByText('加入手机日历'))
  await settle()

  expect(clicked).toHaveLength(1)
  expect(clicked[0].download).toBe(`${SESSION_ID}.ics`)
  expect(clicked[0].href).toBe('blob:ipweek/1')
  expect(file?.type).toBe('text/calendar;charset=utf-8')
  const text = await new Promise<string>((resolve) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.readAsText(file!)
  })
  const lines = text.replace(/\r\n /g, '').split('\r\n')
  expect(lines[0]).toBe('BEGIN:VCALENDAR')
  expect(lines).toContain(`SUMMARY:${session.title}`)
  expect(lines).toContain('DTSTART;VALUE=DATE:20250423')
  expect(lines).toContain('DTEND;VALUE=DATE:20250424')
  expect(lines).toContain(`UID:${SESSION_ID}@ipweek`)
  expect(lines).toContain('LOCATION:营口自贸区')
  expect(Taro.showToast).toHaveBeenCalled()
})

describe('in WeChat', () => {
  const platform = process.env.TARO_ENV
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
  })
  afterEach(() => {
    process.env.TARO_ENV = platform
  })

  test('加入手机日历 adds a timed event with its start and end', async () => {
    const add = jest.fn().mockResolvedValue({ errMsg: 'addPhoneCalendar:ok' })
    Object.assign(Taro, { addPhoneCalendar: add })
    jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never)
    openEvent(timedSample._id)
    fireEvent.click(await screen.findByText('加入手机日历'))
    await settle()
    expect(add).toHaveBeenCalledWith(
      expect.objectContaining({
        title: timedSample.title,
        startTime: new Date(timedSample.startAt!).getTime() / 1000,
        endTime: String(new Date(timedSample.endAt!).getTime() / 1000),
        location: timedSample.place.name,
        alarm: true,
      }),
    )
    expect(add.mock.calls[0][0].allDay).toBeUndefined()
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '已加入手机日历', icon: 'success' })
    expect(screen.getByText('分享给朋友')).toBeTruthy()
  })

  test('an event without a time goes in as an all-day entry on its Shanghai day', async () => {
    const add = jest.fn().mockResolvedValue({ errMsg: 'addPhoneCalendar:ok' })
    Object.assign(Taro, { addPhoneCalendar: add })
    jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never)
    openEvent(SESSION_ID)
    fireEvent.click(await screen.findByText('加入手机日历'))
    await settle()
    const entry = add.mock.calls[0][0]
    expect(entry).toMatchObject({ title: session.title, allDay: true, alarm: false })
    expect(entry.startTime).toBe(startOfDay(session.day).getTime() / 1000)
    expect(entry.description).toContain('具体时间待主办单位公布')
  })
})

test('shares the event title and date, opening this event', async () => {
  openEvent(SESSION_ID)
  await screen.findByText(session.title)
  const [message] = firePageLifecycle('onShareAppMessage', {}) as Array<{
    title: string
    path: string
    imageUrl: string
  }>
  expect(message.title).toBe(`${session.title}（4月23日 周三）`)
  expect(message.path).toBe(`/packages/events/detail/index?id=${SESSION_ID}`)
  // The share picture (the file stub in tests), on both cards.
  expect(message.imageUrl).toBe('test-file-stub')
  const [timeline] = firePageLifecycle('onShareTimeline') as Array<{ title: string; query: string }>
  expect(timeline).toEqual({
    title: message.title,
    query: `id=${SESSION_ID}`,
    imageUrl: 'test-file-stub',
  })
})

test('an event with coordinates offers a map', async () => {
  const located = { ...session, place: { name: '营口自贸区', latitude: 40.66, longitude: 122.24 } }
  call.mockImplementation(fakeCloud({ all: [located] }))
  const open = jest.spyOn(window, 'open').mockReturnValue(null)
  openEvent(SESSION_ID)
  fireEvent.click(await screen.findByText('在地图中查看（高德地图）'))
  expect(open).toHaveBeenCalledWith(
    expect.stringMatching(/^https:\/\/uri\.amap\.com\/marker\?position=122\.24,40\.66&/),
    '_blank',
    'noopener',
  )
  expect(screen.queryByText('具体位置待主办单位公布')).toBeNull()
})

test('an event that is over says so and offers no calendar entry', async () => {
  call.mockImplementation(fakeCloud({ now: '2025-05-01T02:00:00Z' }))
  openEvent(SESSION_ID)
  expect(await screen.findByText('这项活动已经结束。')).toBeTruthy()
  expect(screen.getByText('已结束')).toBeTruthy()
  expect(screen.queryByText('加入手机日历')).toBeNull()
})

test('an unknown event says it was not found and leads back to the calendar', async () => {
  const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'ok' } as never)
  openEvent('no-such-event')
  expect(await screen.findByText('没有找到这项活动')).toBeTruthy()
  fireEvent.click(screen.getByText('查看活动日程'))
  expect(switchTab).toHaveBeenCalledWith({ url: '/pages/calendar/index' })
})

test('a link without an id is not found either, without asking the server', async () => {
  openEvent('')
  expect(await screen.findByText('没有找到这项活动')).toBeTruthy()
  expect(call).not.toHaveBeenCalledWith('events', 'get', expect.anything())
})

test('says what went wrong and tries again', async () => {
  call.mockImplementation(async (name: string, action: string, params?: Record<string, unknown>) =>
    name === 'events'
      ? { ok: false, error: { code: 'INTERNAL', message: '网络不可用，请检查网络后重试' } }
      : fakeCloud()(name, action, params),
  )
  openEvent(SESSION_ID)
  expect(await screen.findByText('网络不可用，请检查网络后重试')).toBeTruthy()
  call.mockImplementation(fakeCloud())
  fireEvent.click(screen.getByText('重试'))
  expect(await screen.findByText(session.title)).toBeTruthy()
})
