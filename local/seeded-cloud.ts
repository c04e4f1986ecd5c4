// A throwaway local cloud for tests and benchmarks: the TCB server over a fresh temporary data
// directory, the function workers, the campaign seeded, and the gateway in front, as `npm start`
// runs them; stop() removes the directory. Given a data directory, it reopens that one instead
// (as after a crash) and leaves it in place.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SeatRecountReport } from '../src/contracts/scheduled'
import { startLocalCloud, useLocalCloudInThisProcess, type LocalCloud } from './cloud'
import { startGateway, type Gateway } from './gateway/server'

export interface SeededCloudOptions {
  /** Function worker processes. */
  workers?: number
  /** IPWEEK_NOW for the function workers. */
  now?: string
  /** More environment for the function workers (e.g. IPWEEK_ADMIN_BOOTSTRAP_CODE). */
  env?: Record<string, string>
  /** Load the sample events and demo registration settings too. */
  includeSamples: boolean
  /** Serve this H5 build at `/` too (browser tests). */
  h5Dir?: string
  log?: (line: string) => void
  /** Reopen this data directory (kept by stop()) instead of a fresh one. */
  dataDir?: string
}

export interface SeededCloud {
  cloud: LocalCloud
  gateway: Gateway
  dataDir: string
  /** The seat recount run before serving, as `npm start` runs it. */
  seats: SeatRecountReport
  /** POST /cloud/<name> as a scripted client does: identity in X-WX-OPENID. */
  call<T = unknown>(
    name: string,
    body: unknown,
    openid?: string,
  ): Promise<{ status: number; body: T }>
  stop(): Promise<void>
}

export async function startSeededCloud(options: SeededCloudOptions): Promise<SeededCloud> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'ipweek-'))
  const cloud = await startLocalCloud({
    dataDir,
    workers: options.workers,
    env: { ...options.env, ...(options.now ? { IPWEEK_NOW: options.now } : {}) },
    log: options.log,
  })
  const discard = async () => {
    await cloud.close()
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    // The SDK in this process (seeding, then whatever the caller reads or writes) talks to it.
    useLocalCloudInThisProcess(cloud.tcb)
    const { seed } = await import('../src/server/seed')
    await seed(await import('../src/campaigns'), { includeSamples: options.includeSamples })
    // As local/start.ts: nothing runs yet, so seats left taken by a stopped runtime go back now.
    const { recountSeats } = await import('../src/server/jobs/seat-recount')
    const seats = await recountSeats({ settled: true })
    const gateway = await startGateway({
      host: '127.0.0.1',
      port: 0,
      pool: cloud.pool,
      h5Dir: options.h5Dir,
      storageOrigin: new URL(cloud.tcb.url).origin,
    })
    return {
      cloud,
      gateway,
      dataDir,
      seats,
      async call<T>(name: string, body: unknown, openid?: string) {
        const response = await fetch(`${gateway.url}/cloud/${name}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(openid ? { 'x-wx-openid': openid } : {}),
          },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        })
        return { status: response.status, body: (await response.json()) as T }
      },
      async stop() {
        await gateway.close()
        await discard()
      },
    }
  } catch (error) {
    await discard()
    throw error
  }
}
