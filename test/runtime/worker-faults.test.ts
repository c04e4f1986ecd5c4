// A function instance that crashes, hangs, loses its channel, or is handed (or returns) what IPC
// cannot carry fails its own call only: the caller gets an InvocationError or a timeout, calls
// issued alongside it all succeed, and the pool is back to full strength afterwards. Real worker
// processes over tiny fixture functions (support/fault-functions), no mocks.
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { startGateway, type Gateway } from '../../local/gateway/server'
import { FunctionPool, FunctionTimeoutError, InvocationError } from '../../local/runner/pool'

// Loading a worker (tsx) takes a while on a busy machine.
jest.setTimeout(60_000)

const FUNCTIONS_DIR = join(__dirname, 'support', 'fault-functions')
const SIZE = 3
const TIMEOUT_MS = 1000
// Normal calls sent together with each faulty one: more than the instances, so some wait in the
// queue and are dispatched while the faulty instance fails.
const NORMAL_CALLS = 12

interface Echo {
  value: unknown
  openid: string
  pid: number
}

let pool: FunctionPool
let gateway: Gateway
beforeAll(async () => {
  // No function here uses the SDK: the TCB address is never dialled.
  pool = new FunctionPool({
    functionsDir: FUNCTIONS_DIR,
    tcbUrl: 'http://127.0.0.1:1',
    size: SIZE,
    timeoutMs: TIMEOUT_MS,
  })
  gateway = await startGateway({ host: '127.0.0.1', port: 0, pool })
  await instances()
})
afterAll(async () => {
  await gateway?.close()
  await pool?.close()
})

const echo = (value: number, delayMs = 20) =>
  pool.invoke('echo', { value, delayMs }, { openid: `user-${value}` }) as Promise<Echo>

/**
 * The pids of the instances taking calls: SIZE calls held long enough that every ready instance
 * takes one. Asked again until all SIZE answer, since a replacement needs a moment to load.
 */
async function instances(): Promise<Set<number>> {
  const deadline = Date.now() + 30_000
  for (;;) {
    const answers = await Promise.all(Array.from({ length: SIZE }, (_, i) => echo(i, 300)))
    const pids = new Set(answers.map((answer) => answer.pid))
    if (pids.size === SIZE) return pids
    if (Date.now() > deadline) throw new Error(`only ${pids.size} of ${SIZE} instances answer`)
    await sleep(200)
  }
}

/** Sends `faulty` together with NORMAL_CALLS well-behaved calls; checks every normal answer. */
async function alongside<T>(faulty: () => Promise<T>) {
  const began = Date.now()
  const fault = faulty().then(
    (value) => ({ value, ms: Date.now() - began }),
    (error: unknown) => ({ error, ms: Date.now() - began }),
  )
  const normal = await Promise.all(Array.from({ length: NORMAL_CALLS }, (_, i) => echo(100 + i)))
  expect(normal.map(({ value, openid }) => ({ value, openid }))).toEqual(
    Array.from({ length: NORMAL_CALLS }, (_, i) => ({ value: 100 + i, openid: `user-${100 + i}` })),
  )
  return fault
}

describe('a function instance that fails in the middle of a call', () => {
  test.each([
    ['exits', { how: 'exit', code: 3 }, /function instance exited \(code 3\) during the call/],
    ['is killed', { how: 'kill' }, /function instance exited \(SIGKILL\) during the call/],
  ])('%s: its caller gets an InvocationError, others are served', async (_, event, message) => {
    const before = await instances()
    const fault = await alongside(() => pool.invoke('crash', event, { openid: 'crasher' }))
    expect('error' in fault && fault.error).toBeInstanceOf(InvocationError)
    expect('error' in fault && (fault.error as Error).message).toMatch(message)
    const after = await instances()
    expect(after.size).toBe(SIZE)
    // Exactly the crashed instance was replaced.
    expect([...after].filter((pid) => !before.has(pid))).toHaveLength(1)
  })

  test.each([
    ['awaits forever', { spin: false }],
    ['spins forever', { spin: true }],
  ])('%s: its caller gets a timeout after timeoutMs, others are served', async (_, event) => {
    const before = await instances()
    const fault = await alongside(() => pool.invoke('hang', event, { openid: 'hanger' }))
    expect('error' in fault && fault.error).toBeInstanceOf(FunctionTimeoutError)
    expect('error' in fault && (fault.error as Error).message).toBe(
      `function timed out after ${TIMEOUT_MS} ms`,
    )
    expect(fault.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 20)
    // Generous: the machine is shared.
    expect(fault.ms).toBeLessThan(TIMEOUT_MS + 3000)
    const after = await instances()
    expect(after.size).toBe(SIZE)
    expect([...after].filter((pid) => !before.has(pid))).toHaveLength(1)
  })

  test('that closes its channel is replaced', async () => {
    await instances()
    const { pid } = (await pool.invoke('disconnect', {}, { openid: 'leaver' })) as { pid: number }
    // The fixture disconnects 50 ms after answering.
    await sleep(1000)
    const after = await instances()
    expect(after.size).toBe(SIZE)
    expect(after.has(pid)).toBe(false)
    await alongside(() => echo(1))
  })
})

describe('a call that IPC cannot carry', () => {
  let deep: unknown = 'bottom'
  for (let i = 0; i < 20_000; i++) deep = [deep]

  test.each([
    ['a BigInt', { value: BigInt(1) }, /could not be passed to a function instance: .*BigInt/],
    ['nested too deep', { value: deep }, /could not be passed to a function instance: .*stack/],
  ])('an event with %s fails alone; no instance is lost', async (_, event, message) => {
    const before = await instances()
    // Queued behind busy instances too, so it is also sent from the pool's message handler.
    const busy = Array.from({ length: SIZE }, (_, i) => echo(200 + i, 100))
    const fault = await alongside(() => pool.invoke('echo', event, { openid: 'unsendable-event' }))
    await Promise.all(busy)
    expect('error' in fault && fault.error).toBeInstanceOf(InvocationError)
    expect('error' in fault && (fault.error as Error).message).toMatch(message)
    expect(await instances()).toEqual(before)
  })

  test('a result the instance cannot send back fails alone; no instance is lost', async () => {
    const before = await instances()
    const fault = await alongside(() => pool.invoke('unsendable', {}, { openid: 'unsendable' }))
    expect('error' in fault && fault.error).toBeInstanceOf(InvocationError)
    expect('error' in fault && (fault.error as Error).message).toMatch(
      /result cannot be sent: .*BigInt/,
    )
    expect(await instances()).toEqual(before)
  })
})

describe('through the gateway', () => {
  const post = async (name: string, body: unknown) => {
    const response = await fetch(`${gateway.url}/cloud/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': 'web-user' },
      body: JSON.stringify(body),
    })
    return { status: response.status, body: (await response.json()) as unknown }
  }

  test('a crash and a hang are answered as JSON errors; the next call is served', async () => {
    // The gateway logs each failure; kept out of the test output.
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      await instances()
      const [crash, hang, fine] = await Promise.all([
        post('crash', { how: 'exit', code: 4 }),
        post('hang', {}),
        post('echo', { value: 'ok' }),
      ])
      expect(crash).toEqual({
        status: 502,
        body: { ok: false, error: { code: 'INTERNAL', message: expect.any(String) } },
      })
      expect(hang).toEqual({
        status: 504,
        body: { ok: false, error: { code: 'INTERNAL', message: expect.any(String) } },
      })
      expect(fine).toMatchObject({ status: 200, body: { value: 'ok', openid: 'web-user' } })
      expect(logged).toHaveBeenCalledTimes(2)
      expect((await instances()).size).toBe(SIZE)
    } finally {
      logged.mockRestore()
    }
  })
})
