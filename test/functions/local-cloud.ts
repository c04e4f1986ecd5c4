// Starts the local WeChat cloud and the gateway on a fresh data directory, seeded with the
// 2025 week, and calls functions the way the H5 app and scripted clients do.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startLocalCloud, useLocalCloudInThisProcess, type LocalCloud } from '../../local/cloud'
import { startGateway, type Gateway } from '../../local/gateway/server'

export interface TestCloud {
  cloud: LocalCloud
  gateway: Gateway
  dataDir: string
  call<T = unknown>(
    name: string,
    body: unknown,
    openid?: string,
  ): Promise<{ status: number; body: T }>
  stop(): Promise<void>
}

export interface TestCloudOptions {
  now?: string
  workers?: number
  /** Serve this H5 build at `/` too (browser tests). */
  h5Dir?: string
}

export async function startTestCloud(options: TestCloudOptions = {}): Promise<TestCloud> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ipweek-test-'))
  const cloud = await startLocalCloud({
    dataDir,
    workers: options.workers ?? 2,
    env: options.now ? { IPWEEK_NOW: options.now } : undefined,
  })
  useLocalCloudInThisProcess(cloud.tcb)
  const { seed } = await import('../../src/server/seed')
  await seed(await import('../../src/campaigns'), { includeSamples: true })
  const gateway = await startGateway({
    host: '127.0.0.1',
    port: 0,
    pool: cloud.pool,
    h5Dir: options.h5Dir,
  })

  return {
    cloud,
    gateway,
    dataDir,
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
      await cloud.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
