// Every organiser action of every function, called as a citizen, as another unit's editor and as
// check-in staff of another event, on the court's event and filings: each answers FORBIDDEN and
// the database is byte for byte what it was. A new organiser action must be added to the table.
import type { CloudResult } from '@/contracts/errors'
import type { EventChange } from '@/contracts/event-admin'
import type { ActionName, Contracts, FunctionName } from '@/contracts'
import { attendanceContract } from '@/contracts/attendance'
import { dashboardContract } from '@/contracts/dashboard'
import { eventAdminContract } from '@/contracts/event-admin'
import { filingsContract } from '@/contracts/filings'
import { opsContract } from '@/contracts/ops'
import { organisersContract } from '@/contracts/organisers'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacy'
import { COLLECTIONS } from '@/server/collections'
import type { TestCloud } from './local-cloud'
import {
  bindOfficeAdmin,
  bindOrganiser,
  OFFICE_ADMIN,
  startOrganiserCloud,
} from './organiser-fixture'

jest.setTimeout(60_000)

const COURT = 'matrix-court-editor'
const OTHERS = {
  citizen: 'matrix-citizen',
  'another unit’s editor': 'matrix-education-editor',
  'check-in staff of another event': 'matrix-door-staff',
}
const SAMPLE_SESSION = 'yk2025-0423-cross-border-ecommerce'

type Call = {
  [F in FunctionName]: { fn: F; action: ActionName<Contracts[F]>; body: object }
}[FunctionName]

/** Organiser actions with a well-formed request about the court's event or filings. */
function organiserCalls(eventId: string, registrationId: string): Call[] {
  const court = { unitId: 'court' }
  const reason = { eventId, reason: '核对后再发布' }
  return [
    { fn: 'organisers', action: 'createInvite', body: { role: { kind: 'office-admin' } } },
    { fn: 'organisers', action: 'invites', body: {} },
    { fn: 'organisers', action: 'revokeInvite', body: { inviteId: 'x' } },
    { fn: 'organisers', action: 'members', body: {} },
    { fn: 'organisers', action: 'revokeMember', body: { memberId: COURT } },
    { fn: 'organisers', action: 'audit', body: {} },
    { fn: 'eventAdmin', action: 'mine', body: { unit: 'court' } },
    { fn: 'eventAdmin', action: 'get', body: { eventId } },
    { fn: 'eventAdmin', action: 'saveDraft', body: { eventId, revision: 1, fields: draft() } },
    { fn: 'eventAdmin', action: 'submitForReview', body: { eventId } },
    { fn: 'eventAdmin', action: 'publish', body: { eventId } },
    { fn: 'eventAdmin', action: 'returnToUnit', body: reason },
    { fn: 'eventAdmin', action: 'unpublish', body: reason },
    { fn: 'eventAdmin', action: 'cancel', body: reason },
    { fn: 'eventAdmin', action: 'notifyRegistrants', body: { eventId } },
    { fn: 'attendance', action: 'overview', body: { eventId } },
    { fn: 'attendance', action: 'list', body: { eventId } },
    { fn: 'attendance', action: 'decide', body: { registrationId, decision: 'approve' } },
    {
      fn: 'attendance',
      action: 'walkIn',
      body: { eventId, contactName: '某人', attendees: 1 },
    },
    { fn: 'attendance', action: 'checkIn', body: { eventId, ticket: '123456' } },
    { fn: 'attendance', action: 'export', body: { eventId } },
    { fn: 'filings', action: 'status', body: court },
    {
      fn: 'filings',
      action: 'submitActivityList',
      body: {
        ...court,
        activities: [
          {
            title: '冒名活动',
            day: '2025-04-24',
            placeName: '营口市中级人民法院',
            audiences: ['public'],
            forms: ['exchange'],
          },
        ],
      },
    },
    {
      fn: 'filings',
      action: 'submitReport',
      body: { ...court, title: '冒名信息', text: '这是一条冒名报送的信息。', photos: [] },
    },
    {
      fn: 'filings',
      action: 'submitSummary',
      body: {
        ...court,
        text: '这是一份冒名报送的活动总结，不应被接受。',
        photos: [],
        figures: { activitiesHeld: 1, participants: 1, mediaReach: 1 },
      },
    },
    { fn: 'filings', action: 'overview', body: {} },
    { fn: 'filings', action: 'reviewQueue', body: {} },
    { fn: 'filings', action: 'review', body: { reportId: 'x', decision: 'publish' } },
    { fn: 'dashboard', action: 'overview', body: {} },
    { fn: 'dashboard', action: 'weekSummary', body: {} },
    { fn: 'ops', action: 'setup', body: {} },
    { fn: 'ops', action: 'selftest', body: {} },
  ]
}

/** Open to everyone by design: who am I, becoming an organiser, and the public news. */
const OPEN_TO_ALL = new Set(['organisers.me', 'organisers.bind', 'filings.news'])

function draft() {
  return {
    title: '法院知识产权开放日',
    description: '',
    hosts: ['营口市中级人民法院'],
    invited: [],
    unitIds: ['court'],
    day: '2025-04-24',
    startTime: '09:30',
    place: { name: '营口市中级人民法院' },
    audiences: ['public'],
    forms: ['exchange'],
    registration: {
      capacity: 20,
      perCompanyCap: 1,
      fields: ['contactName', 'phone', 'attendees'],
      approval: false,
    },
  }
}

let t: TestCloud
let db: typeof import('@/server/cloud').db
let calls: Call[]
beforeAll(async () => {
  t = await startOrganiserCloud({ now: '2025-04-15T10:00:00+08:00' })
  db = (await import('@/server/cloud')).db
  await bindOfficeAdmin(t)
  await bindOrganiser(t, COURT, { kind: 'unit-editor', unitId: 'court' }, '李法官')
  await bindOrganiser(
    t,
    OTHERS['another unit’s editor'],
    { kind: 'unit-editor', unitId: 'education' },
    '刘老师',
  )
  await bindOrganiser(
    t,
    OTHERS['check-in staff of another event'],
    { kind: 'checkin-staff', eventIds: [SAMPLE_SESSION] },
    '赵签到',
  )
  const created = await ok<EventChange>(COURT, 'eventAdmin', {
    action: 'saveDraft',
    fields: draft(),
  })
  const eventId = created.event.eventId
  await ok(OFFICE_ADMIN, 'eventAdmin', { action: 'publish', eventId })
  await ok('matrix-registrant', 'registrations', {
    action: 'register',
    eventId,
    form: { contactName: '周女士', phone: '13900001111', attendees: 1 },
    privacy: PRIVACY_NOTICE_VERSION,
  })
  calls = organiserCalls(eventId, `${eventId}__matrix-registrant`)
}, 120_000)
afterAll(() => t.stop())

async function ok<T>(openid: string, fn: string, body: object): Promise<T> {
  const { body: result } = await t.call<CloudResult<T>>(fn, body, openid)
  if (!result.ok) throw new Error(`${fn}: ${result.error.code} ${result.error.message}`)
  return result.data
}

async function digest(): Promise<string> {
  const all = await Promise.all(
    COLLECTIONS.map(async (name) =>
      JSON.stringify((await db.collection(name).limit(1000).get()).data),
    ),
  )
  return all.join('\n')
}

it('lists every organiser action of every function', () => {
  const contracts = [
    organisersContract,
    eventAdminContract,
    attendanceContract,
    filingsContract,
    dashboardContract,
    opsContract,
  ]
  const everyAction = contracts.flatMap((contract) =>
    Object.keys(contract.actions).map((action) => `${contract.name}.${action}`),
  )
  const listed = calls.map((call) => `${call.fn}.${call.action}`)
  expect(everyAction.filter((name) => !OPEN_TO_ALL.has(name)).sort()).toEqual([...listed].sort())
})

describe.each(Object.entries(OTHERS))('as %s', (_who, openid) => {
  it('every organiser action is FORBIDDEN and changes nothing', async () => {
    const before = await digest()
    for (const { fn, action, body } of calls) {
      const { body: result } = await t.call<CloudResult<unknown>>(fn, { action, ...body }, openid)
      expect({ call: `${fn}.${action}`, result }).toMatchObject({
        result: { ok: false, error: { code: 'FORBIDDEN' } },
      })
    }
    expect(await digest()).toBe(before)
  })
})
