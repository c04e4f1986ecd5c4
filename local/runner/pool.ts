// A pool of worker processes that run the bundled cloud functions through the real wx-server-sdk.
// Each worker takes one call at a time; a worker that crashes, overruns its function's timeout or
// loses its IPC channel is replaced, and only its own caller sees the failure. A call that cannot
// be handed to a worker at all (an event the IPC channel cannot serialise) fails alone too.
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
/** The function overran timeoutMs; its instance was killed and is being replaced. */
export class FunctionTimeoutError extends InvocationError {}

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
    // A worker that can no longer be told anything (or answer) is of no use: retire it, and the
    // exit below fails its call, if any, and starts a replacement.
    child.on('disconnect', () => this.retire(worker))
    // E.g. a failed kill: reported, never an uncaught 'error' event that would end the gateway.
    child.on('error', (error) => console.error(`[runner] function instance: ${error.message}`))
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

  /** Takes a worker out of service for good; its 'exit' handler replaces it. */
  private retire(worker: Worker): void {
    worker.ready = false
    if (worker.process.exitCode === null && worker.process.signalCode === null)
      worker.process.kill('SIGKILL')
  }

  private dispatch(): void {
    for (const worker of this.workers) {
      if (this.queue.length === 0) return
      if (!worker.ready || worker.job) continue
      const job = this.queue.shift() as Job
      worker.job = job
      const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS
      worker.timer = setTimeout(() => {
        job.reject(new FunctionTimeoutError(`function timed out after ${timeoutMs} ms`))
        // Never hand this instance another call: it is replaced once it has exited.
        worker.job = undefined
        this.retire(worker)
      }, timeoutMs)
      this.send(worker, job)
    }
  }

  /**
   * Hands the call to the worker. Serialising the message (JSON) happens before anything is
   * written, so a synchronous failure (a BigInt, nesting deeper than the serialiser's stack) fails
   * this call only and leaves the worker free. A failure reported later (the channel closed) may
   * come after the worker got some or all of the message: it is retired rather than risk it
   * running two calls, and two identities, at once.
   */
  private send(worker: Worker, job: Job): void {
    const fail = (error: unknown) => {
      if (worker.job !== job) return
      this.release(worker)
      const detail = error instanceof Error ? error.message : String(error)
      job.reject(
        new InvocationError(`the call could not be passed to a function instance: ${detail}`),
      )
    }
    try {
      worker.process.send(job.message, (error) => {
        if (!error) return
        fail(error)
        this.retire(worker)
      })
    } catch (error) {
      fail(error)
      // Deferred: this may run inside invoke(), which must not recurse into another dispatch.
      queueMicrotask(() => this.dispatch())
    }
  }
}
