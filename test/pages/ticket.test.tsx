// The ticket page as a registrant uses it at the door, answered by a small fake registrations
// function (the real one is covered by the function tests).
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { Current } from '@tarojs/runtime'
import { qrRows } from '@/components/ticket-qr/qr-matrix'
import { TICKET_QR_PREFIX, type Ticket } from '@/contracts/registrations'
import TicketPage from '@/packages/registration/ticket/index'
import { callCloud } from '@/services/cloud'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock

const EVENT_ID = 'yk2025-0423-cross-border-ecommerce'
const TICKET: Ticket = {
  eventId: EVENT_ID,
  eventTitle: '跨境电商知识产权保护宣贯活动',
  eventDay: '2025-04-23',
  eventStartAt: '2025-04-23T01:30:00.000Z',
  eventEndAt: '2025-04-23T03:30:00.000Z',
  place: { name: '营口自贸区', address: '营口市鲅鱼圈区' },
  status: 'confirmed',
  attendees: 2,
  companyName: '营口某跨境电商有限公司',
  contactName: '王敏',
  qrText: `${TICKET_QR_PREFIX}q3Vx-8Lb0_Zr2mWcT1yJ7g`,
  code: '482913',
}

type Answer = { ok: true; data: Ticket } | { ok: false; error: { code: string; message: string } }

/** Answers registrations.ticket for EVENT_ID with `answer`; any other event is not found. */
function fakeRegistrations(answer: Answer) {
  return async (name: string, action: string, params: { eventId?: string } = {}) => {
    if (name !== 'registrations' || action !== 'ticket') {
      throw new Error(`fake: ${name}.${action} not answered`)
    }
    return params.eventId === EVENT_ID
      ? answer
      : { ok: false, error: { code: 'NOT_FOUND', message: '没有找到你在本活动的有效报名' } }
  }
}

/** jsdom has no 2d canvas: record what the QR code paints instead. */
function recordCanvas() {
  const fills: Array<{ style: string; x: number; y: number }> = []
  const ctx = {
    fillStyle: '',
    fillRect(x: number, y: number) {
      fills.push({ style: ctx.fillStyle, x, y })
    },
  }
  jest
    .spyOn(HTMLCanvasElement.prototype, 'getContext')
    .mockImplementation(() => ctx as unknown as CanvasRenderingContext2D)
  return fills
}

function openTicket(id: string) {
  Current.router = {
    params: { id },
    path: '/packages/registration/ticket/index',
  } as unknown as typeof Current.router
  return render(<TicketPage />)
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))

beforeEach(() => {
  call.mockReset()
  call.mockImplementation(fakeRegistrations({ ok: true, data: TICKET }))
})
afterEach(async () => {
  await settle()
  jest.restoreAllMocks()
})

test('shows the QR code, the six-digit code and the session', async () => {
  const fills = recordCanvas()
  openTicket(EVENT_ID)
  expect(await screen.findByText('482 913')).toBeTruthy()
  expect(call).toHaveBeenCalledWith('registrations', 'ticket', { eventId: EVENT_ID })
  expect(screen.getByText('二维码无法扫描时，请向签到人员出示数字码')).toBeTruthy()
  expect(screen.getByText('报名已确认，入场时请出示')).toBeTruthy()

  const qr = screen.getByRole('img', { name: '入场二维码' })
  const canvas = qr.querySelector('canvas')!
  expect(canvas.style.width).toBe('240px')
  // jsdom's devicePixelRatio is 1. White first, then one square per dark module of the code.
  expect(canvas.width).toBe(240)
  expect(fills[0]).toEqual({ style: '#ffffff', x: 0, y: 0 })
  const darkModules = qrRows(TICKET.qrText).join('').replace(/0/g, '').length
  expect(fills.filter((fill) => fill.style === '#000000')).toHaveLength(darkModules)

  expect(screen.getByText(TICKET.eventTitle)).toBeTruthy()
  // Shanghai time, whatever the machine's zone.
  expect(screen.getByText('4月23日 周三 09:30–11:30')).toBeTruthy()
  expect(screen.getByText('营口自贸区')).toBeTruthy()
  expect(screen.getByText('营口市鲅鱼圈区')).toBeTruthy()
  expect(screen.getByText('2 人')).toBeTruthy()
  expect(screen.getByText(TICKET.companyName!)).toBeTruthy()
  expect(screen.getByText(TICKET.contactName!)).toBeTruthy()
})

test('a checked-in ticket says when, in Shanghai time', async () => {
  recordCanvas()
  call.mockImplementation(
    fakeRegistrations({
      ok: true,
      data: { ...TICKET, status: 'checked-in', checkedInAt: '2025-04-23T01:12:00.000Z' },
    }),
  )
  openTicket(EVENT_ID)
  expect(await screen.findByText('已签到 4月23日 周三 09:12')).toBeTruthy()
  expect(screen.queryByText('报名已确认，入场时请出示')).toBeNull()
  expect(screen.getByText('482 913')).toBeTruthy()
})

test('without a registration, says so and leads to 我的报名', async () => {
  const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'ok' })
  openTicket('some-other-event')
  expect(await screen.findByText('没有找到入场凭证')).toBeTruthy()
  expect(screen.queryByRole('img', { name: '入场二维码' })).toBeNull()
  fireEvent.click(screen.getByText('查看我的报名'))
  expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/registration/mine/index' })
})

test('a link without an id is not found either, without asking the server', async () => {
  openTicket('')
  expect(await screen.findByText('没有找到入场凭证')).toBeTruthy()
  expect(call).not.toHaveBeenCalled()
})

test('a registration still waiting for approval shows the server message', async () => {
  const message = '报名正在等待主办单位审核，审核通过后即可查看入场凭证'
  call.mockImplementation(fakeRegistrations({ ok: false, error: { code: 'CONFLICT', message } }))
  openTicket(EVENT_ID)
  expect(await screen.findByText(message)).toBeTruthy()
  expect(screen.getByText('暂时没有入场凭证')).toBeTruthy()
  expect(screen.queryByText(/\d{3} \d{3}/)).toBeNull()
})

test('says what went wrong and tries again', async () => {
  recordCanvas()
  call.mockImplementation(
    fakeRegistrations({
      ok: false,
      error: { code: 'INTERNAL', message: '网络不可用，请检查网络后重试' },
    }),
  )
  openTicket(EVENT_ID)
  expect(await screen.findByText('网络不可用，请检查网络后重试')).toBeTruthy()
  call.mockImplementation(fakeRegistrations({ ok: true, data: TICKET }))
  fireEvent.click(screen.getByText('重试'))
  expect(await screen.findByText('482 913')).toBeTruthy()
})
