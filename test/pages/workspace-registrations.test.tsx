// The registration desk of one event: the list by status with contacts masked, decisions (a
// rejection needs its reason), people added at the door, and the export with its warning.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { Current } from '@tarojs/runtime'
import type { AttendanceCounts, DeskRegistration } from '@/contracts/attendance'
import RegistrationsPage from '@/packages/workspace/registrations/index'
import { callCloud } from '@/services/cloud'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock

const SESSION_ID = 'yk2025-0423-cross-border-ecommerce'
const TITLE = '强化海外知识产权纠纷保护 促进跨境电商企业高质量发展宣贯活动'

const none = { registrations: 0, people: 0 }
const counts: AttendanceCounts = {
  capacity: 100,
  seatsTaken: 5,
  byStatus: {
    confirmed: { registrations: 1, people: 3 },
    pending: { registrations: 1, people: 2 },
    waitlisted: { registrations: 1, people: 1 },
    rejected: none,
    cancelled: none,
    'checked-in': none,
  },
}

const pending: DeskRegistration = {
  registrationId: `${SESSION_ID}__pending`,
  status: 'pending',
  attendees: 2,
  companyName: '营口某某跨境电子商务有限公司',
  contactName: '王小明',
  phone: '138****1234',
  creditCode: '9121**********1234',
  createdAt: '2025-04-15T02:00:00.000Z',
  walkIn: false,
}
const waitlisted: DeskRegistration = {
  registrationId: `${SESSION_ID}__waiting`,
  status: 'waitlisted',
  attendees: 1,
  companyName: '营口某某进出口有限公司',
  contactName: '李华',
  phone: '139****5678',
  walkIn: false,
}
const confirmed: DeskRegistration = {
  registrationId: `${SESSION_ID}__confirmed`,
  status: 'confirmed',
  attendees: 3,
  companyName: '营口某某科技有限公司',
  contactName: 'Lily Chen',
  walkIn: false,
}
const all = [pending, waitlisted, confirmed]

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
const calls = (action: string) => call.mock.calls.filter(([, a]) => a === action)
const card = (company: string) => within(screen.getByRole('listitem', { name: company }))

type Handler = (params: Record<string, unknown>) => unknown

function answer(handlers: Record<string, Handler> = {}) {
  call.mockImplementation(async (name: string, action: string, params = {}) => {
    if (name !== 'attendance') throw new Error(`answer: ${name}.${action} not answered`)
    if (handlers[action]) return handlers[action](params)
    if (action === 'overview') {
      return {
        ok: true,
        data: {
          event: { eventId: SESSION_ID, title: TITLE, day: '2025-04-23', approval: true },
          counts,
        },
      }
    }
    if (action === 'list') {
      const items = all.filter((r) => !params.status || r.status === params.status)
      return { ok: true, data: { items, total: items.length, hasMore: false } }
    }
    throw new Error(`answer: attendance.${action} not answered`)
  })
}

async function openDesk() {
  Current.router = {
    params: { id: SESSION_ID },
    path: '/packages/workspace/registrations/index',
  } as unknown as typeof Current.router
  render(<RegistrationsPage />)
  await screen.findByRole('listitem', { name: pending.companyName })
}

beforeEach(() => {
  call.mockReset()
  answer()
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' })
})
afterEach(async () => {
  await settle()
  jest.restoreAllMocks()
})

test('lists registrations with masked contacts and the decisions each waits for', async () => {
  await openDesk()
  expect(call).toHaveBeenCalledWith('attendance', 'list', { eventId: SESSION_ID })
  expect(screen.getByText(TITLE)).toBeTruthy()
  expect(screen.getByText('4月23日 周三 · 具体时间待主办单位公布 · 报名需审核')).toBeTruthy()

  const first = card(pending.companyName!)
  expect(first.getByText('待审核')).toBeTruthy()
  expect(first.getByText('王**')).toBeTruthy()
  expect(first.getByText('138****1234')).toBeTruthy()
  expect(first.getByText('9121**********1234')).toBeTruthy()
  expect(first.getByText('2 人')).toBeTruthy()
  expect(first.getByText('通过')).toBeTruthy()
  expect(first.getByText('拒绝')).toBeTruthy()

  const second = card(waitlisted.companyName!)
  expect(second.getByText('李**')).toBeTruthy()
  expect(second.queryByText('通过')).toBeNull()
  expect(second.getByText('拒绝')).toBeTruthy()

  const third = card(confirmed.companyName!)
  expect(third.getByText('L**')).toBeTruthy()
  expect(third.queryByText('拒绝')).toBeNull()

  // Full names appear nowhere.
  for (const name of ['王小明', '李华', 'Lily Chen']) {
    expect(screen.queryByText(new RegExp(name))).toBeNull()
  }
})

test('the status chips ask for that status only', async () => {
  await openDesk()
  fireEvent.click(screen.getByRole('button', { name: '报名状态：候补中 1' }))
  await settle()
  expect(calls('list').at(-1)).toEqual([
    'attendance',
    'list',
    { eventId: SESSION_ID, status: 'waitlisted' },
  ])
  expect(screen.queryByRole('listitem', { name: pending.companyName })).toBeNull()
  expect(screen.getByRole('listitem', { name: waitlisted.companyName })).toBeTruthy()
})

test('a rejection needs a reason, which is sent with it', async () => {
  answer({
    decide: (params) => ({
      ok: true,
      data: { ...pending, status: 'rejected', rejectReason: params.reason },
    }),
  })
  await openDesk()
  fireEvent.click(card(pending.companyName!).getByText('拒绝'))
  const form = within(await screen.findByRole('form', { name: '拒绝报名' }))
  fireEvent.click(form.getByText('确认拒绝'))
  await settle()
  expect(form.getByText('请填写拒绝原因（至少 2 个字），报名人会看到')).toBeTruthy()
  expect(calls('decide')).toHaveLength(0)

  const reason = await screen.findByRole('textbox', { name: '拒绝原因（报名人会看到）' })
  fireEvent.input(reason, { target: { value: '  本场仅面向跨境电商企业 ' } })
  await settle()
  fireEvent.click(form.getByText('确认拒绝'))
  await settle()
  expect(calls('decide')).toEqual([
    [
      'attendance',
      'decide',
      {
        registrationId: pending.registrationId,
        decision: 'reject',
        reason: '本场仅面向跨境电商企业',
      },
    ],
  ])
  const shown = card(pending.companyName!)
  expect(shown.getByText('未通过')).toBeTruthy()
  expect(shown.getByText('本场仅面向跨境电商企业')).toBeTruthy()
  expect(screen.queryByRole('form', { name: '拒绝报名' })).toBeNull()
  expect(Taro.showToast).toHaveBeenCalledWith({ title: '已拒绝', icon: 'success' })
})

test('approving a pending registration, and the server’s refusal shown on the card', async () => {
  const message = '只能通过待审核的报名（当前：已取消）'
  let refused = false
  answer({
    decide: () =>
      refused
        ? { ok: false, error: { code: 'CONFLICT', message } }
        : { ok: true, data: { ...pending, status: 'confirmed' } },
  })
  await openDesk()
  fireEvent.click(card(pending.companyName!).getByText('通过'))
  await settle()
  expect(calls('decide')[0][2]).toEqual({
    registrationId: pending.registrationId,
    decision: 'approve',
  })
  expect(card(pending.companyName!).getByText('报名成功')).toBeTruthy()
  // Counts asked for again after the decision.
  expect(calls('overview')).toHaveLength(2)

  refused = true
  fireEvent.click(card(waitlisted.companyName!).getByText('拒绝'))
  fireEvent.input(await screen.findByRole('textbox', { name: /拒绝原因/ }), {
    target: { value: '名额已满' },
  })
  await settle()
  fireEvent.click(screen.getByText('确认拒绝'))
  await settle()
  expect(card(waitlisted.companyName!).getByText(message)).toBeTruthy()
})

test('a walk-in needs a name; once added the list and counts are asked for again', async () => {
  answer({
    walkIn: (params) => ({
      ok: true,
      data: { ...confirmed, registrationId: 'walk', status: 'checked-in', walkIn: true, ...params },
    }),
  })
  await openDesk()
  fireEvent.click(screen.getByText('现场加入'))
  const form = within(await screen.findByRole('form', { name: '现场加入' }))
  fireEvent.click(form.getByText('登记并签到'))
  await settle()
  expect(form.getByText('请填写姓名')).toBeTruthy()
  expect(calls('walkIn')).toHaveLength(0)

  fireEvent.input(await form.findByRole('textbox', { name: '姓名' }), {
    target: { value: '张三' },
  })
  fireEvent.click(form.getByLabelText('增加人数'))
  fireEvent.click(form.getByLabelText('增加人数'))
  await settle()
  fireEvent.click(form.getByText('登记并签到'))
  await settle()
  expect(calls('walkIn')).toEqual([
    ['attendance', 'walkIn', { eventId: SESSION_ID, contactName: '张三', attendees: 3 }],
  ])
  expect(Taro.showToast).toHaveBeenCalledWith({ title: '已加入并签到', icon: 'success' })
  expect(screen.queryByRole('form', { name: '现场加入' })).toBeNull()
  expect(calls('list')).toHaveLength(2)
  expect(calls('overview')).toHaveLength(2)
})

test('a full event refuses a walk-in, and the form says why', async () => {
  const message = '名额已满或活动未发布，无法现场加入'
  answer({ walkIn: () => ({ ok: false, error: { code: 'FULL', message } }) })
  await openDesk()
  fireEvent.click(screen.getByText('现场加入'))
  fireEvent.input(await screen.findByRole('textbox', { name: '姓名' }), {
    target: { value: '张三' },
  })
  await settle()
  fireEvent.click(screen.getByText('登记并签到'))
  await settle()
  expect(within(screen.getByRole('form', { name: '现场加入' })).getByText(message)).toBeTruthy()
})

test('the export warns about full personal data first, then links the file on the web', async () => {
  answer({
    export: () => ({
      ok: true,
      data: {
        fileID: 'cloud://exports/x.xlsx',
        url: 'http://127.0.0.1:8080/storage/exports/x.xlsx',
        fileName: '报名名单-2025-04-23-20250415T020000.xlsx',
        rows: 3,
      },
    }),
  })
  await openDesk()
  fireEvent.click(screen.getByText('导出 Excel'))
  const panel = within(screen.getByRole('region', { name: '导出报名名单' }))
  expect(panel.getByText(/完整姓名、手机号和统一社会信用代码/)).toBeTruthy()
  expect(calls('export')).toHaveLength(0)

  fireEvent.click(panel.getByText('确认导出'))
  await settle()
  expect(calls('export')).toEqual([['attendance', 'export', { eventId: SESSION_ID }]])
  const link = panel.getByText('下载名单（Excel）').closest('a')
  expect(link?.getAttribute('href')).toBe('http://127.0.0.1:8080/storage/exports/x.xlsx')
  expect(link?.getAttribute('download')).toBe('报名名单-2025-04-23-20250415T020000.xlsx')
  expect(
    panel.getByText(/已生成 3 条报名（报名名单-2025-04-23-20250415T020000.xlsx）/),
  ).toBeTruthy()
})

test('an organiser who may not see the event is told so', async () => {
  answer({
    overview: () => ({ ok: false, error: { code: 'FORBIDDEN', message: '没有权限进行此操作' } }),
  })
  Current.router = {
    params: { id: SESSION_ID },
    path: '/packages/workspace/registrations/index',
  } as unknown as typeof Current.router
  render(<RegistrationsPage />)
  expect(await screen.findByText('没有权限进行此操作')).toBeTruthy()
})
