// Binding an invite code: the code formatted as typed, problems with the form under their fields,
// and the server's refusals (unknown code, too many tries, already an organiser) as it words them.
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { CloudError } from '@/contracts'
import BindPage from '@/packages/workspace/bind/index'
import { callCloud } from '@/services/cloud'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
// The real <input> inside Taro's element (which carries the same name for WeChat).
const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement
const type = (label: string, value: string) => fireEvent.input(field(label), { target: { value } })
const bindCalls = () => call.mock.calls.filter(([, action]) => action === 'bind')

async function openBind() {
  render(<BindPage />)
  // Taro's H5 input renders its real <input> a moment after the component.
  await screen.findByRole('textbox', { name: '邀请码' })
  await screen.findByRole('textbox', { name: '你的姓名' })
}

function refuse(error: CloudError) {
  call.mockResolvedValue({ ok: false, error })
}

beforeEach(() => {
  call.mockReset()
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' })
  jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'ok' })
})
afterEach(async () => {
  await settle()
  jest.restoreAllMocks()
})

test('the code is shown in groups of four whatever is typed, and sent with the name', async () => {
  await openBind()
  type('邀请码', 'k7m2 q9px-4rtw')
  await settle()
  expect(field('邀请码').value).toBe('K7M2-Q9PX-4RTW')
  type('你的姓名', ' 李老师 ')
  call.mockResolvedValue({
    ok: true,
    data: {
      name: '李老师',
      role: { kind: 'unit-editor', unitId: 'education' },
      roleText: '成员单位 · 营口市教育局',
      boundAt: '2025-04-01T02:00:00.000Z',
    },
  })
  fireEvent.click(screen.getByText('绑定'))
  await settle()
  expect(bindCalls()).toEqual([['organisers', 'bind', { code: 'K7M2-Q9PX-4RTW', name: '李老师' }]])
  expect(Taro.showToast).toHaveBeenCalledWith({ title: '绑定成功', icon: 'success' })
  expect(Taro.navigateBack).toHaveBeenCalled()
})

test('an incomplete code or a missing name is pointed out before asking the server', async () => {
  await openBind()
  type('邀请码', 'K7M2-Q9')
  fireEvent.click(screen.getByText('绑定'))
  await settle()
  expect(screen.getByText('邀请码应为 12 位字母和数字')).toBeTruthy()
  expect(screen.getByText('请填写你的姓名')).toBeTruthy()
  expect(bindCalls()).toHaveLength(0)
})

test.each([
  ['NOT_FOUND', '邀请码无效，或已使用、撤销、过期'],
  ['RATE_LIMITED', '尝试次数过多，请一小时后再试'],
  ['CONFLICT', '你已是成员单位 · 营口市教育局；如需变更，请先由组委会办公室撤销'],
] as const)('%s: the server’s message is shown on the page', async (code, message) => {
  await openBind()
  type('邀请码', 'K7M2Q9PX4RTW')
  type('你的姓名', '李老师')
  refuse({ code, message })
  fireEvent.click(screen.getByText('绑定'))
  expect((await screen.findByRole('alert')).textContent).toBe(message)
  expect(Taro.navigateBack).not.toHaveBeenCalled()
  // Fixing the code and trying again clears it once the server agrees.
  call.mockResolvedValue({ ok: true, data: {} })
  fireEvent.click(screen.getByText('绑定'))
  await settle()
  expect(screen.queryByRole('alert')).toBeNull()
})
