// 我的报名 as a registrant uses it, answered by a small scripted registrations function.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { MyRegistration } from '@/contracts/registrations'
import MyRegistrationsPage from '@/packages/registration/mine/index'
import MePage from '@/pages/me/index'
import { callCloud } from '@/services/cloud'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock

const SESSION_ID = 'yk2025-0423-cross-border-ecommerce'
const EXCHANGE_ID = 'yk2025-sample-0424-exchange'

const confirmed: MyRegistration = {
  eventId: SESSION_ID,
  eventTitle: '强化海外知识产权纠纷保护 促进跨境电商企业高质量发展宣贯活动',
  eventDay: '2025-04-23',
  place: { name: '营口自贸区' },
  status: 'confirmed',
  attendees: 3,
  companyName: '营口某某跨境电子商务有限公司',
  contactName: '王小明',
  creditCode: '9135**********0Y43',
  phone: '138****1234',
  cancelUntil: '2025-04-22T15:59:59.999Z',
  changeable: true,
}
const waitlisted: MyRegistration = {
  eventId: EXCHANGE_ID,
  eventTitle: '海外知识产权纠纷应对对接交流会',
  eventDay: '2025-04-24',
  eventStartAt: '2025-04-24T01:30:00.000Z',
  eventEndAt: '2025-04-24T03:30:00.000Z',
  place: { name: '市贸促会（示例）' },
  status: 'waitlisted',
  waitlistPosition: 2,
  attendees: 1,
  companyName: '营口某某跨境电子商务有限公司',
  phone: '139****5678',
  changeable: true,
}
const rejected: MyRegistration = {
  eventId: 'yk2025-sample-0421-customs',
  eventTitle: '进企业：跨境电商知识产权海关保护',
  eventDay: '2025-04-21',
  status: 'rejected',
  rejectReason: '本场仅面向进出口备案企业',
  attendees: 2,
  changeable: false,
}

function answer(items: MyRegistration[]) {
  return async (name: string, action: string, params: { eventId?: string } = {}) => {
    if (name !== 'registrations') throw new Error(`answer: ${name}.${action} not answered`)
    if (action === 'mine') return { ok: true, data: { items } }
    const item = items.find((i) => i.eventId === params.eventId)
    if (item && (action === 'cancel' || action === 'update')) {
      return {
        ok: true,
        data: { ...item, status: action === 'cancel' ? 'cancelled' : item.status },
      }
    }
    throw new Error(`answer: registrations.${action} not answered`)
  }
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
const card = (title: string) => screen.getByRole('listitem', { name: title })
const actions = (name: string) => call.mock.calls.filter(([, action]) => action === name)

beforeEach(() => {
  call.mockReset()
  call.mockImplementation(answer([confirmed, waitlisted, rejected]))
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never)
})
afterEach(async () => {
  await settle()
  jest.restoreAllMocks()
})

test('lists each registration with its status, time and place, and masked details as given', async () => {
  render(<MyRegistrationsPage />)
  await screen.findByText(confirmed.eventTitle)
  expect(call).toHaveBeenCalledWith('registrations', 'mine', {})

  const first = within(card(confirmed.eventTitle))
  expect(first.getByText('报名成功')).toBeTruthy()
  expect(first.getByText('4月23日 周三 · 具体时间待主办单位公布')).toBeTruthy()
  expect(first.getByText('营口自贸区')).toBeTruthy()
  expect(first.getByText('9135**********0Y43')).toBeTruthy()
  expect(first.getByText('138****1234')).toBeTruthy()
  expect(first.getByText('3 人')).toBeTruthy()
  expect(first.getByText('4月22日 周二 23:59 前可以取消报名或减少人数。')).toBeTruthy()
  expect(first.getByText('查看入场凭证')).toBeTruthy()

  const second = within(card(waitlisted.eventTitle))
  expect(second.getByText('候补第 2 位')).toBeTruthy()
  // Shanghai time, whatever the machine's zone.
  expect(second.getByText('4月24日 周四 09:30–11:30')).toBeTruthy()
  expect(second.getByText('139****5678')).toBeTruthy()
  expect(second.queryByText('查看入场凭证')).toBeNull()
  // One attendee cannot become fewer.
  expect(second.queryByText('减少人数')).toBeNull()

  const third = within(card(rejected.eventTitle))
  expect(third.getByText('未通过审核')).toBeTruthy()
  expect(third.getByText('未通过原因：本场仅面向进出口备案企业')).toBeTruthy()
  expect(third.queryByText('取消报名')).toBeNull()
})

test('a session the organisers cancelled says so with their reason, and offers no ticket', async () => {
  call.mockImplementation(
    answer([{ ...confirmed, eventCancelled: { reason: '场地维修' }, changeable: false }]),
  )
  render(<MyRegistrationsPage />)
  await screen.findByText(confirmed.eventTitle)
  const only = within(card(confirmed.eventTitle))
  expect(only.getByText('活动已取消')).toBeTruthy()
  expect(only.queryByText('报名成功')).toBeNull()
  expect(only.getByRole('alert').textContent).toBe('主办单位已取消本活动：场地维修')
  // Nothing about cancelling a registration the session no longer needs.
  expect(only.queryByText(/取消截止|前可以取消/)).toBeNull()
  expect(only.queryByText('查看入场凭证')).toBeNull()
  expect(only.queryByText('取消报名')).toBeNull()
})

test('cancelling asks first, then cancels and shows the list again', async () => {
  const showModal = jest
    .spyOn(Taro, 'showModal')
    .mockResolvedValue({ confirm: true, cancel: false, errMsg: 'ok' } as never)
  render(<MyRegistrationsPage />)
  await screen.findByText(confirmed.eventTitle)
  fireEvent.click(within(card(confirmed.eventTitle)).getByText('取消报名'))
  await settle()

  expect(showModal).toHaveBeenCalledWith(
    expect.objectContaining({ title: '取消报名', confirmText: '取消报名' }),
  )
  expect(actions('cancel')).toEqual([['registrations', 'cancel', { eventId: SESSION_ID }]])
  expect(actions('mine')).toHaveLength(2)
  expect(Taro.showToast).toHaveBeenCalledWith({ title: '已取消', icon: 'success' })
})

test('changing one’s mind in the dialog cancels nothing', async () => {
  jest
    .spyOn(Taro, 'showModal')
    .mockResolvedValue({ confirm: false, cancel: true, errMsg: 'ok' } as never)
  render(<MyRegistrationsPage />)
  await screen.findByText(confirmed.eventTitle)
  fireEvent.click(within(card(confirmed.eventTitle)).getByText('取消报名'))
  await settle()
  expect(actions('cancel')).toHaveLength(0)
})

test('fewer attendees: picks a smaller number and updates the registration', async () => {
  render(<MyRegistrationsPage />)
  await screen.findByText(confirmed.eventTitle)
  const picker = card(confirmed.eventTitle).querySelector('taro-picker-core')!
  expect((picker as unknown as { range: string[] }).range).toEqual(['1 人', '2 人'])
  fireEvent(picker, new CustomEvent('change', { detail: { value: 1 } }))
  await settle()
  expect(actions('update')).toEqual([
    ['registrations', 'update', { eventId: SESSION_ID, attendees: 2 }],
  ])
  expect(Taro.showToast).toHaveBeenCalledWith({ title: '已改为 2 人', icon: 'success' })
})

test('the ticket opens from a confirmed registration', async () => {
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never)
  render(<MyRegistrationsPage />)
  fireEvent.click(await screen.findByText('查看入场凭证'))
  expect(navigateTo).toHaveBeenCalledWith({
    url: `/packages/registration/ticket/index?id=${SESSION_ID}`,
  })
})

test('with no registrations, points to the calendar', async () => {
  call.mockImplementation(answer([]))
  const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'ok' } as never)
  render(<MyRegistrationsPage />)
  expect(await screen.findByText('还没有报名')).toBeTruthy()
  fireEvent.click(screen.getByText('查看活动日程'))
  expect(switchTab).toHaveBeenCalledWith({ url: '/pages/calendar/index' })
})

test('我的 links here', () => {
  render(<MePage />)
  const link = screen.getByText('我的报名 ›').closest('taro-navigator-core')
  expect(link?.getAttribute('url')).toBe('/packages/registration/mine/index')
})
