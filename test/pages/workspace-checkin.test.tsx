// The check-in desk: live counts kept fresh while the page is shown, a ticket typed in (the web
// has no camera scan), and the three outcomes: checked in now, checked in before, refused.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { Current } from '@tarojs/runtime'
import type { AttendanceCounts, CheckInOutcome, DeskRegistration } from '@/contracts/attendance'
import type { CloudResult } from '@/contracts'
import CheckinPage from '@/packages/workspace/checkin/index'
import { callCloud } from '@/services/cloud'
import { firePageLifecycle } from './setup/lifecycle'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock

const SESSION_ID = 'yk2025-0423-cross-border-ecommerce'
const TITLE = '强化海外知识产权纠纷保护 促进跨境电商企业高质量发展宣贯活动'

const counts = (checkedIn: number): AttendanceCounts => ({
  capacity: 100,
  seatsTaken: 12,
  byStatus: {
    confirmed: { registrations: 4, people: 12 - checkedIn },
    pending: { registrations: 0, people: 0 },
    waitlisted: { registrations: 2, people: 3 },
    rejected: { registrations: 0, people: 0 },
    cancelled: { registrations: 1, people: 1 },
    'checked-in': { registrations: checkedIn ? 1 : 0, people: checkedIn },
  },
})

const registration: DeskRegistration = {
  registrationId: `${SESSION_ID}__r1`,
  status: 'checked-in',
  attendees: 3,
  companyName: '营口某某跨境电子商务有限公司',
  contactName: '王小明',
  phone: '138****1234',
  checkedInAt: '2025-04-23T01:12:00.000Z',
  checkedInByName: '赵同学',
  walkIn: false,
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
const calls = (action: string) => call.mock.calls.filter(([, a]) => a === action)

function answer(checkIn: () => CloudResult<CheckInOutcome>) {
  let checkedIn = 0
  call.mockImplementation(async (name: string, action: string) => {
    if (name === 'attendance' && action === 'overview') {
      return {
        ok: true,
        data: {
          event: { eventId: SESSION_ID, title: TITLE, day: '2025-04-23', approval: false },
          counts: counts(checkedIn),
        },
      }
    }
    if (name === 'attendance' && action === 'checkIn') {
      const result = checkIn()
      if (result.ok && !result.data.already) checkedIn = 3
      return result
    }
    throw new Error(`answer: ${name}.${action} not answered`)
  })
}

async function openDesk() {
  Current.router = {
    params: { id: SESSION_ID },
    path: '/packages/workspace/checkin/index',
  } as unknown as typeof Current.router
  render(<CheckinPage />)
  await screen.findByText(TITLE)
}

async function enterCode(code: string) {
  const input = await screen.findByRole('textbox', { name: /6位签到码/ })
  fireEvent.input(input, { target: { value: code } })
  await settle()
  fireEvent.click(screen.getByText('签到'))
  await settle()
}

const tile = (label: string) =>
  screen.getByRole('region', { name: '到场人数' }).querySelector(`[aria-label^="${label} "]`)

beforeEach(() => call.mockReset())
afterEach(async () => {
  jest.useRealTimers()
  await settle()
  jest.restoreAllMocks()
})

test('shows the event and its live counts; the web has a code box and no camera scan', async () => {
  answer(() => ({ ok: true, data: { registration, already: false } }))
  await openDesk()
  expect(call).toHaveBeenCalledWith('attendance', 'overview', { eventId: SESSION_ID })
  expect(tile('已签到')?.getAttribute('aria-label')).toBe('已签到 0，0 份报名')
  expect(tile('未签到')?.getAttribute('aria-label')).toBe('未签到 12，4 份报名')
  expect(tile('剩余名额')?.getAttribute('aria-label')).toBe('剩余名额 88，共 100 个')
  expect(screen.getByText('候补 2 份')).toBeTruthy()
  expect(screen.queryByText('扫码签到')).toBeNull()
  expect(screen.getByText('输入入场凭证上的6位签到码')).toBeTruthy()
})

test('a first check-in: 签到成功 with the company, the masked name and the party; counts follow', async () => {
  answer(() => ({ ok: true, data: { registration, already: false } }))
  await openDesk()
  await enterCode('48 29-13')
  expect(calls('checkIn')).toEqual([
    ['attendance', 'checkIn', { eventId: SESSION_ID, ticket: '482913' }],
  ])
  const result = within(screen.getByRole('alert', { name: '签到结果' }))
  expect(result.getByText('签到成功')).toBeTruthy()
  expect(result.getByText('营口某某跨境电子商务有限公司')).toBeTruthy()
  expect(result.getByText('联系人 王**')).toBeTruthy()
  expect(result.getByText('3 人')).toBeTruthy()
  expect(screen.queryByText(/王小明/)).toBeNull()
  // Asked again right after the check-in.
  expect(calls('overview')).toHaveLength(2)
  expect(tile('已签到')?.getAttribute('aria-label')).toBe('已签到 3，1 份报名')
  // The box is empty for the next one.
  expect((screen.getByRole('textbox', { name: /6位签到码/ }) as HTMLInputElement).value).toBe('')
})

test('a ticket used before says when and by whom (Shanghai time)', async () => {
  answer(() => ({ ok: true, data: { registration, already: true } }))
  await openDesk()
  await enterCode('482913')
  const result = within(screen.getByRole('alert', { name: '签到结果' }))
  expect(result.getByText('已于 09:12 由 赵同学 签到')).toBeTruthy()
  expect(result.getByText('营口某某跨境电子商务有限公司')).toBeTruthy()
  expect(result.queryByText('签到成功')).toBeNull()
})

test('a refused ticket shows the server’s reason', async () => {
  const message = '没有找到这张入场码对应的报名，请确认是本场活动的入场码'
  answer(() => ({ ok: false, error: { code: 'NOT_FOUND', message } }))
  await openDesk()
  await enterCode('000000')
  const result = within(screen.getByRole('alert', { name: '签到结果' }))
  expect(result.getByText('未能签到')).toBeTruthy()
  expect(result.getByText(message)).toBeTruthy()
})

test('text the request checks refuse is explained as not a ticket', async () => {
  answer(() => ({
    ok: false,
    error: { code: 'INVALID_ARGUMENT', message: '字段 ticket 超出允许的最大值或长度' },
  }))
  await openDesk()
  await enterCode('482913')
  const result = within(screen.getByRole('alert', { name: '签到结果' }))
  expect(result.getByText(/这不是本活动的入场码/)).toBeTruthy()
  expect(result.queryByText(/字段 ticket/)).toBeNull()
})

test('a code is sent only once it has six digits', async () => {
  answer(() => ({ ok: true, data: { registration, already: false } }))
  await openDesk()
  await enterCode('4829')
  expect(calls('checkIn')).toHaveLength(0)
})

test('counts refresh every few seconds while the page is shown, and stop when it is hidden', async () => {
  jest.useFakeTimers()
  answer(() => ({ ok: true, data: { registration, already: false } }))
  Current.router = {
    params: { id: SESSION_ID },
    path: '/packages/workspace/checkin/index',
  } as unknown as typeof Current.router
  render(<CheckinPage />)
  await act(async () => {
    await jest.advanceTimersByTimeAsync(0)
  })
  expect(calls('overview')).toHaveLength(1)
  await act(async () => {
    await jest.advanceTimersByTimeAsync(10_000)
  })
  expect(calls('overview')).toHaveLength(3)
  firePageLifecycle('componentDidHide')
  await act(async () => {
    await jest.advanceTimersByTimeAsync(20_000)
  })
  expect(calls('overview')).toHaveLength(3)
  firePageLifecycle('componentDidShow')
  await act(async () => {
    await jest.advanceTimersByTimeAsync(5_000)
  })
  expect(calls('overview')).toHaveLength(4)
})
