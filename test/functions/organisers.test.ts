// The organisers function through the gateway: the first admin binds with the environment's code
// once, invites are single-use and revocable, every admin action refuses everyone else and changes
// nothing then, and each change lands in the audit log.
import type { CloudResult } from '@/contracts/errors'
import type { AuditEntry, InviteView, MemberView, Organiser } from '@/contracts/organisers'
import { AUDIT_PAGE_SIZE } from '@/domain/request-limits'
import type { CollectionName } from '@/server/collections'
import { inviteIdOf } from '@/server/organisers/records'
import type { TestCloud } from './local-cloud'
import { BOOTSTRAP_CODE, OFFICE_ADMIN, startOrganiserCloud } from './organiser-fixture'

const BOOTSTRAP = BOOTSTRAP_CODE
const ADMIN = OFFICE_ADMIN

jest.setTimeout(30_000)

let t: TestCloud
let db: typeof import('@/server/cloud').db
beforeAll(async () => {
  t = await startOrganiserCloud({ now: '2025-04-10T09:00:00+08:00' })
  db = (await import('@/server/cloud')).db
}, 60_000)
afterAll(() => t.stop())

async function call<T>(openid: string, body: object): Promise<CloudResult<T>> {
  return (await t.call<CloudResult<T>>('organisers', body, openid)).body
}

async function ok<T>(openid: string, body: object): Promise<T> {
  const result = await call<T>(openid, body)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.data
}

const bind = (openid: string, code: string, name = '张三') =>
  call<Organiser>(openid, { action: 'bind', code, name })

async function invite(role: object): Promise<string> {
  return (await ok<{ code: string }>(ADMIN, { action: 'createInvite', role })).code
}

/** Every document of the organiser collections, to show that a refused call changed nothing. */
async function snapshot(): Promise<string> {
  const names: CollectionName[] = ['organisers', 'organiserInvites', 'auditLog', 'events']
  const all = await Promise.all(
    names.map(async (name) => (await db.collection(name).limit(1000).get()).data),
  )
  return JSON.stringify(all)
}

describe('the first office admin', () => {
  it('binds once with the environment’s code, typed loosely', async () => {
    expect(await bind('stranger', 'AAAA-BBBB-CCCC')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    const typed = ` ${BOOTSTRAP.toLowerCase().replace(/-/g, '')} `
    const admin = await bind(ADMIN, typed, '王主任')
    expect(admin).toMatchObject({
      ok: true,
      data: { name: '王主任', role: { kind: 'office-admin' } },
    })
    expect(await bind('second', BOOTSTRAP)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    const me = await ok<{ organiser: Organiser | null }>(ADMIN, { action: 'me' })
    expect(me.organiser?.roleText).toBe('组委会办公室')
    expect((await ok<{ organiser: null }>('citizen', { action: 'me' })).organiser).toBeNull()
  })
})

describe('invites', () => {
  it('make a unit editor once; the code is not stored', async () => {
    const code = await invite({ kind: 'unit-editor', unitId: 'court' })
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/)
    const stored = JSON.stringify((await db.collection('organiserInvites').get()).data)
    expect(stored).not.toContain(code.replace(/-/g, ''))

    const bound = await bind('court-editor', code, '李法官')
    expect(bound).toMatchObject({
      ok: true,
      data: { role: { kind: 'unit-editor', unitId: 'court' } },
    })
    expect(bound.ok && bound.data.roleText).toBe('成员单位 · 市法院')
    expect(await bind('someone-else', code)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await bind('court-editor', await invite({ kind: 'office-admin' }))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
  })

  it('go to exactly one of two people binding at the same moment', async () => {
    const code = await invite({
      kind: 'checkin-staff',
      eventIds: ['yk2025-0423-cross-border-ecommerce'],
    })
    const [a, b] = await Promise.all([bind('race-a', code), bind('race-b', code)])
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1)
    const { data } = await db
      .collection('organisers')
      .where({ _id: db.command.in(['race-a', 'race-b']) })
      .get()
    expect(data).toHaveLength(1)
  })

  it('name units and events that exist', async () => {
    for (const role of [
      { kind: 'unit-editor', unitId: 'no-such-unit' },
      { kind: 'checkin-staff', eventIds: ['yk2025-0423-cross-border-ecommerce', 'no-such-event'] },
      { kind: 'unit-editor' },
      { kind: 'judge' },
    ]) {
      expect(await call(ADMIN, { action: 'createInvite', role })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_ARGUMENT' },
      })
    }
  })

  it('can be revoked while unused, and then bind nobody', async () => {
    const code = await invite({ kind: 'unit-editor', unitId: 'education' })
    const { items } = await ok<{ items: InviteView[] }>(ADMIN, { action: 'invites' })
    const open = items.find((i) => i.status === 'open' && i.role.kind === 'unit-editor')!
    expect(open.roleText).toBe('成员单位 · 市教育局')
    const revoked = await ok<InviteView>(ADMIN, { action: 'revokeInvite', inviteId: open.inviteId })
    expect(revoked.status).toBe('revoked')
    expect(await bind('late-teacher', code)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    const used = items.find((i) => i.status === 'used')!
    expect(await call(ADMIN, { action: 'revokeInvite', inviteId: used.inviteId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
  })

  it('expire after fourteen days', async () => {
    const code = await invite({ kind: 'unit-editor', unitId: 'education' })
    const inviteId = inviteIdOf(code.replace(/-/g, ''))
    const { items } = await ok<{ items: InviteView[] }>(ADMIN, { action: 'invites' })
    const made = items.find((i) => i.inviteId === inviteId)!
    expect(Date.parse(made.expiresAt) - Date.parse(made.createdAt)).toBe(14 * 86_400_000)
    await db
      .collection('organiserInvites')
      .doc(inviteId)
      .update({ data: { expiresAt: new Date('2025-04-10T00:00:00Z') } })
    expect(await bind('slow-teacher', code)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })
})

describe('authorisation', () => {
  const ADMIN_ACTIONS = [
    { action: 'createInvite', role: { kind: 'office-admin' } },
    { action: 'invites' },
    { action: 'revokeInvite', inviteId: 'x' },
    { action: 'members' },
    { action: 'revokeMember', memberId: ADMIN },
    { action: 'audit' },
  ]

  it('refuses every admin action to citizens, unit editors and check-in staff, changing nothing', async () => {
    const staffCode = await invite({
      kind: 'checkin-staff',
      eventIds: ['yk2025-0423-cross-border-ecommerce'],
    })
    expect((await bind('door-staff', staffCode, '赵签到')).ok).toBe(true)
    const before = await snapshot()
    for (const caller of ['citizen', 'court-editor', 'door-staff']) {
      for (const body of ADMIN_ACTIONS) {
        const result = await call(caller, body)
        expect({ caller, body, result }).toMatchObject({
          result: { ok: false, error: { code: 'FORBIDDEN' } },
        })
      }
    }
    expect(await snapshot()).toBe(before)
  })

  it('refuses a revoked member, and never lets an admin revoke themselves', async () => {
    const code = await invite({ kind: 'office-admin' })
    expect((await bind('deputy', code, '孙副主任')).ok).toBe(true)
    expect(await call(ADMIN, { action: 'revokeMember', memberId: ADMIN })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    const revoked = await ok<MemberView>(ADMIN, { action: 'revokeMember', memberId: 'deputy' })
    expect(revoked).toMatchObject({ name: '孙副主任', revoked: true, isCaller: false })
    const { items } = await ok<{ items: MemberView[] }>(ADMIN, { action: 'members' })
    expect(items.filter((m) => m.isCaller).map((m) => m.memberId)).toEqual([ADMIN])
    expect((await ok<{ organiser: null }>('deputy', { action: 'me' })).organiser).toBeNull()
    expect(await call('deputy', { action: 'members' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })

  it('asks an anonymous caller to sign in', async () => {
    expect((await t.call<CloudResult<unknown>>('organisers', { action: 'me' })).body).toMatchObject(
      {
        ok: false,
        error: { code: 'UNAUTHENTICATED' },
      },
    )
  })
})

describe('bind attempts', () => {
  it('stop after ten an hour, even with a right code', async () => {
    const code = await invite({ kind: 'unit-editor', unitId: 'education' })
    const wrong = await Promise.all(
      Array.from({ length: 10 }, () => bind('guesser', 'ZZZZ-ZZZZ-ZZZZ')),
    )
    expect(wrong.every((r) => !r.ok && r.error.code === 'NOT_FOUND')).toBe(true)
    expect(await bind('guesser', code)).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED' },
    })
    expect(await bind('patient-teacher', code)).toMatchObject({ ok: true })
  })
})

describe('the audit log', () => {
  it('shows who did what, newest first, to office admins', async () => {
    const { items } = await ok<{ items: AuditEntry[] }>(ADMIN, { action: 'audit' })
    const times = items.map((e) => Date.parse(e.at))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    const actions = items.map((e) => `${e.actorName} ${e.action}`)
    expect(actions).toEqual(
      expect.arrayContaining([
        '王主任 organisers.bind',
        '王主任 organisers.createInvite',
        '李法官 organisers.bind',
        '王主任 organisers.revokeInvite',
        '王主任 organisers.revokeMember',
      ]),
    )
    expect(items.find((e) => e.action === 'organisers.revokeMember')?.summary).toContain('孙副主任')
  })

  it('pages back through entries made at one instant without skipping or repeating any', async () => {
    // A door scanner's busy second, or a preview whose clock is pinned: one instant, many entries.
    const at = new Date('2025-04-09T09:00:00+08:00')
    for (let i = 0; i < AUDIT_PAGE_SIZE + 7; i++) {
      await db.collection('auditLog').add({
        data: {
          at,
          actor: 'door',
          actorName: '赵签到',
          actorRole: 'checkin-staff',
          action: 'attendance.checkIn',
          target: `same-instant-${i}`,
          summary: `签到 ${i}`,
        },
      })
    }
    const seen: AuditEntry[] = []
    for (let page = 0; page < 10; page++) {
      const last = seen.at(-1)
      const body = last
        ? { action: 'audit', before: { at: last.at, id: last.id } }
        : { action: 'audit' }
      const { items } = await ok<{ items: AuditEntry[] }>(ADMIN, body)
      seen.push(...items)
      if (items.length < AUDIT_PAGE_SIZE) break
    }
    const targets = seen.filter((e) => e.target.startsWith('same-instant-')).map((e) => e.target)
    expect(targets).toHaveLength(AUDIT_PAGE_SIZE + 7)
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length)
  })
})
