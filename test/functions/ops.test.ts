// Going live on the local runtime: setup on an empty environment with the bootstrap code, once,
// then idempotent; the self-test green here, and red when a behaviour is broken on purpose.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { events } from '@/campaigns'
import type { CloudResult } from '@/contracts/errors'
import type { SelftestReport, SetupReport } from '@/contracts/ops'
import { COLLECTIONS } from '@/server/collections'
import { FUNCTIONS_DIR, useLocalCloudInThisProcess } from '../../local/cloud'
import { FunctionPool } from '../../local/runner/pool'
import { startTcbServer, type TcbServer } from '../../local/tcb/server'
import { startFaultProxy, type FaultProxy } from './fault-proxy'
import { BOOTSTRAP_CODE } from './organiser-fixture'

jest.setTimeout(60_000)

const ADMIN = 'first-admin'

/** An empty environment: no collections, no campaign; functions reach it through the proxy. */
let dataDir: string
let tcb: TcbServer
let proxy: FaultProxy
let pool: FunctionPool
let db: typeof import('@/server/cloud').db
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ipweek-ops-'))
  tcb = await startTcbServer({ dataDir, log: () => {} })
  proxy = await startFaultProxy(tcb.url)
  pool = new FunctionPool({
    functionsDir: FUNCTIONS_DIR,
    tcbUrl: new URL(new URL(tcb.url).pathname, proxy.url).toString(),
    size: 2,
    timeoutMs: 30_000,
    env: { IPWEEK_ADMIN_BOOTSTRAP_CODE: BOOTSTRAP_CODE },
  })
  useLocalCloudInThisProcess(tcb)
  db = (await import('@/server/cloud')).db
}, 60_000)
afterAll(async () => {
  await pool.close()
  await proxy.close()
  await tcb.close()
  rmSync(dataDir, { recursive: true, force: true })
})

const call = async <T>(name: string, body: object, openid: string) =>
  (await pool.invoke(name, body, { openid })) as CloudResult<T>

async function ok<T>(name: string, body: object, openid: string): Promise<T> {
  const result = await call<T>(name, body, openid)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.data
}

/** Every document but those recording calls: the audit log and the callers' allowances. */
async function digest(): Promise<string> {
  const all = await Promise.all(
    COLLECTIONS.filter((name) => name !== 'auditLog' && name !== 'rateLimits').map(async (name) =>
      JSON.stringify((await db.collection(name).limit(1000).get()).data),
    ),
  )
  return all.join('\n')
}

describe('setup', () => {
  it('refuses an empty environment without the bootstrap code', async () => {
    for (const body of [
      { action: 'setup' },
      { action: 'setup', code: 'AAAA-BBBB-CCCC', name: '冒名者' },
      { action: 'setup', code: BOOTSTRAP_CODE },
    ]) {
      expect(await call('ops', body, 'stranger')).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      })
    }
    expect((await call('campaign', { action: 'get' }, 'stranger')).ok).toBe(false)
    // The workspace asks who the caller is before offering setup: nobody yet, not a failure.
    expect(await call('organisers', { action: 'me' }, 'stranger')).toEqual({
      ok: true,
      data: { organiser: null },
    })
  })

  it('creates the collections, loads the week and makes the caller its first office admin', async () => {
    const report = await ok<SetupReport>(
      'ops',
      { action: 'setup', code: BOOTSTRAP_CODE, name: '王主任' },
      ADMIN,
    )
    expect(report).toEqual({
      collectionsCreated: [...COLLECTIONS],
      campaign: 'created',
      eventsWritten: events.filter((e) => !e.sample).length,
      boundAsOfficeAdmin: true,
    })
    expect(await ok('organisers', { action: 'me' }, ADMIN)).toMatchObject({
      organiser: { role: { kind: 'office-admin' } },
    })
  })

  it('changes nothing when run again, and lets nobody else use the code', async () => {
    const before = await digest()
    expect(await ok<SetupReport>('ops', { action: 'setup' }, ADMIN)).toEqual({
      collectionsCreated: [],
      campaign: 'unchanged',
      eventsWritten: 0,
      boundAsOfficeAdmin: false,
    })
    expect(
      await call('ops', { action: 'setup', code: BOOTSTRAP_CODE, name: '第二人' }, 'second'),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await digest()).toBe(before)
  })
})

describe('selftest', () => {
  const failing = (report: SelftestReport) => report.checks.filter((c) => !c.ok).map((c) => c.id)

  it('passes every check on the local runtime, and leaves no scratch behind', async () => {
    const report = await ok<SelftestReport>('ops', { action: 'selftest' }, ADMIN)
    expect(report.checks.map((c) => c.id)).toEqual([
      'conditional-update',
      'duplicate-id',
      'transaction-commit',
      'transaction-rollback',
      'server-date',
      'query-order-count',
      'storage',
      'caller-identity',
    ])
    expect(failing(report)).toEqual([])
    expect(report.passed).toBe(true)
    expect((await db.collection('selftestScratch').count()).total).toBe(0)
  })

  it('goes red on the behaviour that is broken', async () => {
    proxy.faults.add('vague-duplicate-errors')
    try {
      const report = await ok<SelftestReport>('ops', { action: 'selftest' }, ADMIN)
      expect(failing(report)).toEqual(['duplicate-id'])
      expect(report.passed).toBe(false)
    } finally {
      proxy.faults.clear()
    }
    proxy.faults.add('unconditional-updates')
    try {
      const report = await ok<SelftestReport>('ops', { action: 'selftest' }, ADMIN)
      expect(failing(report)).toEqual(['conditional-update'])
    } finally {
      proxy.faults.clear()
    }
  })

  it('is for office admins only', async () => {
    expect(await call('ops', { action: 'selftest' }, 'stranger')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })
})
