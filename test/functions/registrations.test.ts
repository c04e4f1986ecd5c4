// The registrations function through the gateway, many callers at once: seats are never sold
// twice, the waiting list is strictly ordered, and a cancellation promotes the next in line.
import { campaign } from '@/campaigns'
import type { CloudResult } from '@/contracts/errors'
import {
  TICKET_QR_PREFIX,
  type MyRegistration,
  type RegistrationView,
  type Ticket,
} from '@/contracts/registrations'
import { creditCodeCheckChar } from '@/domain/credit-code'
import type { EventRecord, RegistrationSettings } from '@/domain/event'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacy'
import { CROSS_BORDER_SESSION_FIELDS } from '@/domain/registration-form'
import { shanghaiInstant } from '@/domain/time'
import { startTestCloud, type TestCloud } from './local-cloud'

// Ten days before the week; set before the function instances start, which inherit it.
const NOW = '2025-04-15T10:00:00+08:00'
const TEMPLATE = 'local-template-registration-promoted'

const settings = (fields: Partial<RegistrationSettings> = {}): RegistrationSettings => ({
  capacity: 5,
  perCompanyCap: 3,
  fields: [...CROSS_BORDER_SESSION_FIELDS],
  approval: false,
  ...fields,
})

function event(
  _id: string,
  registration: RegistrationSettings | undefined,
  startAt = '2025-04-23 09:30',
): EventRecord {
  return {
    _id,
    campaignId: campaign._id,
    title: `报名测试 ${_id}`,
    hosts: ['营口市市场监督管理局'],
    invited: [],
    unitIds: ['amr'],
    day: startAt.slice(0, 10),
    startAt: shanghaiInstant(startAt),
    place: { name: '营口自贸区' },
    audiences: ['enterprise'],
    forms: ['training'],
    description: '',
    featured: false,
    sample: false,
    status: 'published',
    ...(registration ? { registration } : {}),
  }
}

const SHORT = ['contactName', 'phone', 'attendees'] as const

const written: EventRecord[] = [
  event('r-main', settings()),
  event('r-dup', settings({ capacity: 20 })),
  event('r-crowd', settings({ capacity: 100, perCompanyCap: 1, fields: [...SHORT] })),
  event('r-queue', settings({ capacity: 1, perCompanyCap: 1, fields: [...SHORT] })),
  event('r-update', settings({ capacity: 4, perCompanyCap: 3, fields: [...SHORT] })),
  event('r-ticket', settings({ capacity: 30, perCompanyCap: 1, fields: [...SHORT] })),
  event('r-shrink', settings({ capacity: 3, perCompanyCap: 1, fields: [...SHORT] })),
  event('r-mixed', settings({ capacity: 17, perCompanyCap: 3, fields: [...SHORT] })),
  event('r-cancel', settings({ capacity: 3, perCompanyCap: 3, fields: [...SHORT] })),
  event('r-approval', settings({ capacity: 2, approval: true, fields: [...SHORT] })),
  // Starts at 11:00 today: registration closed at 09:00.
  event('r-closed', settings({ fields: [...SHORT] }), '2025-04-15 11:00'),
  // Registration open, but cancelling stopped at 09:00 today.
  event(
    'r-no-cancel',
    settings({ fields: [...SHORT], cancelUntil: shanghaiInstant('2025-04-15 09:00') }),
  ),
  event('r-none', undefined),
  event('r-called-off', settings({ fields: [...SHORT] })),
]

/** A valid credit code, distinct for each n. */
function creditCode(n: number): string {
  const first17 = `91210800MA${String(n).padStart(7, '0')}`
  return first17 + creditCodeCheckChar(first17)
}

const phone = (n: number) => `138${String(n).padStart(8, '0')}`

function fullForm(n: number, attendees = 2) {
  return {
    companyName: `营口测试企业${n}号`,
    creditCode: creditCode(n),
    contactName: '张经理',
    phone: phone(n),
    attendees,
    crossBorder: true,
    exportMarkets: ['北美', '欧盟'],
    expertQuestion: '海外商标抢注如何应对？',
  }
}

const shortForm = (n: number, attendees = 1) => ({
  contactName: '李经理',
  phone: phone(n),
  attendees,
})

// Cold function instances and a busy machine make single calls slow now and then.
jest.setTimeout(30_000)

let t: TestCloud
const savedTemplate = process.env.TEMPLATE_REGISTRATION_PROMOTED
beforeAll(async () => {
  process.env.TEMPLATE_REGISTRATION_PROMOTED = TEMPLATE
  t = await startTestCloud({ now: NOW, workers: 4 })
  const { db } = await import('@/server/cloud')
  for (const record of written) await db.collection<EventRecord>('events').add({ data: record })
}, 60_000)
afterAll(async () => {
  await t.stop()
  if (savedTemplate === undefined) delete process.env.TEMPLATE_REGISTRATION_PROMOTED
  else process.env.TEMPLATE_REGISTRATION_PROMOTED = savedTemplate
})

async function call<T>(body: object, openid?: string): Promise<CloudResult<T>> {
  return (await t.call<CloudResult<T>>('registrations', body, openid)).body
}

async function ok<T>(body: object, openid: string): Promise<T> {
  const result = await call<T>(body, openid)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.data
}

const register = (eventId: string, form: object, openid: string) =>
  call<RegistrationView>(
    { action: 'register', eventId, form, privacy: PRIVACY_NOTICE_VERSION },
    openid,
  )

async function registered(eventId: string, form: object, openid: string) {
  const result = await register(eventId, form, openid)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.data
}

interface StoredRegistration {
  _id: string
  form: { creditCode?: string }
  eventId: string
  openid: string
  status: string
  attendees: number
  waitlistAt?: string
}

async function stored(eventId: string): Promise<StoredRegistration[]> {
  const { db } = await import('@/server/cloud')
  const rows: StoredRegistration[] = []
  for (let offset = 0; ; offset += 100) {
    const { data } = await db
      .collection<StoredRegistration>('registrations')
      .where({ eventId })
      .skip(offset)
      .limit(100)
      .get()
    rows.push(...data)
    if (data.length < 100) return rows
  }
}

async function storedEvent(eventId: string): Promise<EventRecord> {
  const { db } = await import('@/server/cloud')
  const { data } = await db.collection<EventRecord>('events').doc(eventId).get()
  if (!data) throw new Error(`no event ${eventId}`)
  return data
}

const seatsHeld = (rows: StoredRegistration[]) =>
  rows
    .filter((row) => ['confirmed', 'pending', 'checked-in'].includes(row.status))
    .reduce((sum, row) => sum + row.attendees, 0)

describe('register', () => {
  it('registers an enterprise and returns masked details', async () => {
    const view = await registered('r-main', fullForm(1), 'user-main-1')
    expect(view).toMatchObject({
      eventId: 'r-main',
      status: 'confirmed',
      attendees: 2,
      companyName: '营口测试企业1号',
      phone: '138****0001',
    })
    expect(view.creditCode).toMatch(/^9121\*{10}\w{4}$/)
    expect((await storedEvent('r-main')).seatsTaken).toBe(2)
    // Asking again returns the same registration and takes nothing more.
    const again = await registered('r-main', fullForm(1), 'user-main-1')
    expect(again.status).toBe('confirmed')
    expect((await storedEvent('r-main')).seatsTaken).toBe(2)
  })

  it('needs the privacy notice agreed to, in its current version', async () => {
    for (const privacy of [undefined, 'old-version', true]) {
      const result = await call(
        { action: 'register', eventId: 'r-main', form: fullForm(4), privacy },
        'user-main-4',
      )
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    }
    expect((await stored('r-main')).some((row) => row.openid === 'user-main-4')).toBe(false)
  })

  it('needs an identity', async () => {
    const result = await register('r-main', fullForm(2), undefined as unknown as string)
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('rejects an invalid form with every field’s problem and changes nothing', async () => {
    const before = await storedEvent('r-main')
    const result = await register(
      'r-main',
      { ...fullForm(3), phone: '12345', creditCode: '91210800MA0000003X', attendees: 9 },
      'user-main-3',
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('INVALID_ARGUMENT')
    expect(Object.keys(result.error.fields ?? {}).sort()).toEqual([
      'attendees',
      'creditCode',
      'phone',
    ])
    expect(result.error.message).toContain('每家企业最多报名3人')
    expect(await register('r-main', { ...fullForm(3), extra: 1 }, 'user-main-3')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    })
    expect((await stored('r-main')).map((row) => row.openid)).toEqual(['user-main-1'])
    expect((await storedEvent('r-main')).seatsTaken).toBe(before.seatsTaken)
  })

  it('answers NOT_FOUND, INVALID_ARGUMENT and DEADLINE_PASSED for sessions it cannot take', async () => {
    expect(await register('r-missing', shortForm(1), 'u1')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await register('r-none', shortForm(1), 'u1')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    })
    expect(await register('r-closed', shortForm(1), 'u1')).toMatchObject({
      ok: false,
      error: { code: 'DEADLINE_PASSED' },
    })
    expect(await stored('r-closed')).toEqual([])
  })

  it('keeps one registration when the same user submits twice at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => register('r-dup', fullForm(10), 'user-dup')),
    )
    for (const result of results)
      expect(result).toMatchObject({ ok: true, data: { status: 'confirmed' } })
    const rows = await stored('r-dup')
    expect(rows).toHaveLength(1)
    expect((await storedEvent('r-dup')).seatsTaken).toBe(2)
  })

  it('lets one enterprise register once per session: CONFLICT for its second user', async () => {
    expect((await register('r-dup', fullForm(11), 'user-cc-a')).ok).toBe(true)
    const second = await register('r-dup', { ...fullForm(11), contactName: '王经理' }, 'user-cc-b')
    expect(second).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '该企业已报名本活动，每家企业限报一次' },
    })
    expect((await stored('r-dup')).filter((row) => row.openid === 'user-cc-b')).toEqual([])
    // Two users racing with one code: exactly one wins.
    const raced = await Promise.all(
      ['user-cc-c', 'user-cc-d', 'user-cc-e'].map((openid) =>
        register('r-dup', fullForm(12), openid),
      ),
    )
    expect(raced.filter((result) => result.ok)).toHaveLength(1)
    expect(raced.filter((result) => !result.ok && result.error.code === 'CONFLICT')).toHaveLength(2)
  })

  it('seats pending registrations when the organiser approves them', async () => {
    expect(await register('r-approval', shortForm(1, 2), 'user-ap-1')).toMatchObject({
      ok: true,
      data: { status: 'pending' },
    })
    expect(await register('r-approval', shortForm(2, 1), 'user-ap-2')).toMatchObject({
      ok: true,
      data: { status: 'waitlisted', waitlistPosition: 1 },
    })
    expect((await storedEvent('r-approval')).seatsTaken).toBe(2)
  })
})

describe('many at once', () => {
  it('500 users for 100 seats: 100 confirmed, 400 waiting in places 1..400, no duplicate', async () => {
    const openids = Array.from({ length: 500 }, (_, i) => `crowd-${i}`)
    const results = await Promise.all(
      openids.map((openid, i) => register('r-crowd', shortForm(i), openid)),
    )
    expect(results.filter((result) => !result.ok)).toEqual([])
    const rows = await stored('r-crowd')
    expect(rows).toHaveLength(500)
    expect(new Set(rows.map((row) => row.openid)).size).toBe(500)
    expect(rows.filter((row) => row.status === 'confirmed')).toHaveLength(100)
    const waiting = rows.filter((row) => row.status === 'waitlisted')
    expect(waiting).toHaveLength(400)
    // The places they are shown are 1..400, in the order they joined the list.
    const places: [string, number][] = []
    for (let i = 0; i < waiting.length; i += 50) {
      const batch = waiting.slice(i, i + 50)
      const mine = await Promise.all(
        batch.map((row) => ok<{ items: MyRegistration[] }>({ action: 'mine' }, row.openid)),
      )
      batch.forEach((row, j) => places.push([row.openid, mine[j].items[0].waitlistPosition ?? 0]))
    }
    expect(places.map(([, place]) => place).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 400 }, (_, i) => i + 1),
    )
    const joined = new Map(
      waiting.map((row) => [row.openid, new Date(row.waitlistAt ?? 0).toISOString()]),
    )
    const inOrder = [...places].sort((a, b) => a[1] - b[1]).map(([openid]) => joined.get(openid))
    expect(inOrder).toEqual([...inOrder].sort())
    expect((await storedEvent('r-crowd')).seatsTaken).toBe(100)
  }, 180_000)

  it('queues latecomers in arrival order, behind anyone already waiting', async () => {
    await registered('r-queue', shortForm(1), 'queue-0')
    for (let i = 1; i <= 4; i++) {
      expect(await registered('r-queue', shortForm(i), `queue-${i}`)).toMatchObject({
        status: 'waitlisted',
        waitlistPosition: i,
      })
    }
    // The seat freed by the first registrant goes to the head of the list, not to a newcomer.
    await ok({ action: 'cancel', eventId: 'r-queue' }, 'queue-0')
    expect(await registered('r-queue', shortForm(5), 'queue-5')).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 4,
    })
    const rows = await stored('r-queue')
    expect(rows.find((row) => row.openid === 'queue-1')?.status).toBe('confirmed')
  })

  it('mixed party sizes never exceed capacity; seatsTaken is the sum held', async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        register('r-mixed', shortForm(i, (i % 3) + 1), `mixed-${i}`),
      ),
    )
    expect(results.filter((result) => !result.ok)).toEqual([])
    const rows = await stored('r-mixed')
    const held = seatsHeld(rows)
    expect(held).toBeLessThanOrEqual(17)
    // No registrant of one seat waits while a seat is free (everyone asked at once).
    expect(held).toBeGreaterThanOrEqual(17 - 2)
    expect((await storedEvent('r-mixed')).seatsTaken).toBe(held)
  }, 30_000)
})

describe('when the organiser changes the session', () => {
  it('never seats anyone beyond a capacity lowered a moment ago', async () => {
    await registered('r-shrink', shortForm(1), 'shrink-a')
    // Every function instance reads the session now (the form is refused after the read).
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => register('r-shrink', { phone: '1' }, `warm-${i}`)),
    )
    const { db } = await import('@/server/cloud')
    await db
      .collection<EventRecord>('events')
      .doc('r-shrink')
      .update({ data: { 'registration.capacity': 1 } })
    const late = await Promise.all(
      ['shrink-b', 'shrink-c'].map((openid, i) => registered('r-shrink', shortForm(i + 2), openid)),
    )
    expect(late.map((view) => view.status)).toEqual(['waitlisted', 'waitlisted'])
    expect((await storedEvent('r-shrink')).seatsTaken).toBe(1)
  })
})

describe('cancel', () => {
  it('releases seats and promotes the waiting list in order, notifying each promoted user', async () => {
    // 3 seats: A takes 2, B 1; C (2), D (1), E (1) wait in that order.
    const order: [string, number][] = [
      ['cancel-a', 2],
      ['cancel-b', 1],
      ['cancel-c', 2],
      ['cancel-d', 1],
      ['cancel-e', 1],
    ]
    for (const [i, [openid, attendees]] of order.entries()) {
      await registered('r-cancel', shortForm(i, attendees), openid)
    }
    const mine = await ok<{ items: MyRegistration[] }>({ action: 'mine' }, 'cancel-e')
    expect(mine.items).toMatchObject([
      { eventId: 'r-cancel', status: 'waitlisted', waitlistPosition: 3, phone: '138****0004' },
    ])

    // B leaves: one seat, but C (2) is first in line and does not fit: nobody moves.
    expect(await ok({ action: 'cancel', eventId: 'r-cancel' }, 'cancel-b')).toMatchObject({
      status: 'cancelled',
    })
    let rows = await stored('r-cancel')
    const status = (openid: string) => rows.find((row) => row.openid === openid)?.status
    expect(['cancel-c', 'cancel-d', 'cancel-e'].map(status)).toEqual([
      'waitlisted',
      'waitlisted',
      'waitlisted',
    ])
    // A leaves: 3 seats free; C (2) then D (1) move up, E still waits.
    await ok({ action: 'cancel', eventId: 'r-cancel' }, 'cancel-a')
    rows = await stored('r-cancel')
    expect(['cancel-a', 'cancel-b', 'cancel-c', 'cancel-d', 'cancel-e'].map(status)).toEqual([
      'cancelled',
      'cancelled',
      'confirmed',
      'confirmed',
      'waitlisted',
    ])
    expect((await storedEvent('r-cancel')).seatsTaken).toBe(3)
    expect(seatsHeld(rows)).toBe(3)
    const sent = (await t.cloud.tcb.outbox()).filter(
      (entry) => entry.apiName === 'subscribeMessage.send' && entry.openid?.startsWith('cancel-'),
    )
    expect(sent.map((entry) => entry.openid)).toEqual(['cancel-c', 'cancel-d'])
    expect(sent[0].payload).toMatchObject({ template_id: TEMPLATE })

    const eMine = await ok<{ items: MyRegistration[] }>({ action: 'mine' }, 'cancel-e')
    expect(eMine.items[0]).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 })
    // Cancelled first sorts last in "mine"; cancelling twice is harmless.
    expect(await ok({ action: 'cancel', eventId: 'r-cancel' }, 'cancel-a')).toMatchObject({
      status: 'cancelled',
    })
    // A registers again: back of the queue.
    expect(await registered('r-cancel', shortForm(0, 1), 'cancel-a')).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 2,
    })
  })

  it('frees a cancelled enterprise’s credit code for another user', async () => {
    expect((await register('r-main', fullForm(20, 1), 'user-free-a')).ok).toBe(true)
    expect(await register('r-main', fullForm(20, 1), 'user-free-b')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    await ok({ action: 'cancel', eventId: 'r-main' }, 'user-free-a')
    expect(await register('r-main', fullForm(20, 1), 'user-free-b')).toMatchObject({ ok: true })
  })

  it('lets exactly one of a comeback and a newcomer hold an enterprise’s code', async () => {
    const live = async () =>
      (await stored('r-dup')).filter(
        (row) => row.status !== 'cancelled' && row.form.creditCode === creditCode(30),
      )
    let holder = 'race-a'
    expect(await register('r-dup', fullForm(30, 1), holder)).toMatchObject({ ok: true })
    for (let round = 0; round < 5; round++) {
      await ok({ action: 'cancel', eventId: 'r-dup' }, holder)
      const racers = ['race-a', 'race-b', 'race-c']
      const results = await Promise.all(
        racers.map((openid) => register('r-dup', fullForm(30, 1), openid)),
      )
      const winners = racers.filter((_, i) => results[i].ok)
      expect(winners).toHaveLength(1)
      for (const result of results) {
        if (!result.ok) expect(result.error.code).toBe('CONFLICT')
      }
      expect((await live()).map((row) => row.openid)).toEqual(winners)
      holder = winners[0]
    }
  })

  it('only cancels the caller’s own registration, and only before the cutoff', async () => {
    expect(await call({ action: 'cancel', eventId: 'r-main' }, 'nobody')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    await registered('r-no-cancel', shortForm(1), 'late-1')
    expect(await call({ action: 'cancel', eventId: 'r-no-cancel' }, 'late-1')).toMatchObject({
      ok: false,
      error: { code: 'DEADLINE_PASSED' },
    })
    expect((await stored('r-no-cancel'))[0].status).toBe('confirmed')
  })
})

describe('update', () => {
  it('reduces a party, freeing seats for the waiting list; never increases', async () => {
    await registered('r-update', shortForm(1, 3), 'upd-a')
    expect(await registered('r-update', shortForm(2, 2), 'upd-b')).toMatchObject({
      status: 'waitlisted',
    })
    expect(
      await call({ action: 'update', eventId: 'r-update', attendees: 3 }, 'upd-a'),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', fields: { attendees: expect.any(String) } },
    })
    // 3 → 2 frees one seat: 2 free, and B (2) moves up.
    expect(
      await ok<RegistrationView>({ action: 'update', eventId: 'r-update', attendees: 2 }, 'upd-a'),
    ).toMatchObject({ status: 'confirmed', attendees: 2, changeable: true })
    const rows = await stored('r-update')
    expect(rows.find((row) => row.openid === 'upd-b')?.status).toBe('confirmed')
    expect((await storedEvent('r-update')).seatsTaken).toBe(4)
    expect(seatsHeld(rows)).toBe(4)
    expect(
      await call({ action: 'update', eventId: 'r-update', attendees: 1 }, 'upd-nobody'),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    for (const attendees of [0, 1.5, -1, '1']) {
      expect(
        await call({ action: 'update', eventId: 'r-update', attendees }, 'upd-a'),
      ).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    }
  })

  it('stops at the cancellation cutoff', async () => {
    await registered('r-no-cancel', shortForm(2, 2), 'late-2')
    expect(
      await call({ action: 'update', eventId: 'r-no-cancel', attendees: 1 }, 'late-2'),
    ).toMatchObject({ ok: false, error: { code: 'DEADLINE_PASSED' } })
  })
})

describe('ticket', () => {
  it('gives confirmed registrants an unguessable QR token and a unique six-digit code', async () => {
    const openids = Array.from({ length: 30 }, (_, i) => `ticket-${i}`)
    await Promise.all(openids.map((openid, i) => registered('r-ticket', shortForm(i), openid)))
    const tickets = await Promise.all(
      openids.map((openid) => ok<Ticket>({ action: 'ticket', eventId: 'r-ticket' }, openid)),
    )
    const codes = new Set(tickets.map((ticket) => ticket.code))
    expect(codes.size).toBe(30)
    for (const [i, ticket] of tickets.entries()) {
      expect(ticket.code).toMatch(/^\d{6}$/)
      expect(ticket.qrText.startsWith(TICKET_QR_PREFIX)).toBe(true)
      const token = ticket.qrText.slice(TICKET_QR_PREFIX.length)
      expect(token).toMatch(/^[\w-]{22,}$/)
      // Nothing in it names the registration or the person.
      expect(ticket.qrText).not.toContain(openids[i])
      expect(ticket.qrText).not.toContain('r-ticket')
      expect(ticket).toMatchObject({ status: 'confirmed', eventTitle: '报名测试 r-ticket' })
    }
    expect(new Set(tickets.map((ticket) => ticket.qrText)).size).toBe(30)
    // The same caller always gets the same ticket.
    expect(await ok<Ticket>({ action: 'ticket', eventId: 'r-ticket' }, 'ticket-0')).toEqual(
      tickets[0],
    )
  })

  it('has no ticket for the waiting list, for others, or for nobody', async () => {
    expect(await call({ action: 'ticket', eventId: 'r-queue' }, 'queue-4')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    expect(await call({ action: 'ticket', eventId: 'r-ticket' }, 'stranger')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await call({ action: 'ticket', eventId: 'r-ticket' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    })
  })
})

describe('mine', () => {
  it('lists the caller’s registrations, not cancelled first, with the event', async () => {
    await registered('r-approval', shortForm(7), 'user-main-1')
    const { items } = await ok<{ items: MyRegistration[] }>({ action: 'mine' }, 'user-main-1')
    expect(items.map((item) => item.eventId).sort()).toEqual(['r-approval', 'r-main'])
    expect(items.find((item) => item.eventId === 'r-main')).toMatchObject({
      eventTitle: '报名测试 r-main',
      eventDay: '2025-04-23',
      phone: '138****0001',
    })
    expect(JSON.stringify(items)).not.toContain('13800000001')
    expect(await call({ action: 'mine' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    })
  })
})

describe('a session the organisers cancelled', () => {
  it('says so, with their reason, in mine, ticket and cancel', async () => {
    await registered('r-called-off', shortForm(8), 'called-off')
    const { db } = await import('@/server/cloud')
    await db
      .collection<EventRecord>('events')
      .doc('r-called-off')
      .update({ data: { status: 'cancelled', statusReason: '场地维修' } })

    const { items } = await ok<{ items: MyRegistration[] }>({ action: 'mine' }, 'called-off')
    expect(items).toEqual([
      expect.objectContaining({
        eventId: 'r-called-off',
        status: 'confirmed',
        eventCancelled: { reason: '场地维修' },
        changeable: false,
      }),
    ])
    for (const action of ['ticket', 'cancel']) {
      expect(await call({ action, eventId: 'r-called-off' }, 'called-off')).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: '本活动已取消：场地维修' },
      })
    }
  })
})

describe('afterwards', () => {
  it('holds, for every session: seats taken = attendees of confirmed and pending', async () => {
    for (const record of written.filter((event) => event.registration)) {
      const rows = await stored(record._id)
      const { seatsTaken = 0 } = await storedEvent(record._id)
      expect({ event: record._id, seatsTaken }).toEqual({
        event: record._id,
        seatsTaken: seatsHeld(rows),
      })
      expect(seatsTaken).toBeLessThanOrEqual(record.registration?.capacity ?? 0)
      // Every waiting registration has its place in the order.
      const untimed = rows.filter((row) => row.status === 'waitlisted' && !row.waitlistAt)
      expect(untimed).toEqual([])
    }
  })
})
