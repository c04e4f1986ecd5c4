// The scheduled function as its timer trigger runs it: reminders go once to the right people the
// day before, and after the retention date registrations keep their figures and lose everything
// that identifies a person or an enterprise. Registrations are written straight into the
// database in their stored shape.
import { campaign } from '@/campaigns'
import type { CloudResult } from '@/contracts/errors'
import type { ScheduledReport } from '@/contracts/scheduled'
import type { Campaign } from '@/domain/campaign'
import type { EventRecord, EventStatus } from '@/domain/event'
import type { RegistrationStatus } from '@/domain/seats'
import { shanghaiInstant } from '@/domain/time'
import type { ClaimRecord, RegistrationRecord } from '@/server/registration-records'
import { startTestCloud, type TestCloud } from './local-cloud'

const TRIGGER = 'remindersAndRetention'
const TEMPLATE = 'local-template-event-reminder'
const PLACE = '营口自贸区综合服务中心三楼多功能报告厅（东侧入口）'

// Cold function instances and a busy machine make single calls slow now and then.
jest.setTimeout(30_000)

async function database() {
  return (await import('@/server/cloud')).db
}

function event(
  _id: string,
  day: string,
  fields: { campaignId?: string; status?: EventStatus; time?: string; title?: string } = {},
): EventRecord {
  return {
    _id,
    campaignId: fields.campaignId ?? campaign._id,
    title: fields.title ?? `提醒测试 ${_id}`,
    hosts: ['营口市市场监督管理局'],
    invited: [],
    unitIds: ['amr'],
    day,
    ...(fields.time ? { startAt: shanghaiInstant(`${day} ${fields.time}`) } : {}),
    place: { name: PLACE },
    audiences: ['enterprise'],
    forms: ['training'],
    description: '',
    featured: false,
    sample: false,
    status: fields.status ?? 'published',
    registration: { capacity: 50, perCompanyCap: 3, fields: [], approval: false },
  }
}

let serial = 0

/** A registration with every personal field filled, each value unique to it. */
function registration(
  eventId: string,
  n: number,
  status: RegistrationStatus,
  attendees = 1,
): RegistrationRecord {
  const openid = `o-${eventId}-${n}`
  const unique = String(++serial).padStart(4, '0')
  const creditCode = `91210800MA000${unique}X`
  return {
    _id: `${eventId}__${openid}`,
    eventId,
    openid,
    status,
    attendees,
    form: {
      companyName: `营口保密企业${eventId}${n}号`,
      creditCode,
      contactName: `联系人${eventId}${n}`,
      phone: `1390000${unique}`,
      attendees,
      crossBorder: n % 2 === 0,
      exportMarkets: ['北美'],
      expertQuestion: `保密问题${eventId}${n}`,
    },
    claimId: `${eventId}__cc__${creditCode}`,
    ticketToken: `ticket-${eventId}-${n}`,
    checkinCode: `87${unique}`,
    privacyVersion: '2025-04-01',
    createdAt: new Date('2025-04-16T02:00:00Z'),
    ...(status === 'rejected'
      ? { decidedAt: new Date(), decidedBy: `o-organiser-${unique}`, rejectReason: `理由${unique}` }
      : {}),
    ...(status === 'checked-in'
      ? { checkedInAt: new Date(), checkedInBy: `o-staff-${unique}` }
      : {}),
  }
}

function claimsOf(record: RegistrationRecord): ClaimRecord[] {
  const base = { eventId: record.eventId, registrationId: record._id }
  return [
    { ...base, _id: record.claimId as string, kind: 'credit-code' },
    { ...base, _id: `${record.eventId}__code__${record.checkinCode}`, kind: 'checkin-code' },
  ]
}

async function write(events: EventRecord[], records: RegistrationRecord[]) {
  const db = await database()
  for (const record of events) await db.collection<EventRecord>('events').add({ data: record })
  for (const record of records) {
    await db.collection<RegistrationRecord>('registrations').add({ data: record })
    for (const claim of claimsOf(record)) {
      await db.collection<ClaimRecord>('registrationClaims').add({ data: claim })
    }
  }
}

async function everything<T>(collection: 'registrations' | 'registrationClaims'): Promise<T[]> {
  const db = await database()
  const rows: T[] = []
  for (let offset = 0; ; offset += 100) {
    const { data } = await db
      .collection<T>(collection)
      .where({})
      .orderBy('_id', 'asc')
      .skip(offset)
      .limit(100)
      .get()
    rows.push(...data)
    if (data.length < 100) return rows
  }
}

type Stored = RegistrationRecord & { remindedAt?: Date }

async function runJobs(t: TestCloud): Promise<ScheduledReport> {
  const timer = { Type: 'Timer', TriggerName: TRIGGER, Time: new Date().toISOString() }
  const result = (await t.cloud.pool.invoke('scheduled', timer, {
    openid: '',
  })) as CloudResult<ScheduledReport>
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.data
}

const reminders = async (t: TestCloud) =>
  (await t.cloud.tcb.outbox()).filter((entry) => entry.apiName === 'subscribeMessage.send')

describe('the day before the events (retention period running)', () => {
  let t: TestCloud
  const savedTemplate = process.env.TEMPLATE_EVENT_REMINDER
  const long = '知识产权与人工智能跨境电商海外维权专题宣贯培训会'
  const events = [
    event('rem-tomorrow', '2025-04-23', { time: '09:30', title: long }),
    event('rem-tomorrow-untimed', '2025-04-23'),
    event('rem-tomorrow-cancelled', '2025-04-23', { status: 'cancelled' }),
    event('rem-today', '2025-04-22', { time: '14:00' }),
    event('rem-after', '2025-04-24', { time: '09:30' }),
  ]
  const records = [
    registration('rem-tomorrow', 1, 'confirmed', 2),
    registration('rem-tomorrow', 2, 'confirmed'),
    registration('rem-tomorrow', 3, 'confirmed'),
    registration('rem-tomorrow', 4, 'pending', 3),
    registration('rem-tomorrow', 5, 'pending'),
    registration('rem-tomorrow', 6, 'waitlisted'),
    registration('rem-tomorrow', 7, 'cancelled'),
    registration('rem-tomorrow', 8, 'rejected'),
    registration('rem-tomorrow-untimed', 1, 'confirmed'),
    registration('rem-tomorrow-cancelled', 1, 'confirmed'),
    registration('rem-today', 1, 'confirmed'),
    registration('rem-after', 1, 'confirmed'),
  ]
  const remindedIds = records
    .filter(
      (record) =>
        record.eventId.startsWith('rem-tomorrow') &&
        record.eventId !== 'rem-tomorrow-cancelled' &&
        (record.status === 'confirmed' || record.status === 'pending'),
    )
    .map((record) => record._id)

  beforeAll(async () => {
    process.env.TEMPLATE_EVENT_REMINDER = TEMPLATE
    t = await startTestCloud({ now: '2025-04-22T10:00:00+08:00', workers: 4 })
    await write(events, records)
  }, 60_000)
  afterAll(async () => {
    await t.stop()
    if (savedTemplate === undefined) delete process.env.TEMPLATE_EVENT_REMINDER
    else process.env.TEMPLATE_EVENT_REMINDER = savedTemplate
  })

  it('refuses a user, signed in or anonymous, and changes nothing', async () => {
    const timer = { Type: 'Timer', TriggerName: TRIGGER }
    const { body } = await t.call<CloudResult<unknown>>('scheduled', timer, 'some-openid')
    expect(body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    // No OPENID is not enough: a client's call through the gateway is still a client's.
    const anonymous = await t.call<CloudResult<unknown>>('scheduled', timer)
    expect(anonymous.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await reminders(t)).toEqual([])
    const stored = await everything<Stored>('registrations')
    expect(stored.filter((record) => record.remindedAt)).toEqual([])
  })

  it('refuses anything but its own timer trigger', async () => {
    for (const call of [{ action: 'run' }, { Type: 'Timer', TriggerName: 'other' }]) {
      const result = await t.cloud.pool.invoke('scheduled', call, { openid: '' })
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    }
  })

  it('reminds confirmed and pending registrants of tomorrow’s events once, however many runs overlap', async () => {
    const [first, second] = await Promise.all([runJobs(t), runJobs(t)])
    const third = await runJobs(t)
    for (const report of [first, second, third]) {
      expect(report.reminders).toMatchObject({ day: '2025-04-23', templateConfigured: true })
      expect(report.reminders.failed).toBe(0)
    }
    expect(first.reminders.sent + second.reminders.sent).toBe(remindedIds.length)
    expect(third.reminders).toMatchObject({ due: 0, sent: 0 })

    const sent = await reminders(t)
    expect(sent.map((entry) => entry.openid).sort()).toEqual(
      records
        .filter((record) => remindedIds.includes(record._id))
        .map((record) => record.openid)
        .sort(),
    )
    const stored = await everything<Stored>('registrations')
    expect(
      stored
        .filter((record) => record.remindedAt)
        .map((record) => record._id)
        .sort(),
    ).toEqual([...remindedIds].sort())
  })

  it('says what, when and where, and opens the ticket', async () => {
    const sent = await reminders(t)
    const to = (openid: string) => sent.find((entry) => entry.openid === openid)?.payload
    expect(to('o-rem-tomorrow-1')).toEqual({
      touser: 'o-rem-tomorrow-1',
      template_id: TEMPLATE,
      page: 'packages/registration/ticket/index?id=rem-tomorrow',
      data: {
        thing1: { value: `${Array.from(long).slice(0, 19).join('')}…` },
        time2: { value: '2025年4月23日 09:30' },
        thing3: { value: `${Array.from(PLACE).slice(0, 19).join('')}…` },
        thing4: { value: '活动明天举行，请凭电子票入场' },
      },
    })
    expect(to('o-rem-tomorrow-4')).toMatchObject({
      data: { thing4: { value: '报名待主办单位审核，请留意通知' } },
    })
    expect(to('o-rem-tomorrow-untimed-1')).toMatchObject({
      data: { time2: { value: '2025年4月23日' } },
    })
  })

  it('anonymises nothing before the retention date', async () => {
    const report = await runJobs(t)
    expect(report.anonymisation).toEqual({
      campaignsPastRetention: [],
      registrationsAnonymised: 0,
      claimsRemoved: 0,
    })
    const stored = await everything<Stored>('registrations')
    const byId = (a: { _id: string }, b: { _id: string }) => (a._id < b._id ? -1 : 1)
    expect(stored.map(({ remindedAt: _reminded, ...record }) => record).sort(byId)).toEqual(
      [...records].sort(byId),
    )
    expect(await everything('registrationClaims')).toHaveLength(records.length * 2)
  })
})

describe('after the retention date', () => {
  let t: TestCloud
  const savedTemplate = process.env.TEMPLATE_EVENT_REMINDER
  // A later week still within its retention period, with an event tomorrow.
  const nextYear: Campaign = {
    ...campaign,
    _id: 'next-year',
    year: 2026,
    firstDay: '2026-04-20',
    lastDay: '2026-04-26',
    deadlines: campaign.deadlines.map((d) => ({ ...d, dueDay: d.dueDay.replace('2025', '2026') })),
  }
  const events = [
    event('anon-a', '2025-04-23', { time: '09:30' }),
    event('anon-b', '2025-04-24', { status: 'cancelled' }),
    event('kept', '2025-06-02', { campaignId: nextYear._id, time: '09:30' }),
  ]
  const statuses: RegistrationStatus[] = [
    'confirmed',
    'checked-in',
    'pending',
    'waitlisted',
    'rejected',
    'cancelled',
  ]
  const expired = [
    ...statuses.map((status, i) => registration('anon-a', i + 1, status, (i % 3) + 1)),
    ...statuses.map((status, i) => registration('anon-a', i + 11, status)),
    registration('anon-b', 1, 'cancelled', 2),
    registration('anon-b', 2, 'confirmed'),
  ]
  const current = [registration('kept', 1, 'confirmed'), registration('kept', 2, 'pending')]
  let report: ScheduledReport

  /** Registrations per event and status, and their attendees. */
  const figures = (rows: Pick<RegistrationRecord, 'eventId' | 'status' | 'attendees'>[]) => {
    const result: Record<string, { registrations: number; attendees: number }> = {}
    for (const row of rows) {
      const key = `${row.eventId} ${row.status}`
      result[key] ??= { registrations: 0, attendees: 0 }
      result[key].registrations++
      result[key].attendees += row.attendees
    }
    return result
  }

  beforeAll(async () => {
    delete process.env.TEMPLATE_EVENT_REMINDER
    t = await startTestCloud({ now: '2025-06-01T10:00:00+08:00', workers: 2 })
    const db = await database()
    const { _id, ...fields } = nextYear
    await db.collection<Campaign>('campaigns').doc(_id).set({ data: fields })
    await write(events, [...expired, ...current])
    report = await runJobs(t)
  }, 60_000)
  afterAll(async () => {
    await t.stop()
    if (savedTemplate !== undefined) process.env.TEMPLATE_EVENT_REMINDER = savedTemplate
  })

  it('reports what it did', () => {
    expect(report.anonymisation).toEqual({
      campaignsPastRetention: [campaign._id],
      registrationsAnonymised: expired.length,
      claimsRemoved: expired.length * 2,
    })
  })

  it('leaves nothing that identifies a person or an enterprise', async () => {
    const secrets = expired.flatMap((record) => [
      record._id,
      record.openid,
      record.form.companyName as string,
      record.form.creditCode as string,
      record.form.contactName as string,
      record.form.phone as string,
      record.form.expertQuestion as string,
      record.ticketToken,
      record.checkinCode as string,
      ...[record.decidedBy, record.rejectReason, record.checkedInBy].filter(
        (value): value is string => value !== undefined,
      ),
    ])
    const stored = JSON.stringify([
      await everything('registrations'),
      await everything('registrationClaims'),
    ])
    expect(secrets.filter((secret) => stored.includes(secret))).toEqual([])
  })

  it('keeps the figures: counts by status, attendees, the non-personal answers and the times', async () => {
    const anonymised = (await everything<Stored>('registrations')).filter((record) =>
      record.eventId.startsWith('anon-'),
    )
    expect(figures(anonymised)).toEqual(figures(expired))
    for (const record of anonymised) {
      expect(record._id).toMatch(/^anon-[0-9a-f]{32}$/)
      expect(record).not.toHaveProperty('openid')
      expect(record.anonymisedAt).toEqual(new Date('2025-06-01T02:00:00Z'))
      expect(record.createdAt).toEqual(new Date('2025-04-16T02:00:00Z'))
      expect(Object.keys(record.form).sort()).toEqual(['attendees', 'crossBorder', 'exportMarkets'])
    }
    expect(anonymised.filter((record) => record.checkedInAt)).toHaveLength(2)
    expect(anonymised.filter((record) => record.form.crossBorder)).toHaveLength(
      expired.filter((record) => record.form.crossBorder).length,
    )
  })

  it('leaves a campaign within its retention period as it was', async () => {
    const stored = await everything<Stored>('registrations')
    expect(stored.filter((record) => record.eventId === 'kept')).toEqual(current)
    const claims = await everything<ClaimRecord>('registrationClaims')
    expect(claims.map((claim) => claim._id).sort()).toEqual(
      current
        .flatMap(claimsOf)
        .map((claim) => claim._id)
        .sort(),
    )
  })

  it('counts reminders due but sends and marks nothing without a template', async () => {
    expect(report.reminders).toEqual({
      day: '2025-06-02',
      events: 1,
      due: 2,
      sent: 0,
      takenByAnotherRun: 0,
      failed: 0,
      templateConfigured: false,
    })
    expect(await reminders(t)).toEqual([])
  })

  it('changes nothing when it runs again', async () => {
    const before = [await everything('registrations'), await everything('registrationClaims')]
    const again = await runJobs(t)
    expect(again.anonymisation).toEqual({
      campaignsPastRetention: [campaign._id],
      registrationsAnonymised: 0,
      claimsRemoved: 0,
    })
    expect([await everything('registrations'), await everything('registrationClaims')]).toEqual(
      before,
    )
  })
})

describe('quiz names, export files and rate-limit counters', () => {
  let t: TestCloud
  let cloud: typeof import('@/server/cloud')
  const day = 24 * 60 * 60 * 1000
  beforeAll(async () => {
    // 1 June 2025: the 2025 week's retention ended with 29 May.
    t = await startTestCloud({ now: '2025-06-01T10:00:00+08:00', workers: 2 })
    cloud = await import('@/server/cloud')
  }, 60_000)
  afterAll(() => t.stop())

  it('removes names given before the retention date, keeping scores and later names', async () => {
    const best = cloud.db.collection('quizBest')
    const during = new Date('2025-04-22T02:00:00Z')
    const after = new Date('2025-05-30T02:00:00Z')
    await best.add({
      data: {
        _id: 'q-old',
        score: 90,
        durationSeconds: 80,
        attemptId: 'a',
        achievedAt: during,
        name: '张三',
        school: '营口一中',
      },
    })
    await best.add({
      data: {
        _id: 'q-new',
        score: 70,
        durationSeconds: 60,
        attemptId: 'b',
        achievedAt: after,
        name: '李四',
      },
    })
    const report = await runJobs(t)
    expect(report.quizNames.cleared).toBe(1)
    const { data } = await best.orderBy('_id', 'asc').get()
    expect(data).toEqual([
      expect.objectContaining({ _id: 'q-new', name: '李四' }),
      expect.objectContaining({ _id: 'q-old', score: 90, school: '营口一中' }),
    ])
    expect(data[1]).not.toHaveProperty('name')
  })

  it('deletes export files a day after they were made', async () => {
    const upload = (name: string) =>
      cloud.storage.uploadFile({
        cloudPath: `exports/test/${name}.xlsx`,
        fileContent: Buffer.from(name),
      })
    const [old, fresh] = [await upload('old'), await upload('fresh')]
    const now = new Date('2025-06-01T02:00:00Z').getTime()
    await cloud.db.collection('exportFiles').add({
      data: {
        _id: 'old',
        fileID: old.fileID,
        createdAt: new Date(now - 2 * day),
        deleteAfter: new Date(now - day),
      },
    })
    await cloud.db.collection('exportFiles').add({
      data: {
        _id: 'fresh',
        fileID: fresh.fileID,
        createdAt: new Date(now),
        deleteAfter: new Date(now + day),
      },
    })
    const report = await runJobs(t)
    expect(report.exports).toEqual({ removed: 1 })
    await expect(cloud.storage.downloadFile({ fileID: old.fileID })).rejects.toBeTruthy()
    expect(
      (await cloud.storage.downloadFile({ fileID: fresh.fileID })).fileContent.toString(),
    ).toBe('fresh')
    const { data } = await cloud.db.collection<{ _id: string }>('exportFiles').get()
    expect(data.map((file) => file._id)).toEqual(['fresh'])
  })

  it('removes rate-limit counters whose window has ended', async () => {
    const counters = cloud.db.collection<{ _id: string }>('rateLimits')
    const now = new Date('2025-06-01T02:00:00Z').getTime()
    await counters.add({ data: { _id: 'ended', key: 'k', count: 3, expiresAt: new Date(now - 1) } })
    await counters.add({
      data: { _id: 'open', key: 'k', count: 1, expiresAt: new Date(now + day) },
    })
    expect((await runJobs(t)).allowances).toEqual({ removed: 1 })
    const { data } = await counters.get()
    expect(data.map((counter) => counter._id)).toEqual(['open'])
  })
})
