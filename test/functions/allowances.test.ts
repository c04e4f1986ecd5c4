// Per-user allowances on write actions: concurrent calls cannot overspend one, a used-up one
// answers RATE_LIMITED and changes nothing else, other people are not affected, and every
// allowance in the table is spent by its function.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CloudResult } from '@/contracts/errors'
import type { EventRecord } from '@/domain/event'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacy'
import { ALLOWANCES, type AllowanceName } from '@/server/allowances'
import type { CollectionName } from '@/server/collections'
import { testSession } from '../../local/test-session'
import type { TestCloud } from './local-cloud'
import { bindOfficeAdmin, OFFICE_ADMIN, startOrganiserCloud } from './organiser-fixture'

const NOW = '2025-04-15T10:00:00+08:00'
const EVENT_ID = 'allowance-session'

jest.setTimeout(60_000)

let t: TestCloud
// Loaded once the local cloud runs: the SDK reads its address when first imported.
let db: typeof import('@/server/cloud').db
let rateLimit: typeof import('@/server/rate-limit')
const savedNow = process.env.IPWEEK_NOW
beforeAll(async () => {
  t = await startOrganiserCloud({ now: NOW })
  await bindOfficeAdmin(t)
  db = (await import('@/server/cloud')).db
  rateLimit = await import('@/server/rate-limit')
  const session = testSession(EVENT_ID, {
    title: '频次测试',
    registration: { perCompanyCap: 1 },
  })
  await db.collection<EventRecord>('events').add({ data: session })
}, 60_000)
afterAll(async () => {
  await t.stop()
  if (savedNow === undefined) delete process.env.IPWEEK_NOW
  else process.env.IPWEEK_NOW = savedNow
})

/** Spends `action`'s whole allowance for `openid` in the window the functions stand in. */
async function useUp(action: AllowanceName, openid: string): Promise<void> {
  const counter = rateLimit.allowanceCounter(action, openid, new Date(NOW))
  await db.collection('rateLimits').add({ data: { ...counter, count: ALLOWANCES[action].limit } })
}

async function count(collection: CollectionName, where: Record<string, unknown>): Promise<number> {
  return (await db.collection(collection).where(where).count()).total
}

const register = (openid: string) =>
  t.call<CloudResult<unknown>>(
    'registrations',
    {
      action: 'register',
      eventId: EVENT_ID,
      form: { contactName: '李经理', phone: '13800001111', attendees: 1 },
      privacy: PRIVACY_NOTICE_VERSION,
    },
    openid,
  )

describe('an allowance', () => {
  it('lets exactly its limit through when called all at once, and refills next window', async () => {
    process.env.IPWEEK_NOW = '2025-04-16T10:00:00+08:00'
    const { limit } = ALLOWANCES['organisers.bind']
    const outcomes = await Promise.allSettled(
      Array.from({ length: limit + 5 }, () => rateLimit.spendAllowance('organisers.bind', 'eager')),
    )
    const refused = outcomes.filter((o) => o.status === 'rejected')
    expect(outcomes.length - refused.length).toBe(limit)
    for (const o of refused) expect(o.reason).toMatchObject({ code: 'RATE_LIMITED' })
    await expect(rateLimit.spendAllowance('organisers.bind', 'patient')).resolves.toBeUndefined()

    process.env.IPWEEK_NOW = '2025-04-16T11:00:00+08:00'
    await expect(rateLimit.spendAllowance('organisers.bind', 'eager')).resolves.toBeUndefined()
  })
})

describe('a used-up allowance', () => {
  it('refuses a registration with RATE_LIMITED, taking no seat, and lets others register', async () => {
    await useUp('registrations.register', 'hasty')
    const { body } = await register('hasty')
    expect(body).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', message: '操作过于频繁，请10分钟后再试' },
    })
    expect(await count('registrations', { openid: 'hasty' })).toBe(0)
    const { data: event } = await db.collection<EventRecord>('events').doc(EVENT_ID).get()
    expect(event?.seatsTaken ?? 0).toBe(0)

    expect((await register('calm')).body).toMatchObject({ ok: true })
  })

  it('refuses an organiser write with RATE_LIMITED and writes no invite and no audit entry', async () => {
    await useUp('organisers.createInvite', OFFICE_ADMIN)
    const invitesBefore = await count('organiserInvites', {})
    const auditBefore = await count('auditLog', {})
    const { body } = await t.call<CloudResult<unknown>>(
      'organisers',
      { action: 'createInvite', role: { kind: 'office-admin' } },
      OFFICE_ADMIN,
    )
    expect(body).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect(await count('organiserInvites', {})).toBe(invitesBefore)
    expect(await count('auditLog', {})).toBe(auditBefore)
    // Reading is never limited.
    const members = await t.call<CloudResult<unknown>>(
      'organisers',
      { action: 'members' },
      OFFICE_ADMIN,
    )
    expect(members.body).toMatchObject({ ok: true })
  })
})

describe('the table of allowances', () => {
  it.each(Object.keys(ALLOWANCES))('%s is spent by its function', (name) => {
    const functionName = name.split('.')[0]
    const source = readFileSync(
      join(__dirname, '..', '..', 'cloudfunctions', functionName, 'index.ts'),
      'utf8',
    )
    expect(source).toContain(`spendAllowance('${name}'`)
  })
})
