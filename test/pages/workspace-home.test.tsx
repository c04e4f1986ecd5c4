// The workspace's front door: who I am and a menu for my role, or how to become an organiser;
// and the quiet link to it on 我的.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Organiser } from '@/contracts/organisers'
import WorkspaceHomePage from '@/packages/workspace/home/index'
import MePage from '@/pages/me/index'
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
const unit: Organiser = {
  name: '李老师',
  role: { kind: 'unit-editor', unitId: 'education' },
  roleText: '成员单位 · 营口市教育局',
  boundAt: BOUND_AT,
}
const staff: Organiser = {
  name: '赵同学',
  role: { kind: 'checkin-staff', eventIds: ['yk2025-0423-cross-border-ecommerce'] },
  roleText: '签到员 · 1 场活动',
  boundAt: BOUND_AT,
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))

function openAs(organiser: Organiser | null) {
  call.mockImplementation(async (name: string, action: string) => {
    if (name === 'organisers' && action === 'me') return { ok: true, data: { organiser } }
    throw new Error(`answer: ${name}.${action} not answered`)
  })
  return render(<WorkspaceHomePage />)
}

async function menu(): Promise<string[]> {
  const nav = await screen.findByRole('navigation', { name: '工作台功能' })
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.getAttribute('aria-label') ?? '')
}

beforeEach(() => {
  call.mockReset()
  jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' })
})
afterEach(async () => {
  await settle()
  jest.restoreAllMocks()
})

test('the office sees its name, role and every part of the workspace', async () => {
  openAs(office)
  expect(await menu()).toEqual([
    '签到',
    '活动管理',
    '报名管理',
    '材料报送',
    '审核活动信息',
    '数据看板',
    '成员与邀请码',
    '操作记录',
    '初始化与自检',
  ])
  const me = screen.getByRole('region', { name: '我的身份' })
  expect(within(me).getByText('王主任')).toBeTruthy()
  expect(within(me).getByText('组委会办公室')).toBeTruthy()
  expect(within(me).getByText('绑定于 4月1日 周二 10:00')).toBeTruthy()
  expect(call).toHaveBeenCalledWith('organisers', 'me', {})

  fireEvent.click(screen.getByRole('link', { name: '成员与邀请码' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/workspace/members/index' })
  fireEvent.click(screen.getByRole('link', { name: '操作记录' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/workspace/audit/index' })
})

test('a unit checks in and runs registrations, nothing of the office', async () => {
  openAs(unit)
  expect(await menu()).toEqual(['签到', '活动管理', '报名管理', '材料报送'])
  expect(screen.getByText('成员单位 · 营口市教育局')).toBeTruthy()
  fireEvent.click(screen.getByRole('link', { name: '报名管理' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({
    url: '/packages/workspace/events/index?for=registrations',
  })
})

test('check-in staff only check in', async () => {
  openAs(staff)
  expect(await menu()).toEqual(['签到'])
  fireEvent.click(screen.getByRole('link', { name: '签到' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({
    url: '/packages/workspace/events/index?for=checkin',
  })
})

test('anyone else is told what the workspace is and offered to bind an invite code', async () => {
  openAs(null)
  expect(await screen.findByText('你还不是组委会工作人员')).toBeTruthy()
  expect(screen.queryByRole('navigation')).toBeNull()
  fireEvent.click(screen.getByText('绑定邀请码'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/workspace/bind/index' })
  // A new environment's first admin sets it up from here.
  fireEvent.click(screen.getByText('首次上线：初始化'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/workspace/setup/index' })
})

test('a failed call says so and can be retried', async () => {
  call.mockResolvedValueOnce({ ok: false, error: { code: 'INTERNAL', message: '网络不可用' } })
  call.mockResolvedValueOnce({ ok: true, data: { organiser: office } })
  render(<WorkspaceHomePage />)
  fireEvent.click(await screen.findByText('重试'))
  expect(await menu()).toHaveLength(9)
})

test('我的 has a quiet link to the workspace', () => {
  render(<MePage />)
  const link = screen.getByText('组委会工作台').closest('taro-navigator-core')
  expect(link?.getAttribute('url')).toBe('/packages/workspace/home/index')
})
