// Choosing the event to work on: only events that take registrations, and of those only the ones
// the caller's role reaches (the server checks again); a tap opens the desk.
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { Current } from '@tarojs/runtime'
import { events as campaignEvents } from '@/campaigns'
import type { Organiser } from '@/contracts/organisers'
import { toEventView, type EventView } from '@/domain/event'
import DeskEventsPage from '@/packages/workspace/events/index'
import { callCloud } from '@/services/cloud'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock

const settings = { capacity: 100, perCompanyCap: 3, fields: [], approval: false }
const published = campaignEvents.map(toEventView)
// Two sessions taking registrations, hosted by different units, on different pages of the list.
const first = published[0]
const second = published.find((e) => !e.unitIds.some((id) => first.unitIds.includes(id)))!
const offered: EventView[] = published.map((e) =>
  e._id === first._id || e._id === second._id ? { ...e, registration: settings } : e,
)

const BOUND_AT = '2025-04-01T02:00:00.000Z'
const as = (role: Organiser['role']): Organiser => ({
  name: '某人',
  role,
  roleText: '',
  boundAt: BOUND_AT,
})

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))

function open(organiser: Organiser | null, purpose: string) {
  call.mockImplementation(async (name: string, action: string, params: Record<string, number>) => {
    if (name === 'organisers' && action === 'me') return { ok: true, data: { organiser } }
    if (name === 'events' && action === 'list') {
      // One event a page, so every page must be asked for.
      const items = offered.slice(params.offset, params.offset + 1)
      return {
        ok: true,
        data: {
          items,
          total: offered.length,
          offset: params.offset,
          hasMore: params.offset + 1 < offered.length,
        },
      }
    }
    throw new Error(`answer: ${name}.${action} not answered`)
  })
  Current.router = {
    params: { for: purpose },
    path: '/packages/workspace/events/index',
  } as unknown as typeof Current.router
  render(<DeskEventsPage />)
}

beforeEach(() => {
  call.mockReset()
  jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' })
})
afterEach(async () => {
  await settle()
  jest.restoreAllMocks()
})

test('the office sees every event taking registrations, read through all pages', async () => {
  open(as({ kind: 'office-admin' }), 'registrations')
  expect(await screen.findByRole('link', { name: first.title })).toBeTruthy()
  expect(screen.getByRole('link', { name: second.title })).toBeTruthy()
  expect(screen.getAllByRole('link')).toHaveLength(2)
  expect(screen.getByText('选择要管理报名的活动')).toBeTruthy()
  fireEvent.click(screen.getByRole('link', { name: second.title }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: `/packages/workspace/registrations/index?id=${second._id}`,
  })
})

test('a unit sees its own events', async () => {
  open(as({ kind: 'unit-editor', unitId: second.unitIds[0] }), 'checkin')
  expect(await screen.findByRole('link', { name: second.title })).toBeTruthy()
  expect(screen.queryByRole('link', { name: first.title })).toBeNull()
  fireEvent.click(screen.getByRole('link', { name: second.title }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: `/packages/workspace/checkin/index?id=${second._id}`,
  })
})

test('check-in staff see the events they were given for check-in, none for registrations', async () => {
  open(as({ kind: 'checkin-staff', eventIds: [first._id] }), 'checkin')
  expect(await screen.findByRole('link', { name: first.title })).toBeTruthy()
  expect(screen.getAllByRole('link')).toHaveLength(1)
})

test('with nothing to work on, says so', async () => {
  open(as({ kind: 'checkin-staff', eventIds: [first._id] }), 'registrations')
  expect(await screen.findByText('没有可以处理的活动')).toBeTruthy()
})
