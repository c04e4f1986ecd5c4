// The office's members and invites: a new invite for a unit, check-in staff or the office, its
// code shown once and never again; revoking a member or an invite only after confirming.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { campaign } from '@/campaigns'
import type { InviteView, MemberView } from '@/contracts/organisers'
import { hostUnits } from '@/domain/calendar-filters'
import MembersPage from '@/packages/workspace/members/index'
import { callCloud } from '@/services/cloud'
import { fakeCloud } from './fake-cloud'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock

const NOW = '2025-04-15T02:00:00.000Z'
const SESSION_ID = 'yk2025-0423-cross-border-ecommerce'
const CODE = 'K7M2-Q9PX-4RTW'
const units = hostUnits(campaign.committee)

const admin: MemberView = {
  memberId: 'office-admin',
  name: '王主任',
  role: { kind: 'office-admin' },
  roleText: '组委会办公室',
  boundAt: '2025-04-01T02:00:00.000Z',
  revoked: false,
  isCaller: true,
}
const editor: MemberView = {
  memberId: 'unit-editor',
  name: '李老师',
  role: { kind: 'unit-editor', unitId: units[3].id },
  roleText: `成员单位 · ${units[3].name}`,
  boundAt: '2025-04-02T02:00:00.000Z',
  revoked: false,
  isCaller: false,
}
const used: InviteView = {
  inviteId: 'invite-used',
  role: editor.role,
  roleText: editor.roleText,
  note: '李老师',
  createdAt: '2025-04-01T03:00:00.000Z',
  expiresAt: '2025-04-15T03:00:00.000Z',
  status: 'used',
  usedByName: '李老师',
}

type Params = Record<string, unknown>

/** The organisers function for the office, on top of the campaign and events of fakeCloud. */
function answer() {
  const rest = fakeCloud(NOW)
  const invites: InviteView[] = [used]
  const members = [admin, editor]
  call.mockImplementation(async (name: string, action: string, params: Params = {}) => {
    if (name === 'events' && action === 'list') {
      // The sample session takes registrations; the public list sends its settings.
      const page = (await rest(name, action, params)) as { data: { items: { _id: string }[] } }
      page.data.items = page.data.items.map((e) =>
        e._id === SESSION_ID
          ? { ...e, registration: { capacity: 100, perCompanyCap: 3, fields: [], approval: false } }
          : e,
      )
      return page
    }
    if (name !== 'organisers') return rest(name, action, params)
    if (action === 'members') return { ok: true, data: { items: members } }
    if (action === 'invites') return { ok: true, data: { items: [...invites] } }
    if (action === 'createInvite') {
      const invite: InviteView = {
        inviteId: `invite-${invites.length}`,
        role: params.role as InviteView['role'],
        roleText: '新角色',
        ...(params.note ? { note: params.note as string } : {}),
        createdAt: NOW,
        expiresAt: '2025-04-29T02:00:00.000Z',
        status: 'open',
      }
      invites.unshift(invite)
      return { ok: true, data: { invite, code: CODE } }
    }
    if (action === 'revokeMember') {
      const member = members.find((m) => m.memberId === params.memberId)!
      member.revoked = true
      return { ok: true, data: member }
    }
    throw new Error(`answer: ${name}.${action} not answered`)
  })
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
const calls = (action: string) => call.mock.calls.filter(([, a]) => a === action)

async function openMembers() {
  render(<MembersPage />)
  await screen.findByRole('listitem', { name: admin.name })
}

async function startInvite(role: string) {
  fireEvent.click(screen.getByText('新建邀请码'))
  const form = within(await screen.findByRole('form', { name: '新建邀请码' }))
  fireEvent.click(form.getByRole('radio', { name: role }))
  await settle()
  return form
}

beforeEach(() => {
  call.mockReset()
  answer()
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' })
  jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'ok' } as never)
})
afterEach(async () => {
  await settle()
  jest.restoreAllMocks()
})

test('lists members with their role and status, and invites with theirs', async () => {
  await openMembers()
  const member = within(screen.getByRole('listitem', { name: editor.name }))
  expect(member.getByText(editor.roleText)).toBeTruthy()
  expect(member.getByText('有效')).toBeTruthy()
  expect(member.getByText('绑定于 4月2日 周三 10:00')).toBeTruthy()
  const invite = within(screen.getByRole('listitem', { name: `${editor.roleText}，已使用` }))
  expect(invite.getByText('使用人：李老师')).toBeTruthy()
  expect(invite.queryByText('撤销邀请码')).toBeNull()
})

test('a unit invite: the unit must be chosen; the code is shown once, big, with a copy button', async () => {
  await openMembers()
  const form = await startInvite('成员单位')
  fireEvent.click(form.getByText('创建邀请码'))
  await settle()
  expect(form.getByText('请选择成员单位')).toBeTruthy()
  expect(calls('createInvite')).toHaveLength(0)

  const picker = screen.getByRole('group', { name: '成员单位' }).querySelector('taro-picker-core')!
  fireEvent(picker, new CustomEvent('change', { detail: { value: 4 } }))
  fireEvent.input(await form.findByRole('textbox', { name: /备注/ }), {
    target: { value: ' 李老师 ' },
  })
  await settle()
  fireEvent.click(form.getByText('创建邀请码'))
  await settle()
  expect(calls('createInvite')).toEqual([
    [
      'organisers',
      'createInvite',
      { role: { kind: 'unit-editor', unitId: units[3].id }, note: '李老师' },
    ],
  ])

  const shown = within(screen.getByRole('region', { name: '新邀请码' }))
  expect(shown.getByText(CODE).className).toContain('new-invite__code')
  expect(shown.getByText(/只在这里显示这一次/).textContent).toContain('14 天内')
  fireEvent.click(shown.getByText('复制邀请码'))
  expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: CODE })
  // The invites list is asked for again: the new invite is there, without its code.
  await settle()
  expect(calls('invites')).toHaveLength(2)
  expect(screen.getByRole('listitem', { name: '新角色，待使用' })).toBeTruthy()

  fireEvent.click(shown.getByText('已交给对方，完成'))
  await settle()
  expect(screen.queryByText(CODE)).toBeNull()
  expect(document.body.textContent).not.toContain(CODE)
  expect(screen.getByText('新建邀请码')).toBeTruthy()
})

test('a check-in staff invite names the events, chosen from those that take registrations', async () => {
  await openMembers()
  const form = await startInvite('签到员')
  const events = await screen.findByRole('group', { name: '签到的活动' })
  const boxes = within(events).getAllByRole('checkbox')
  expect(boxes).toHaveLength(1)
  fireEvent.click(boxes[0])
  await settle()
  expect(boxes[0].getAttribute('aria-checked')).toBe('true')
  fireEvent.click(form.getByText('创建邀请码'))
  await settle()
  expect(calls('createInvite')[0][2]).toEqual({
    role: { kind: 'checkin-staff', eventIds: [SESSION_ID] },
  })
  expect(screen.getByRole('region', { name: '新邀请码' })).toBeTruthy()
})

test('an office invite warns that it grants everything', async () => {
  await openMembers()
  const form = await startInvite('组委会办公室')
  expect(form.getByText(/拥有全部权限/)).toBeTruthy()
  fireEvent.click(form.getByText('创建邀请码'))
  await settle()
  expect(calls('createInvite')[0][2]).toEqual({ role: { kind: 'office-admin' } })
})

test('revoking a member asks first; declining changes nothing', async () => {
  const showModal = jest
    .spyOn(Taro, 'showModal')
    .mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'ok' } as never)
    .mockResolvedValueOnce({ confirm: true, cancel: false, errMsg: 'ok' } as never)
  await openMembers()
  const member = () => within(screen.getByRole('listitem', { name: editor.name }))
  fireEvent.click(member().getByText('撤销权限'))
  await settle()
  expect(showModal).toHaveBeenCalledWith(
    expect.objectContaining({ title: '撤销权限', confirmText: '撤销' }),
  )
  expect(calls('revokeMember')).toHaveLength(0)

  fireEvent.click(member().getByText('撤销权限'))
  await settle()
  expect(calls('revokeMember')).toEqual([
    ['organisers', 'revokeMember', { memberId: editor.memberId }],
  ])
  expect(member().getByText('已撤销')).toBeTruthy()
  expect(member().queryByText('撤销权限')).toBeNull()
})

test('the admin is marked as themselves, with nothing to revoke', async () => {
  await openMembers()
  const self = within(screen.getByRole('listitem', { name: admin.name }))
  expect(self.getByText(`${admin.name}（你）`)).toBeTruthy()
  expect(self.queryByText('撤销权限')).toBeNull()
})

test('anyone but the office is refused by the server, and told so', async () => {
  call.mockResolvedValue({ ok: false, error: { code: 'FORBIDDEN', message: '没有权限进行此操作' } })
  render(<MembersPage />)
  expect(await screen.findByText('没有权限进行此操作')).toBeTruthy()
})
