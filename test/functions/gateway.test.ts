import type { Account } from '@/contracts/account'
import type { CloudResult } from '@/contracts/errors'
import { startTestCloud, type TestCloud } from './local-cloud'

// Cold function instances and a busy machine make single calls slow now and then.
jest.setTimeout(30_000)

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud({ workers: 3 })
}, 60_000)
afterAll(() => t.stop())

describe('the gateway and the function instances', () => {
  it('gives each concurrent invocation its own caller’s identity and nobody else’s', async () => {
    const openids = Array.from({ length: 60 }, (_, i) => `user-${i}`)
    const results = await Promise.all(
      openids.map((openid) =>
        t.call<CloudResult<Account>>('account', { action: 'whoami' }, openid),
      ),
    )
    expect(results.map((r) => (r.body.ok ? r.body.data.openid : r.body.error.code))).toEqual(
      openids,
    )
  })

  it('treats a call without identity as anonymous, not as the previous caller', async () => {
    await t.call('account', { action: 'whoami' }, 'someone')
    const { body } = await t.call<CloudResult<Account>>('account', { action: 'whoami' })
    expect(body).toEqual({ ok: true, data: { openid: '' } })
  })

  it('ignores an identity smuggled in the payload', async () => {
    const { body } = await t.call(
      'account',
      { action: 'whoami', userInfo: { openId: 'admin' } },
      'real-user',
    )
    expect(body).toEqual({ ok: true, data: { openid: 'real-user' } })
  })

  it('answers bad requests with a clear code, never a crash', async () => {
    expect(await t.call('events', '{not json')).toMatchObject({
      status: 400,
      body: { error: { code: 'INVALID_ARGUMENT' } },
    })
    expect(await t.call('events', [1, 2])).toMatchObject({
      body: { ok: false, error: { code: 'INVALID_ARGUMENT' } },
    })
    expect(await t.call('no-such-function', {})).toMatchObject({
      status: 404,
      body: { error: { code: 'NOT_FOUND' } },
    })
    expect(await t.call('../events', {})).toMatchObject({ status: 404 })
    expect(await t.call('account', { action: 'whoami' }, 'bad openid!')).toMatchObject({
      status: 400,
      body: { error: { code: 'UNAUTHENTICATED' } },
    })
    const huge = JSON.stringify({ action: 'list', q: 'x'.repeat(3 * 1024 * 1024) })
    expect(await t.call('events', huge)).toMatchObject({
      status: 413,
      body: { error: { code: 'INVALID_ARGUMENT' } },
    })
    // Deeper than the function instances' IPC channel can carry: refused, not a crashed gateway.
    const deep = `{"action":"list","q":${'['.repeat(20_000)}${']'.repeat(20_000)}}`
    expect(await t.call('events', deep)).toMatchObject({
      status: 400,
      body: { error: { code: 'INVALID_ARGUMENT' } },
    })
    // Still serving afterwards.
    expect((await t.call('events', { action: 'list' })).body).toMatchObject({ ok: true })
  })
})
