// The organisers' side of registrations through the gateway: who may see, decide, add, check in
// and export; check-in by QR text or code, once; decisions that free seats for the waiting list;
// and an export that holds what was registered, in full.
import ExcelJS from 'exceljs'
import type { CheckInOutcome, DeskRegistration, RegistrationExport } from '@/contracts/attendance'
import type { AttendanceCounts } from '@/contracts/attendance'
import type { CloudResult } from '@/contracts/errors'
import type { RegistrationView, Ticket } from '@/contracts/registrations'
import { creditCodeCheckChar } from '@/domain/credit-code'
import type { EventRecord, RegistrationSettings } from '@/domain/event'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacy'
import type { CollectionName } from '@/server/collections'
import { testSession } from '../../local/test-session'
import type { TestCloud } from './local-cloud'
import {
  bindOfficeAdmin,
  bindOrganiser,
  OFFICE_ADMIN,
  startOrganiserCloud,
} from './organiser-fixture'

jest.setTimeout(30_000)

const COURT = 'court-editor'
const EDUCATION = 'education-editor'
const STAFF = 'door-staff'
const CITIZEN = 'citizen'

function event(_id: string, registration: Partial<RegistrationSettings>): EventRecord {
  return testSession(_id, {
    title: `签到测试 ${_id}`,
    registration: {
      fields: ['companyName', 'creditCode', 'contactName', 'phone', 'attendees'],
      ...registration,
    },
    record: { hosts: ['营口市中级人民法院'], unitIds: ['court'] },
  })
}

function creditCode(n: number): string {
  const first17 = `91210800MA${String(n).padStart(7, '0')}`
  return first17 + creditCodeCheckChar(first17)
}

const form = (n: number, attendees = 1) => ({
  companyName: `营口签到企业${n}号`,
  creditCode: creditCode(n),
  contactName: '周经理',
  phone: `139${String(n).padStart(8, '0')}`,
  attendees,
})

let t: TestCloud
let db: typeof import('@/server/cloud').db
beforeAll(async () => {
  t = await startOrganiserCloud({ now: '2025-04-15T10:00:00+08:00', workers: 3 })
  db = (await import('@/server/cloud')).db
  for (const record of [
    event('a-door', {}),
    event('a-approval', { capacity: 2, approval: true }),
    event('a-other', {}),
  ]) {
    await db.collection<EventRecord>('events').add({ data: record })
  }
  await bindOfficeAdmin(t)
  await bindOrganiser(t, COURT, { kind: 'unit-editor', unitId: 'court' }, '李法官')
  await bindOrganiser(t, EDUCATION, { kind: 'unit-editor', unitId: 'education' }, '刘老师')
  await bindOrganiser(t, STAFF, { kind: 'checkin-staff', eventIds: ['a-door'] }, '赵签到')
}, 90_000)
afterAll(() => t.stop())

async function call<T>(openid: string, body: object, name = 'attendance') {
  return (await t.call<CloudResult<T>>(name, body, openid)).body
}

async function ok<T>(openid: string, body: object, name = 'attendance'): Promise<T> {
  const result = await call<T>(openid, body, name)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.data
}

const register = (openid: string, eventId: string, n: number, attendees = 1) =>
  ok<RegistrationView>(
    openid,
    { action: 'register', eventId, form: form(n, attendees), privacy: PRIVACY_NOTICE_VERSION },
    'registrations',
  )

const ticketOf = (openid: string, eventId: string) =>
  ok<Ticket>(openid, { action: 'ticket', eventId }, 'registrations')

const checkIn = (openid: string, eventId: string, ticket: string) =>
  call<CheckInOutcome>(openid, { action: 'checkIn', eventId, ticket })

async function snapshot(): Promise<string> {
  const names: CollectionName[] = ['registrations', 'registrationClaims', 'events', 'auditLog']
  const all = await Promise.all(
    names.map(async (name) => (await db.collection(name).limit(1000).get()).data),
  )
  return JSON.stringify(all)
}

describe('check-in', () => {
  it('checks a ticket in once, by QR text or by code, and says when a repeat was first', async () => {
    await register('guest-1', 'a-door', 1, 2)
    await register('guest-2', 'a-door', 2)
    const [first, second] = [
      await ticketOf('guest-1', 'a-door'),
      await ticketOf('guest-2', 'a-door'),
    ]

    const scanned = await checkIn(STAFF, 'a-door', first.qrText)
    expect(scanned).toMatchObject({
      ok: true,
      data: {
        already: false,
        registration: { status: 'checked-in', checkedInByName: '赵签到', phone: '139****0001' },
      },
    })
    const again = await checkIn(COURT, 'a-door', first.qrText)
    expect(again).toMatchObject({ ok: true, data: { already: true } })
    expect(again.ok && scanned.ok && again.data.registration.checkedInAt).toBe(
      scanned.ok && scanned.data.registration.checkedInAt,
    )

    const both = await Promise.all([
      checkIn(STAFF, 'a-door', second.code),
      checkIn(COURT, 'a-door', ` ${second.code} `),
    ])
    expect(both.map((r) => r.ok && r.data.already).sort()).toEqual([false, true])
    const { data: audit } = await db
      .collection('auditLog')
      .where({ action: 'attendance.checkIn' })
      .get()
    expect(audit).toHaveLength(2)
    expect((await ticketOf('guest-2', 'a-door')).status).toBe('checked-in')
  })

  it('refuses tickets of other events, codes nobody has, garbage and unconfirmed registrations', async () => {
    await register('guest-3', 'a-other', 3)
    const elsewhere = await ticketOf('guest-3', 'a-other')
    expect(await checkIn(STAFF, 'a-door', elsewhere.qrText)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await checkIn(STAFF, 'a-door', '000000')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await checkIn(STAFF, 'a-door', 'https://example.com/x')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    })
    await register('guest-4', 'a-door', 4)
    const ticket = await ticketOf('guest-4', 'a-door')
    await ok('guest-4', { action: 'cancel', eventId: 'a-door' }, 'registrations')
    expect(await checkIn(STAFF, 'a-door', ticket.qrText)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
  })
})

describe('counts, list and walk-ins', () => {
  it('count people and registrations by status, live', async () => {
    const before = await ok<{ counts: AttendanceCounts }>(STAFF, {
      action: 'overview',
      eventId: 'a-door',
    })
    const walkIn = await ok<DeskRegistration>(COURT, {
      action: 'walkIn',
      eventId: 'a-door',
      contactName: '吴女士',
      companyName: '营口现场企业',
      attendees: 2,
    })
    expect(walkIn).toMatchObject({ status: 'checked-in', walkIn: true, checkedInByName: '李法官' })
    const after = await ok<{ counts: AttendanceCounts }>(STAFF, {
      action: 'overview',
      eventId: 'a-door',
    })
    expect(after.counts.seatsTaken).toBe(before.counts.seatsTaken + 2)
    expect(after.counts.byStatus['checked-in']).toEqual({
      registrations: before.counts.byStatus['checked-in'].registrations + 1,
      people: before.counts.byStatus['checked-in'].people + 2,
    })
    const { items, total } = await ok<{ items: DeskRegistration[]; total: number }>(STAFF, {
      action: 'list',
      eventId: 'a-door',
      status: 'checked-in',
    })
    expect(total).toBe(after.counts.byStatus['checked-in'].registrations)
    expect(items.map((r) => r.contactName)).toContain('吴女士')
    expect(JSON.stringify(items)).not.toMatch(/139\d{8}/)
  })

  it('refuses a walk-in the event has no seats for', async () => {
    expect(
      await call(COURT, {
        action: 'walkIn',
        eventId: 'a-door',
        contactName: '太多人',
        attendees: 20,
      }),
    ).toMatchObject({ ok: false, error: { code: 'FULL' } })
  })
})

describe('decisions', () => {
  it('approve pending registrations; a rejection frees seats for the waiting list', async () => {
    const first = await register('appl-1', 'a-approval', 11, 2)
    const second = await register('appl-2', 'a-approval', 12, 1)
    expect([first.status, second.status]).toEqual(['pending', 'waitlisted'])
    const id = (openid: string) => `a-approval__${openid}`

    expect(
      await call(COURT, {
        action: 'decide',
        registrationId: id('appl-1'),
        decision: 'reject',
        reason: '',
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    const rejected = await ok<DeskRegistration>(COURT, {
      action: 'decide',
      registrationId: id('appl-1'),
      decision: 'reject',
      reason: '非涉外企业',
    })
    expect(rejected).toMatchObject({ status: 'rejected', rejectReason: '非涉外企业' })
    const { data: promoted } = await db.collection('registrations').doc(id('appl-2')).get()
    expect(promoted).toMatchObject({ status: 'pending' })
    const approved = await ok<DeskRegistration>(OFFICE_ADMIN, {
      action: 'decide',
      registrationId: id('appl-2'),
      decision: 'approve',
    })
    expect(approved.status).toBe('confirmed')
    expect(
      await call(COURT, { action: 'decide', registrationId: id('appl-2'), decision: 'approve' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const { data } = await db.collection<EventRecord>('events').doc('a-approval').get()
    expect(data?.seatsTaken).toBe(1)
  })
})

describe('the export', () => {
  it('holds every registration with full contact details and check-in times', async () => {
    const exported = await ok<RegistrationExport>(COURT, { action: 'export', eventId: 'a-door' })
    const file = await fetch(exported.url)
    expect(file.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    // exceljs types its input as a Node Buffer of an older @types/node; an ArrayBuffer loads too.
    await workbook.xlsx.load((await file.arrayBuffer()) as unknown as ExcelJS.Buffer)
    const sheet = workbook.worksheets[0]
    const rows: string[][] = []
    sheet.eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))),
    )
    expect(rows[0][0]).toContain('签到测试 a-door')
    const header = rows[2]
    const body = rows.slice(3)
    expect(body).toHaveLength(exported.rows)
    const column = (name: string) => header.indexOf(name)
    const guest1 = body.find((r) => r[column('企业名称')] === '营口签到企业1号')!
    expect(guest1[column('手机号')]).toBe('13900000001')
    expect(guest1[column('统一社会信用代码')]).toBe(creditCode(1))
    expect(guest1[column('状态')]).toBe('已签到')
    expect(guest1[column('签到时间')]).toMatch(/^2025-04-15 10:00$/)
    expect(guest1[column('签到人')]).toBe('赵签到')
    const { data: audit } = await db
      .collection('auditLog')
      .where({ action: 'attendance.export' })
      .get()
    expect(audit).toHaveLength(1)
  })
})

describe('authorisation', () => {
  const MANAGE = [
    { action: 'decide', registrationId: 'a-door__guest-1', decision: 'approve' },
    { action: 'walkIn', eventId: 'a-door', contactName: '某人', attendees: 1 },
    { action: 'export', eventId: 'a-door' },
  ]
  const DOOR = [
    { action: 'overview', eventId: 'a-door' },
    { action: 'list', eventId: 'a-door' },
    { action: 'checkIn', eventId: 'a-door', ticket: '123456' },
  ]

  it('refuses citizens and other units everything, and staff all but the door, changing nothing', async () => {
    const before = await snapshot()
    const refused = [
      ...[CITIZEN, EDUCATION].flatMap((caller) =>
        [...MANAGE, ...DOOR].map((body) => ({ caller, body })),
      ),
      ...MANAGE.map((body) => ({ caller: STAFF, body })),
      { caller: STAFF, body: { action: 'overview', eventId: 'a-other' } },
    ]
    for (const { caller, body } of refused) {
      const result = await call(caller, body)
      expect({ caller, body, result }).toMatchObject({
        result: { ok: false, error: { code: 'FORBIDDEN' } },
      })
    }
    expect(await snapshot()).toBe(before)
  })
})
