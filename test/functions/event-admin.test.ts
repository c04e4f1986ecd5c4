// The eventAdmin function through the gateway: a unit's event goes from draft through the office's
// review to citizens; units touch only their own events, staff and citizens nothing; bad input and
// refused steps change nothing; a published event's change of time or place, or its
// cancellation, reaches its registrants once, in the outbox.
import type { CloudResult } from '@/contracts/errors'
import type {
  EventChange,
  ManagedEvent,
  ManagedEventPage,
  NoticeReport,
} from '@/contracts/event-admin'
import type { EventPage } from '@/contracts/events'
import type { RegistrationView } from '@/contracts/registrations'
import type { EventRecord, EventView } from '@/domain/event'
import type { EventDraft } from '@/domain/event-edit'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacy'
import type { CollectionName } from '@/server/collections'
import type { AuditRecord } from '@/server/organisers/records'
import type { RegistrationRecord } from '@/server/registration-records'
import type { TestCloud } from './local-cloud'
import {
  bindOfficeAdmin,
  bindOrganiser,
  OFFICE_ADMIN,
  startOrganiserCloud,
} from './organiser-fixture'

const CHANGED_TEMPLATE = 'local-template-event-changed'
const COURT = 'court-editor'
const TEACHER = 'education-editor'
const STAFF = 'door-staff'
const PLAN_EVENT = 'yk2025-0423-cross-border-ecommerce'

// Cold function instances and a busy machine make single calls slow now and then.
jest.setTimeout(30_000)

let t: TestCloud
let db: typeof import('@/server/cloud').db
beforeAll(async () => {
  t = await startOrganiserCloud({
    now: '2025-04-15T10:00:00+08:00',
    env: { TEMPLATE_EVENT_CHANGED: CHANGED_TEMPLATE },
  })
  db = (await import('@/server/cloud')).db
  await bindOfficeAdmin(t)
  await bindOrganiser(t, COURT, { kind: 'unit-editor', unitId: 'court' }, '李法官')
  await bindOrganiser(t, TEACHER, { kind: 'unit-editor', unitId: 'education' }, '周老师')
  await bindOrganiser(t, STAFF, { kind: 'checkin-staff', eventIds: [PLAN_EVENT] }, '赵签到')
}, 60_000)
afterAll(() => t.stop())

async function call<T>(openid: string, body: object): Promise<CloudResult<T>> {
  return (await t.call<CloudResult<T>>('eventAdmin', body, openid)).body
}

async function ok<T>(openid: string, body: object): Promise<T> {
  const result = await call<T>(openid, body)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.data
}

async function citizen<T>(name: string, body: object, openid = 'citizen'): Promise<CloudResult<T>> {
  return (await t.call<CloudResult<T>>(name, body, openid)).body
}

const draft = (changes: Partial<EventDraft> = {}): EventDraft => ({
  title: '知识产权司法保护开放日',
  description: '走进法院，了解知识产权案件审理。',
  hosts: ['营口市中级人民法院'],
  invited: [],
  unitIds: ['court'],
  day: '2025-04-22',
  startTime: '14:00',
  endTime: '16:00',
  place: { name: '市法院第一法庭', address: '营口市站前区', latitude: 40.669, longitude: 122.245 },
  audiences: ['enterprise', 'public'],
  forms: ['exchange'],
  registration: {
    capacity: 2,
    perCompanyCap: 1,
    fields: ['contactName', 'phone', 'attendees'],
    approval: false,
  },
  ...changes,
})

const create = (openid: string, fields: EventDraft) =>
  ok<EventChange>(openid, { action: 'saveDraft', fields })

async function save(openid: string, eventId: string, fields: EventDraft) {
  const { revision } = await ok<ManagedEvent>(openid, { action: 'get', eventId })
  return call<EventChange>(openid, { action: 'saveDraft', eventId, revision, fields })
}

/** Created by the court's editor and published by the office. */
async function publishedEvent(fields: EventDraft = draft()): Promise<string> {
  const { event } = await create(COURT, fields)
  await ok(COURT, { action: 'submitForReview', eventId: event.eventId })
  await ok(OFFICE_ADMIN, { action: 'publish', eventId: event.eventId })
  return event.eventId
}

const stored = async (eventId: string) =>
  (await db.collection<EventRecord>('events').doc(eventId).get()).data as EventRecord

/** Every document a refused call might have touched. */
async function snapshot(): Promise<string> {
  const names: CollectionName[] = ['events', 'registrations', 'auditLog']
  const all = await Promise.all(
    names.map(async (name) => (await db.collection(name).limit(1000).get()).data),
  )
  return JSON.stringify(all)
}

const notices = async () =>
  (await t.cloud.tcb.outbox()).filter(
    (entry) =>
      entry.apiName === 'subscribeMessage.send' && entry.payload.template_id === CHANGED_TEMPLATE,
  )

async function register(eventId: string, openid: string, n: number) {
  const form = { contactName: '王经理', phone: `138${String(n).padStart(8, '0')}`, attendees: 1 }
  const result = await citizen<RegistrationView>(
    'registrations',
    { action: 'register', eventId, form, privacy: PRIVACY_NOTICE_VERSION },
    openid,
  )
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.data
}

describe('a unit’s event', () => {
  it('is invisible to citizens until the office publishes it', async () => {
    const { event } = await create(COURT, draft())
    expect(event).toMatchObject({
      status: 'draft',
      statusText: '草稿',
      revision: 1,
      actions: ['edit', 'submit'],
      fields: draft(),
    })
    const hidden = async () => {
      const got = await citizen('events', { action: 'get', id: event.eventId })
      expect(got).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      const day = await citizen<EventPage>('events', { action: 'list', day: '2025-04-22' })
      expect(day.ok && day.data.items.map((e) => e._id)).not.toContain(event.eventId)
      const form = { contactName: '王经理', phone: '13800000001', attendees: 1 }
      const registered = await citizen('registrations', {
        action: 'register',
        eventId: event.eventId,
        form,
        privacy: PRIVACY_NOTICE_VERSION,
      })
      expect(registered).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
    await hidden()

    const submitted = await ok<EventChange>(COURT, {
      action: 'submitForReview',
      eventId: event.eventId,
    })
    expect(submitted.event).toMatchObject({ status: 'in-review', actions: [] })
    expect(await save(COURT, event.eventId, draft({ title: '审核中修改' }))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('审核') },
    })
    await hidden()

    const returned = await ok<EventChange>(OFFICE_ADMIN, {
      action: 'returnToUnit',
      eventId: event.eventId,
      reason: '请补充活动简介',
    })
    expect(returned.event).toMatchObject({ status: 'returned', statusReason: '请补充活动简介' })
    const edited = await save(
      COURT,
      event.eventId,
      draft({ description: '走进法院，旁听知识产权案件庭审，法官现场答疑。' }),
    )
    expect(edited).toMatchObject({ ok: true, data: { event: { revision: 4 } } })
    await ok(COURT, { action: 'submitForReview', eventId: event.eventId })
    await hidden()

    const published = await ok<EventChange>(OFFICE_ADMIN, {
      action: 'publish',
      eventId: event.eventId,
    })
    expect(published.event).toMatchObject({ status: 'published', statusText: '已发布' })
    expect(published.event.statusReason).toBeUndefined()
    const got = await citizen<EventView>('events', { action: 'get', id: event.eventId })
    expect(got).toMatchObject({
      ok: true,
      data: {
        title: '知识产权司法保护开放日',
        startAt: '2025-04-22T06:00:00.000Z',
        endAt: '2025-04-22T08:00:00.000Z',
        place: { name: '市法院第一法庭', latitude: 40.669 },
        registration: { capacity: 2, perCompanyCap: 1 },
      },
    })
    const day = await citizen<EventPage>('events', { action: 'list', day: '2025-04-22' })
    expect(day.ok && day.data.items.map((e) => e._id)).toContain(event.eventId)
  })

  it('is in its unit’s list with its status; the office lists every unit’s', async () => {
    const { event } = await create(TEACHER, draft({ unitIds: ['education'], hosts: ['市教育局'] }))
    const court = await ok<ManagedEventPage>(COURT, { action: 'mine' })
    expect(court.items.every((item) => item.unitIds.includes('court'))).toBe(true)
    expect(court.items.map((item) => item.eventId)).toEqual(
      expect.arrayContaining([PLAN_EVENT, 'yk2025-sample-0422-court']),
    )
    expect(court.items.map((item) => item.eventId)).not.toContain(event.eventId)

    const drafts = await ok<ManagedEventPage>(OFFICE_ADMIN, {
      action: 'mine',
      unit: 'education',
      status: 'draft',
    })
    expect(drafts.items).toEqual([
      expect.objectContaining({
        eventId: event.eventId,
        status: 'draft',
        capacity: 2,
        seatsTaken: 0,
        actions: ['edit', 'submit', 'publish', 'cancel'],
      }),
    ])
    expect(await call(COURT, { action: 'mine', unit: 'education' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })
})

describe('authorisation', () => {
  it('keeps a unit editor to their own unit’s events, changing nothing', async () => {
    const eventId = await publishedEvent()
    const { event } = await create(COURT, draft({ title: '法院的草稿' }))
    const before = await snapshot()
    for (const id of [eventId, event.eventId]) {
      const { revision } = await ok<ManagedEvent>(COURT, { action: 'get', eventId: id })
      for (const body of [
        { action: 'get', eventId: id },
        { action: 'saveDraft', eventId: id, revision, fields: draft({ title: '改成教育局的' }) },
        {
          action: 'saveDraft',
          eventId: id,
          revision,
          fields: draft({ unitIds: ['education'] }),
        },
        { action: 'submitForReview', eventId: id },
        { action: 'notifyRegistrants', eventId: id },
      ]) {
        expect({ body, result: await call(TEACHER, body) }).toMatchObject({
          result: { ok: false, error: { code: 'FORBIDDEN' } },
        })
      }
    }
    // Nor may the court hand its own event to another unit, or start one for another unit.
    const { revision } = await ok<ManagedEvent>(COURT, { action: 'get', eventId: event.eventId })
    const away = { unitIds: ['education'] }
    for (const body of [
      { action: 'saveDraft', eventId: event.eventId, revision, fields: draft(away) },
      { action: 'saveDraft', fields: draft(away) },
    ]) {
      expect(await call(COURT, body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await snapshot()).toBe(before)
  })

  it('leaves publishing, returning, taking down and cancelling to the office', async () => {
    const eventId = await publishedEvent()
    const { event } = await create(COURT, draft())
    await ok(COURT, { action: 'submitForReview', eventId: event.eventId })
    const before = await snapshot()
    for (const body of [
      { action: 'publish', eventId: event.eventId },
      { action: 'returnToUnit', eventId: event.eventId, reason: '自己退回' },
      { action: 'unpublish', eventId, reason: '先撤下' },
      { action: 'cancel', eventId, reason: '不办了' },
    ]) {
      expect({ body, result: await call(COURT, body) }).toMatchObject({
        result: { ok: false, error: { code: 'FORBIDDEN' } },
      })
    }
    // Once published, what the office reviewed is the office's to change.
    const retitled = await save(COURT, eventId, draft({ title: '法院自行改名' }))
    expect(retitled).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('标题') },
    })
    expect(await snapshot()).toBe(before)
  })

  it('refuses check-in staff and citizens every action, changing nothing', async () => {
    const eventId = await publishedEvent()
    const fields = draft()
    const before = await snapshot()
    for (const caller of [STAFF, 'citizen']) {
      for (const body of [
        { action: 'mine' },
        { action: 'get', eventId },
        { action: 'get', eventId: PLAN_EVENT },
        { action: 'get', eventId: 'no-such-event' },
        { action: 'saveDraft', fields },
        { action: 'saveDraft', eventId, revision: 3, fields },
        { action: 'submitForReview', eventId },
        { action: 'publish', eventId },
        { action: 'returnToUnit', eventId, reason: '退回重改' },
        { action: 'unpublish', eventId, reason: '撤下' },
        { action: 'cancel', eventId, reason: '取消' },
        { action: 'notifyRegistrants', eventId },
      ]) {
        expect({ caller, body, result: await call(caller, body) }).toMatchObject({
          result: { ok: false, error: { code: 'FORBIDDEN' } },
        })
      }
    }
    expect(await snapshot()).toBe(before)
    expect(
      (await t.call<CloudResult<unknown>>('eventAdmin', { action: 'mine' })).body,
    ).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })
})

describe('bad input', () => {
  it('is refused field by field in Chinese, changing nothing', async () => {
    const { event } = await create(COURT, draft())
    const before = await snapshot()
    const bad = draft({
      title: '会',
      day: '2025-05-01',
      startTime: '16:00',
      endTime: '15:00',
      place: { name: '', latitude: 95, longitude: 122 },
      registration: {
        // No usable capacity: the per-company cap is not judged against it as well.
        capacity: 0,
        perCompanyCap: 3,
        fields: ['contactName'],
        approval: true,
        closesAt: '2025-05-02 09:00',
      },
    })
    for (const body of [
      { action: 'saveDraft', fields: bad },
      { action: 'saveDraft', eventId: event.eventId, revision: 1, fields: bad },
    ]) {
      const result = await call(COURT, body)
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'INVALID_ARGUMENT',
          fields: {
            title: '标题至少2个字',
            endTime: '结束时间应晚于开始时间',
            day: expect.stringContaining('4月11日 周五至4月26日 周六'),
            'place.name': '请填写活动地点',
            'place.latitude': '纬度应在-90至90之间',
            'registration.capacity': expect.stringContaining('名额'),
            'registration.fields': expect.stringContaining('参会人数'),
            'registration.closesAt': '报名截止时间应早于活动开始时间',
          },
        },
      })
    }
    for (const body of [
      { action: 'saveDraft', fields: { ...draft(), audiences: ['aliens'] } },
      { action: 'saveDraft', fields: { ...draft(), startTime: '9点半' } },
      { action: 'saveDraft', fields: { ...draft(), extra: true } },
      { action: 'saveDraft', eventId: event.eventId, fields: draft() },
      { action: 'returnToUnit', eventId: event.eventId, reason: '' },
      { action: 'nonsense' },
    ]) {
      const result = await call(OFFICE_ADMIN, body)
      expect({ body, result }).toMatchObject({
        result: { ok: false, error: { code: 'INVALID_ARGUMENT', message: expect.any(String) } },
      })
      expect(!result.ok && /[\u4e00-\u9fff]/.test(result.error.message)).toBe(true)
    }
    expect(await snapshot()).toBe(before)
  })

  it('refuses a save over someone else’s newer change', async () => {
    const { event } = await create(COURT, draft())
    const stale = { action: 'saveDraft', eventId: event.eventId, revision: 1 }
    expect(await call(COURT, { ...stale, fields: draft({ title: '第一次修改' }) })).toMatchObject({
      ok: true,
    })
    expect(
      await call(OFFICE_ADMIN, { ...stale, fields: draft({ title: '旧版本上的修改' }) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    expect((await stored(event.eventId)).title).toBe('第一次修改')
  })
})

describe('a published event with registrants', () => {
  let eventId: string
  beforeAll(async () => {
    eventId = await publishedEvent(draft({ title: '典型案例发布会' }))
    await register(eventId, 'reg-a', 1)
    await register(eventId, 'reg-b', 2)
    expect((await register(eventId, 'reg-c', 3)).status).toBe('waitlisted')
    await register(eventId, 'reg-gone', 4)
    await citizen('registrations', { action: 'cancel', eventId }, 'reg-gone')
  })

  it('keeps at least the seats taken', async () => {
    const before = await snapshot()
    const fields = draft({ title: '典型案例发布会' })
    const fewer = await save(COURT, eventId, {
      ...fields,
      registration: { ...fields.registration!, capacity: 1 },
    })
    expect(fewer).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        fields: { 'registration.capacity': '已有2人占用名额，名额不能少于2' },
      },
    })
    const none = await save(COURT, eventId, { ...fields, registration: undefined })
    expect(none).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(await snapshot()).toBe(before)
  })

  it('tells confirmed, pending and waitlisted registrants of a new time, once', async () => {
    const fields = draft({ title: '典型案例发布会', startTime: '15:00', endTime: '17:00' })
    const saved = await save(COURT, eventId, fields)
    expect(saved).toMatchObject({
      ok: true,
      data: { notices: { kind: 'changed', sent: 3, failed: 0, remaining: false } },
    })
    const sent = await notices()
    expect(sent.map((entry) => entry.openid).sort()).toEqual(['reg-a', 'reg-b', 'reg-c'])
    expect(sent[0].payload).toEqual({
      touser: sent[0].openid,
      template_id: CHANGED_TEMPLATE,
      page: `packages/events/detail/index?id=${eventId}`,
      data: {
        thing1: { value: '典型案例发布会' },
        time2: { value: '2025年4月22日 15:00' },
        thing3: { value: '市法院第一法庭' },
        thing4: { value: '活动时间已调整，请以本通知为准' },
      },
    })
    const again = await ok<NoticeReport>(COURT, { action: 'notifyRegistrants', eventId })
    expect(again).toMatchObject({ sent: 0, remaining: false })
    expect(await notices()).toHaveLength(3)
    // A change that moves nobody (the description) tells nobody.
    const described = await save(OFFICE_ADMIN, eventId, {
      ...fields,
      description: '发布典型案例。',
    })
    expect(described.ok && described.data.notices).toBeUndefined()
    expect(await notices()).toHaveLength(3)
  })

  it('gives added seats to the waiting list in order', async () => {
    const fields = draft({ title: '典型案例发布会', startTime: '15:00', endTime: '17:00' })
    const more = await save(COURT, eventId, {
      ...fields,
      description: '发布典型案例。',
      registration: { ...fields.registration!, capacity: 3 },
    })
    expect(more).toMatchObject({ ok: true, data: { event: { seatsTaken: 3 } } })
    const mine = await citizen<{ items: RegistrationView[] }>(
      'registrations',
      { action: 'mine' },
      'reg-c',
    )
    expect(mine).toMatchObject({ ok: true, data: { items: [{ status: 'confirmed' }] } })
  })

  it('cannot be taken down, but can be cancelled, and registrants hear why', async () => {
    const before = await snapshot()
    const down = await call(OFFICE_ADMIN, { action: 'unpublish', eventId, reason: '内容需调整' })
    expect(down).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('已有3份报名') },
    })
    expect(await snapshot()).toBe(before)

    const cancelled = await ok<EventChange>(OFFICE_ADMIN, {
      action: 'cancel',
      eventId,
      reason: '法庭临时安排庭审',
    })
    expect(cancelled).toMatchObject({
      event: { status: 'cancelled', statusReason: '法庭临时安排庭审', actions: [] },
      notices: { kind: 'cancelled', sent: 3 },
    })
    const told = (await notices()).slice(3)
    expect(told.map((entry) => entry.openid).sort()).toEqual(['reg-a', 'reg-b', 'reg-c'])
    expect(told[0].payload).toMatchObject({
      page: 'packages/registration/mine/index',
      data: { thing4: { value: '活动已取消：法庭临时安排庭审' } },
    })
    expect(await citizen('events', { action: 'get', id: eventId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })
})

describe('a capacity change while people register', () => {
  it('never leaves more seats taken than the event has', async () => {
    const fields = draft({
      title: '名额调整',
      registration: { ...draft().registration!, capacity: 10 },
    })
    const eventId = await publishedEvent(fields)
    for (let n = 0; n < 3; n++) await register(eventId, `early-${n}`, 100 + n)
    const lower = { ...fields, registration: { ...fields.registration!, capacity: 5 } }
    const [lowered] = await Promise.all([
      save(COURT, eventId, lower),
      ...Array.from({ length: 12 }, (_, n) => register(eventId, `rush-${n}`, 200 + n)),
    ])
    const event = await stored(eventId)
    const { data } = await db
      .collection<RegistrationRecord>('registrations')
      .where({ eventId, status: 'confirmed' })
      .get()
    // Either the capacity came down before more than five seats went, or it was refused.
    expect(event.registration?.capacity).toBe(lowered.ok ? 5 : 10)
    if (!lowered.ok) expect(lowered.error.code).toMatch(/INVALID_ARGUMENT|CONFLICT/)
    expect(event.seatsTaken).toBe(data.length)
    expect(data.length).toBeLessThanOrEqual(event.registration?.capacity ?? 0)
  })
})

describe('a crowd of registrants', () => {
  const TOLD = ['confirmed', 'pending', 'waitlisted'] as const
  const NOT_TOLD = ['cancelled', 'rejected', 'checked-in'] as const
  let eventId: string

  /** Stored directly, in their stored shape: more than one batch of them. */
  async function crowd(): Promise<string[]> {
    const told: string[] = []
    for (let n = 0; n < 230; n++) {
      const status = n < 210 ? TOLD[n % 3] : NOT_TOLD[n % 3]
      // A walk-in added at the door has nobody to message.
      const openid = n === 209 ? '' : `crowd-${String(n).padStart(3, '0')}`
      if (TOLD.includes(status as never) && openid) told.push(openid)
      await db.collection<RegistrationRecord>('registrations').add({
        data: {
          _id: `${eventId}__${openid || `walk-in-${n}`}`,
          eventId,
          openid,
          status,
          attendees: 1,
          form: { contactName: '王经理', phone: '13800000000', attendees: 1 },
          ticketToken: `token-${n}`,
          privacyVersion: PRIVACY_NOTICE_VERSION,
        },
      })
    }
    return told
  }

  const toldAbout = async () =>
    (await notices())
      .filter((entry) => entry.payload.page === `packages/events/detail/index?id=${eventId}`)
      .map((entry) => entry.openid as string)

  it('each hears of a new place exactly once, however the calls are cut short or overlap', async () => {
    const fields = draft({
      title: '人很多的活动',
      registration: { ...draft().registration!, capacity: 500 },
    })
    eventId = await publishedEvent(fields)
    const told = await crowd()
    const moved = await save(COURT, eventId, {
      ...fields,
      place: { name: '市法院第二法庭', address: '营口市站前区' },
    })
    expect(moved).toMatchObject({ ok: true, data: { notices: { kind: 'changed', failed: 0 } } })
    let report = moved.ok ? moved.data.notices : undefined
    for (let round = 0; report?.remaining && round < 30; round++) {
      const both = await Promise.all(
        [OFFICE_ADMIN, COURT].map((openid) =>
          ok<NoticeReport>(openid, { action: 'notifyRegistrants', eventId }),
        ),
      )
      report = both.find((r) => r.remaining) ?? both[0]
    }
    expect(report?.remaining).toBe(false)
    const heard = await toldAbout()
    expect(heard.sort()).toEqual(told.sort())
    expect(new Set(heard).size).toBe(heard.length)
    const last = (await notices()).at(-1)
    expect(last?.payload.data).toMatchObject({
      thing3: { value: '市法院第二法庭' },
      thing4: { value: '活动地点已调整，请以本通知为准' },
    })
  })
})

describe('the audit log', () => {
  it('has every change, with who made it', async () => {
    const { data } = await db.collection<AuditRecord>('auditLog').limit(1000).get()
    const seen = data.map((entry) => `${entry.actorName} ${entry.action}`)
    expect(seen).toEqual(
      expect.arrayContaining([
        '李法官 eventAdmin.create',
        '李法官 eventAdmin.edit',
        '李法官 eventAdmin.submitForReview',
        '王主任 eventAdmin.returnToUnit',
        '王主任 eventAdmin.publish',
        '王主任 eventAdmin.edit',
        '王主任 eventAdmin.cancel',
        '周老师 eventAdmin.create',
      ]),
    )
    const cancel = data.find((entry) => entry.action === 'eventAdmin.cancel')
    expect(cancel?.summary).toBe('取消活动：典型案例发布会（法庭临时安排庭审）')
  })
})
