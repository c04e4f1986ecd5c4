// 初始化与自检: the bootstrap code and a name when nobody is an admin yet (or the caller's role
// cannot be read), the setup's report in plain words, and the self-test with each check's result.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import type { SelftestReport, SetupReport } from '@/contracts/ops'
import type { Organiser } from '@/contracts/organisers'
import SetupPage from '@/packages/workspace/setup/index'
import { callCloud } from '@/services/cloud'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock

const BOUND_AT = '2025-04-01T02:00:00.000Z'
const office: Organiser = {
  name: '王主任',
  role: { kind: 'office-admin' },
  roleText: '组委会办公室',
  boundAt: BOUND_AT,
}
const unitEditor: Organiser = {
  name: '李老师',
  role: { kind: 'unit-editor', unitId: 'education' },
  roleText: '成员单位 · 市教育局',
  boundAt: BOUND_AT,
}

const firstSetup: SetupReport = {
  collectionsCreated: ['campaigns', 'events', 'organisers'],
  campaign: 'created',
  eventsWritten: 1,
  boundAsOfficeAdmin: true,
}
const failedSelftest: SelftestReport = {
  passed: false,
  ranAt: '2025-04-15T02:00:00.000Z',
  checks: [
    {
      id: 'conditional-update',
      title: '条件更新是原子的：两个并发请求争一个名额，只有一个成功',
      ok: true,
      detail: '1 个成功，剩余名额 0',
      ms: 41,
    },
    {
      id: 'storage',
      title: '云存储可以上传、生成临时链接、下载和删除',
      ok: false,
      detail: '下载的内容与上传的不一致',
      ms: 230,
    },
  ],
}

type Params = Record<string, unknown>
type Handler = (params: Params) => unknown

/** organisers.me answers `me` (a function for a failure or a change); ops answers `handlers`. */
function answer(me: () => unknown, handlers: Record<string, Handler> = {}) {
  call.mockImplementation(async (name: string, action: string, params: Params = {}) => {
    if (name === 'organisers' && action === 'me') return me()
    if (name === 'ops' && handlers[action]) return handlers[action](params)
    throw new Error(`answer: ${name}.${action} not answered`)
  })
}
const as = (organiser: Organiser | null) => () => ({ ok: true, data: { organiser } })

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
const calls = (action: string) => call.mock.calls.filter(([n, a]) => n === 'ops' && a === action)

async function type(name: string, value: string) {
  fireEvent.input(await screen.findByRole('textbox', { name }), { target: { value } })
  await settle()
}

beforeEach(() => call.mockReset())
afterEach(async () => {
  await settle()
})

test('on a new environment, setup takes the bootstrap code and a name and reports plainly', async () => {
  let organiser: Organiser | null = null
  const missing = { ok: false, error: { code: 'INTERNAL', message: '集合 organisers 不存在' } }
  answer(() => (organiser ? as(organiser)() : missing), {
    setup: () => {
      organiser = office
      return { ok: true, data: firstSetup }
    },
    selftest: () => ({ ok: true, data: failedSelftest }),
  })
  render(<SetupPage />)
  expect(await screen.findByText(/暂时无法确认你的身份（集合 organisers 不存在/)).toBeTruthy()
  expect(screen.queryByText('运行自检')).toBeNull()

  fireEvent.click(screen.getByText('运行初始化'))
  await settle()
  expect(screen.getByText('初始管理员邀请码应为 12 位字母和数字')).toBeTruthy()
  expect(screen.getByText('请填写你的姓名')).toBeTruthy()
  expect(calls('setup')).toHaveLength(0)

  await type('初始管理员邀请码', 'k7m2 q9px 4rtw')
  await type('你的姓名', ' 王主任 ')
  fireEvent.click(screen.getByText('运行初始化'))
  await settle()
  expect(calls('setup')).toEqual([['ops', 'setup', { code: 'K7M2-Q9PX-4RTW', name: '王主任' }]])
  const report = within(screen.getByRole('region', { name: '初始化结果' }))
  expect(report.getByText('新建 3 个：campaigns、events、organisers')).toBeTruthy()
  expect(report.getByText('已载入')).toBeTruthy()
  expect(report.getByText('写入 1 场')).toBeTruthy()
  expect(report.getByText(/你已成为组委会办公室管理员/)).toBeTruthy()
  // Now an admin: the self-test is offered.
  expect(await screen.findByText('运行自检')).toBeTruthy()
})

test('an office admin runs setup without a code, and the self-test shows a failed check', async () => {
  answer(as(office), {
    setup: () => ({
      ok: true,
      data: {
        collectionsCreated: [],
        campaign: 'unchanged',
        eventsWritten: 0,
        boundAsOfficeAdmin: false,
      },
    }),
    selftest: () => ({ ok: true, data: failedSelftest }),
  })
  render(<SetupPage />)
  await screen.findByText('运行自检')
  expect(screen.queryByRole('textbox', { name: '初始管理员邀请码' })).toBeNull()
  fireEvent.click(screen.getByText('运行初始化'))
  await settle()
  expect(calls('setup')).toEqual([['ops', 'setup', {}]])
  const report = within(screen.getByRole('region', { name: '初始化结果' }))
  expect(report.getByText('均已存在，没有新建')).toBeTruthy()
  expect(report.getByText('与方案一致，没有改动')).toBeTruthy()
  expect(report.queryByText(/你已成为/)).toBeNull()

  fireEvent.click(screen.getByText('运行自检'))
  await settle()
  expect(calls('selftest')).toEqual([['ops', 'selftest']])
  const panel = within(screen.getByRole('region', { name: '自检' }))
  expect(panel.getByRole('status').textContent).toBe('✗ 1 项未通过4月15日 周二 10:00')
  const failed = within(
    panel.getByRole('listitem', { name: '云存储可以上传、生成临时链接、下载和删除：未通过' }),
  )
  expect(failed.getByText('✗')).toBeTruthy()
  expect(failed.getByText('下载的内容与上传的不一致')).toBeTruthy()
  expect(failed.getByText('230 ms')).toBeTruthy()
  const passed = within(panel.getByRole('listitem', { name: /条件更新是原子的.*：通过$/ }))
  expect(passed.getByText('✓')).toBeTruthy()
  expect(passed.getByText('41 ms')).toBeTruthy()
  expect(panel.getByText('再次运行自检')).toBeTruthy()
})

test('a refusal is shown as the server words it', async () => {
  const message = '只有组委会办公室可以初始化；首次初始化请输入初始管理员邀请码和姓名'
  answer(as(null), { setup: () => ({ ok: false, error: { code: 'FORBIDDEN', message } }) })
  render(<SetupPage />)
  await type('初始管理员邀请码', 'AAAA-BBBB-CCCC')
  await type('你的姓名', '冒名者')
  fireEvent.click(screen.getByText('运行初始化'))
  await settle()
  expect(screen.getByText(message)).toBeTruthy()
})

test('other organisers are told it is the office’s', async () => {
  answer(as(unitEditor))
  render(<SetupPage />)
  expect(await screen.findByText('只有组委会办公室可以初始化和自检')).toBeTruthy()
  expect(screen.queryByText('运行初始化')).toBeNull()
})
