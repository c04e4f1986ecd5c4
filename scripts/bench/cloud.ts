// A fresh local cloud for one section: the TCB server over a temporary data directory, the
// function workers, the 2025 campaign seeded, and the gateway in front, as `npm start` runs them.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startLocalCloud, useLocalCloudInThisProcess, type LocalCloud } from '../../local/cloud'
import { startGateway, type Gateway } from '../../local/gateway/server'

export interface BenchCloud {
  cloud: LocalCloud
  gateway: Gateway
  dataDir: string
  /** Notices the TCB server printed (e.g. aborted transactions). */
  notices: string[]
  stop(): Promise<void>
}

export interface BenchCloudOptions {
  workers: number
  /** IPWEEK_NOW for the function workers. */
  now: string
}

export async function startBenchCloud(options: BenchCloudOptions): Promise<BenchCloud> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ipweek-bench-'))
  const notices: string[] = []
  const cloud = await startLocalCloud({
    dataDir,
    workers: options.workers,
    env: { IPWEEK_NOW: options.now },
    log: (line) => notices.push(line),
  })
  try {
    // The SDK in this process (seed, setup, verification, the store loop) talks to this server.
    useLocalCloudInThisProcess(cloud.tcb)
    const { seed } = await import('../../src/server/seed')
    await seed(await import('../../src/campaigns'), { includeSamples: false })
    const gateway = await startGateway({ host: '127.0.0.1', port: 0, pool: cloud.pool })
    return {
      cloud,
      gateway,
      dataDir,
      notices,
      async stop() {
        await gateway.close()
        await cloud.close()
        rmSync(dataDir, { recursive: true, force: true })
      },
    }
  } catch (error) {
    await cloud.close()
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
}

export interface GatewayReply<T = unknown> {
  status: number
  body: T
}

/** POST /cloud/<name> as a scripted client: identity in X-WX-OPENID. */
export async function callGateway<T>(
  gateway: Gateway,
  name: string,
  body: unknown,
  openid: string,
): Promise<GatewayReply<T>> {
  const response = await fetch(`${gateway.url}/cloud/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as T }
}
