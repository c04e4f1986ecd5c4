// A pool of worker processes that run the bundled cloud functions through the real wx-server-sdk.
// Each worker takes one call at a time; a worker that crashes or overruns its function's timeout
// is replaced, and only its own caller sees the failure.
import { fork, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import type { Caller, InvokeMessage, ResultMessage } from './protocol'
import { LOCAL_APPID, sdkEnvironment } from './sdk-env'

export type { Caller }

export interface PoolOptions {
  functionsDir: string
  tcbUrl: string
  /** Worker processes; DEFAULT_POOL_SIZE when absent. */
  size?: number
  timeoutMs?: number
  /** Extra environment for every worker (e.g. IPWEEK_NOW). */
  env?: Record<string, string>
}

export class FunctionNotFoundError extends Error {}
export class InvocationError extends Error {}

interface Job {
  message: InvokeMessage
  resolve: (value: unknown) => void
  reject: (error: Error) => void
}

interface Worker {
  process: ChildProcess
  ready: boolean
  job?: Job
  timer?: NodeJS.Timeout
}

// The cloud's default function timeout (set per function in the cloud console).
const DEFAULT_TIMEOUT_MS = 3000

/**
 * One worker per core, and at least two so that one slow call does not hold up every other. A
 * worker's work (mostly the SDK's) is CPU-bound: more workers than cores add switching between
 * processes and code for V8 to optimise in each. On 2 cores, 2 workers served registrations as
 * fast as 4 with less CPU per call, and faster while other work shared the cores.
 */
export const DEFAULT_POOL_SIZE = Math.max(2, availableParallelism())

export class FunctionPool {
  private readonly workers = new Set<Worker>()
  private readonly queue: Job[] = []
  private nextId = 1
  private closed = false
  private readonly known = new Set<string>()

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < (options.size ?? DEFAULT_POOL_SIZE); i++) this.spawn()
  }

  invoke(functionName: string, event: unknown, caller: Caller): Promise<unknown> {
    this.checkExists(functionName)
    const identity: Record<string, string> = { WX_OPENID: caller.openid, WX_APPID: LOCAL_APPID }
    if (caller.clientIp) identity.WX_CLIENTIP = caller.clientIp
    return new Promise((resolve, reject) => {
      this.queue.push({
        message: { id: this.nextId++, functionName, event, identity },
        resolve,
        reject,
      })
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    this.closed = true
    for (const job of this.queue.splice(0))
      job.reject(new InvocationError('runtime is shutting down'))
    await Promise.all(
      [...this.workers].map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.process.exitCode !== null) return resolve()
            worker.process.once('exit', () => resolve())
            worker.process.kill()
          }),
      ),
    )
  }

  private checkExists(functionName: string): void {
    if (this.known.has(functionName)) return
    if (
      !/^[a-zA-Z][\w-]{0,63}$/.test(functionName) ||
      !existsSync(join(this.options.functionsDir, functionName, 'index.js'))
    ) {
      throw new FunctionNotFoundError(`no cloud function named ${functionName}`)
    }
    this.known.add(functionName)
  }

  private spawn(): void {
    const child = fork(join(__dirname, 'worker.ts'), [], {
      execArgv: ['--import', 'tsx'],
      env: {
        ...process.env,
        ...sdkEnvironment(this.options.tcbUrl),
        ...this.options.env,
        IPWEEK_FUNCTIONS_DIR: this.options.functionsDir,
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    const worker: Worker = { process: child, ready: false }
    this.workers.add(worker)
    child.on('message', (message: ResultMessage | { ready: true }) => {
      if ('ready' in message) {
        worker.ready = true
      } else if (worker.job && message.id === worker.job.message.id) {
        const job = worker.job
        this.release(worker)
        if (message.ok) job.resolve(message.result)
        else job.reject(new InvocationError(message.error))
      }
      this.dispatch()
    })
    child.on('exit', (code, signal) => {
      this.workers.delete(worker)
      const job = worker.job
      this.release(worker)
      job?.reject(
        new InvocationError(
          `function instance exited (${signal ?? `code ${code}`}) during the call`,
        ),
      )
      if (!this.closed) this.spawn()
    })
  }

  private release(worker: Worker): void {
    clearTimeout(worker.timer)
    worker.job = undefined
    worker.timer = undefined
  }

  private dispatch(): void {
    for (const worker of this.workers) {
      if (this.queue.length === 0) return
      if (!worker.ready || worker.job) continue
      const job = this.queue.shift() as Job
      worker.job = job
      const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS
      worker.timer = setTimeout(() => {
        job.reject(new InvocationError(`function timed out after ${timeoutMs} ms`))
        // Never hand this instance another call: it is replaced once it has exited.
        worker.ready = false
        worker.job = undefined
        worker.process.kill('SIGKILL')
      }, timeoutMs)
      worker.process.send(job.message)
    }
  }
}
