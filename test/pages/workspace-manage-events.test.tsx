// 活动管理: the caller's events with their status and the steps open to them; the office filters
// by unit and status, a unit's editor sees the unit's own; every event and 新建活动 open the form.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { campaign } from '@/campaigns'
import type { ManagedEventSummary } from '@/contracts/event-admin'
import type { Organiser } from '@/contracts/organisers'
import { hostUnits } from '@/domain/calendar-filters'
import ManageEventsPage from '@/packages/workspace/manage-events/index'
import { callCloud } from '@/services/cloud'
import { fakeCloud } from './fake-cloud'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock

const NOW = '2025-04-15T02:00:00.000Z'
const BOUND_AT = '2025-04-01T02:00:00.000Z'
const office: Organiser = {
  name: '王主任',
  role: { kind: 'office-admin' },
  roleText: '组委会办公室',
  boundAt: BOUND_AT,
}
const courtEditor: Organiser = {
  name: '李法官',
  role: { kind: 'unit-editor', unitId: 'court' },
  roleText: '成员单位 · 市法院',
  boundAt: BOUND_AT,
}
const staff: Organiser = {
  name: '赵签到',
  role: { kind: 'checkin-staff', eventIds: ['e1'] },
  roleText: '签到员 · 1 场活动',
  boundAt: BOUND_AT,
}

const returned: ManagedEventSummary = {
  eventId: 'court-open-day',
  title: '知识产权司法保护开放日',
  day: '2025-04-22',
  startAt: '2025-04-22T06:00:00.000Z',
  endAt: '2025-04-22T08:00:00.000Z',
  placeName: '市法院第一法庭',
  unitIds: ['court'],
  status: 'returned',
  statusText: '已退回',
  statusReason: '请补充活动议程',
  capacity: 40,
  seatsTaken: 0,
  sample: false,
  actions: ['edit', 'submit'],
}
const published: ManagedEventSummary = {
  eventId: 'school-talk',
  title: '知识产权进校园',
  day: '2025-04-24',
  placeName: '市第一中学',
  unitIds: ['education', 'court'],
  status: 'published',
  statusText: '已发布',
  seatsTaken: 0,
  sample: false,
  actions: ['edit', 'unpublish', 'cancel'],
}

type Params = Record<string, unknown>

function answer(organiser: Organiser | null, items = [returned, published]) {
  const rest = fakeCloud(NOW)
  call.mockImplementation(async (name: string, action: string, params: Params = {}) => {
    if (name === 'organisers' && action === 'me') return { ok: true, data: { organiser } }
    if (name === 'eventAdmin' && action === 'mine') {
      const shown = items.filter(
        (e) =>
          (!params.unit || e.unitIds.includes(params.unit as string)) &&
          (!params.status || e.status === params.status),
      )
      return { ok: true, data: { items: shown, total: shown.length, offset: 0, hasMore: false } }
    }
    return rest(name, action, params)
  })
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
const mineCalls = () => call.mock.calls.filter(([n, a]) => n === 'eventAdmin' && a === 'mine')

beforeEach(() => {
  call.mockReset()
  jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' })
})
afterEach(async () => {
  await settle()
  jest.restoreAllMocks()
})

test('each event shows its status, the office’s reason and the steps open to the caller', async () => {
  answer(office)
  render(<ManageEventsPage />)
  const row = within(await screen.findByRole('listitem', { name: `${returned.title}，已退回` }))
  expect(row.getByText('已退回')).toBeTruthy()
  expect(row.getByText('4月22日 周二 14:00–16:00')).toBeTruthy()
  expect(row.getByText('市法院第一法庭 · 报名 0/40 人')).toBeTruthy()
  expect(row.getByText('负责单位：市法院')).toBeTruthy()
  expect(row.getByText('退回原因：请补充活动议程')).toBeTruthy()
  expect(row.getByText('可以：修改 · 提交审核 ›')).toBeTruthy()

  const other = within(screen.getByRole('listitem', { name: `${published.title}，已发布` }))
  expect(other.getByText('负责单位：市教育局、市法院')).toBeTruthy()
  expect(other.getByText('可以：修改 · 撤回发布 · 取消活动 ›')).toBeTruthy()
  expect(screen.getByText('共 2 场')).toBeTruthy()

  fireEvent.click(screen.getByRole('listitem', { name: `${published.title}，已发布` }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: '/packages/workspace/event-edit/index?id=school-talk',
  })
  fireEvent.click(screen.getByText('新建活动'))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/workspace/event-edit/index' })
})

test('the office filters by unit and by status', async () => {
  answer(office)
  render(<ManageEventsPage />)
  await screen.findByRole('listitem', { name: `${returned.title}，已退回` })
  expect(mineCalls()).toEqual([['eventAdmin', 'mine', {}]])

  const picker = screen.getByRole('group', { name: '负责单位' }).querySelector('taro-picker-core')!
  const educationIndex = hostUnits(campaign.committee).findIndex((unit) => unit.id === 'education')
  fireEvent(picker, new CustomEvent('change', { detail: { value: educationIndex + 1 } }))
  await settle()
  expect(mineCalls().at(-1)).toEqual(['eventAdmin', 'mine', { unit: 'education' }])
  expect(screen.queryByRole('listitem', { name: `${returned.title}，已退回` })).toBeNull()

  fireEvent.click(screen.getByRole('button', { name: '状态：已退回' }))
  await settle()
  expect(mineCalls().at(-1)).toEqual([
    'eventAdmin',
    'mine',
    { unit: 'education', status: 'returned' },
  ])
  expect(screen.getByText('没有符合条件的活动')).toBeTruthy()
})

test('a unit’s editor has no unit filter, only the status chips', async () => {
  answer(courtEditor, [returned])
  render(<ManageEventsPage />)
  await screen.findByRole('listitem', { name: `${returned.title}，已退回` })
  expect(screen.queryByRole('group', { name: '负责单位' })).toBeNull()
  expect(screen.queryByText('负责单位：市法院')).toBeNull()
  expect(screen.getByRole('group', { name: '状态' })).toBeTruthy()
})

test('an empty list says how events begin', async () => {
  answer(courtEditor, [])
  render(<ManageEventsPage />)
  expect(await screen.findByText('还没有活动')).toBeTruthy()
})

test('check-in staff and citizens are told why they cannot manage events, and nothing is asked', async () => {
  answer(staff)
  const { unmount } = render(<ManageEventsPage />)
  expect(await screen.findByText('你的身份不能管理活动')).toBeTruthy()
  unmount()
  answer(null)
  render(<ManageEventsPage />)
  expect(await screen.findByText('你还不是组委会工作人员')).toBeTruthy()
  expect(mineCalls()).toHaveLength(0)
})

test('a failed list says what went wrong, and 重试 asks again', async () => {
  const message = '网络不可用，请检查网络后重试'
  answer(office)
  const answered = call.getMockImplementation()!
  call.mockImplementation(async (name: string, action: string, params?: Params) =>
    name === 'eventAdmin'
      ? { ok: false, error: { code: 'INTERNAL', message } }
      : answered(name, action, params),
  )
  render(<ManageEventsPage />)
  expect(await screen.findByText(message)).toBeTruthy()
  call.mockImplementation(answered)
  fireEvent.click(screen.getByText('重试'))
  expect(await screen.findByRole('listitem', { name: `${returned.title}，已退回` })).toBeTruthy()
})
