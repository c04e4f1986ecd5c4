// Test harness: a local TCB server on a temp dataDir, and the REAL wx-server-sdk pointed at it through
// environment variables only. The SDK reads TCB_CONTEXT_CNFG on every request (node-sdk tcbcontext.js),
// so a restarted server on a new port is picked up by updating the variable.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type TcbServer, type TcbServerOptions, startTcbServer } from '../../../local/tcb/server'
import type { Db } from './sdk-types'

export type Sdk = typeof import('wx-server-sdk')

const tempDirs: string[] = []

export function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcb-test-'))
  tempDirs.push(dir)
  return dir
}

/** Call once the servers using them are closed. */
export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
}

export function pointSdkAt(url: string): void {
  Object.assign(process.env, {
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: url }),
    TENCENTCLOUD_SECRETID: 'local',
    TENCENTCLOUD_SECRETKEY: 'local',
    TCB_ENV: 'local',
    SCF_NAMESPACE: 'local',
    // Stops the SDK's metadata-host probes.
    TENCENTCLOUD: 'true',
    WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP',
    WX_OPENID: 'o_test_user',
    // The SDK's 3 s slow-request warning timer is left running when a request fails (as when the SIGKILL test
    // kills the server), which would print warnings and hold jest open; SILENCE=true turns it off.
    SILENCE: 'true',
  })
}

let sdk: Promise<Sdk> | undefined

/** Loaded only after the environment is set (once per test file: jest isolates module registries per file). */
export function loadSdk(): Promise<Sdk> {
  sdk ??= import('wx-server-sdk').then((mod) => {
    const cloud = ((mod as { default?: Sdk }).default ?? mod) as Sdk
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
    return cloud
  })
  return sdk
}

export interface LocalCloud {
  server: TcbServer
  cloud: Sdk
  db: Db
  dataDir: string
  logs: string[]
}

export async function startLocalCloud(
  options: Partial<TcbServerOptions> = {},
): Promise<LocalCloud> {
  const logs: string[] = []
  const dataDir = options.dataDir ?? tempDataDir()
  const server = await startTcbServer({ log: (line) => logs.push(line), ...options, dataDir })
  pointSdkAt(server.url)
  const cloud = await loadSdk()
  return { server, cloud, db: cloud.database() as unknown as Db, dataDir, logs }
}

/** The SDK rejects with an Error carrying errCode and errMsg. */
export async function failure(
  promise: Promise<unknown>,
): Promise<{ errCode: unknown; errMsg: string }> {
  try {
    await promise
  } catch (e) {
    const error = e as { errCode?: unknown; errMsg?: string; message?: string; code?: unknown }
    return {
      errCode: error.errCode ?? error.code,
      errMsg: error.errMsg ?? error.message ?? String(e),
    }
  }
  throw new Error('expected the call to fail, but it succeeded')
}

/** Posts a raw admin request, as a client other than the SDK could. */
export async function postAdmin(url: string, body: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  })
  return (await response.json()) as Record<string, unknown>
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
