// The local WeChat cloud: the TCB-protocol server over its persistent store, and the function
// instances that call it through the real wx-server-sdk.
import { resolve } from 'node:path'
import { FunctionPool } from './runner/pool'
import { sdkEnvironment } from './runner/sdk-env'
import { startTcbServer, type TcbServer } from './tcb/server'

export const FUNCTIONS_DIR = resolve(__dirname, '..', 'cloudfunctions')

export interface LocalCloudOptions {
  dataDir: string
  workers?: number
  /** Extra environment for the function instances, e.g. IPWEEK_NOW. */
  env?: Record<string, string>
  log?: (line: string) => void
}

export interface LocalCloud {
  tcb: TcbServer
  pool: FunctionPool
  close(): Promise<void>
}

export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  // The server and the pool need each other: functions call the server, and the server's
  // callFunction action calls functions.
  const late: { pool?: FunctionPool } = {}
  const tcb = await startTcbServer({
    dataDir: options.dataDir,
    log: options.log,
    invokeFunction: (name: string, data: unknown) => {
      if (!late.pool) throw new Error('function pool not started')
      return late.pool.invoke(name, data, { openid: '' })
    },
  })
  const pool = new FunctionPool({
    functionsDir: FUNCTIONS_DIR,
    tcbUrl: tcb.url,
    size: options.workers,
    env: options.env,
  })
  late.pool = pool
  return {
    tcb,
    pool,
    async close() {
      await pool.close()
      await tcb.close()
    },
  }
}

/** Points this process's own wx-server-sdk at the local server (for the seed step and tests). */
export function useLocalCloudInThisProcess(tcb: TcbServer): void {
  Object.assign(process.env, sdkEnvironment(tcb.url))
}
