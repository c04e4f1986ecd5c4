// Drives the gateway from a separate client process: N calls, each with its own X-WX-OPENID,
// shared by `concurrency` clients that each send the next call as soon as theirs is answered.
import { fork, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

export interface ClientCall {
  name: string
  body: unknown
  openid: string
}

export interface ClientBatch {
  url: string
  concurrency: number
  calls: ClientCall[]
}

export interface ClientResult {
  /** HTTP status; 0 when the request failed without a response. */
  status: number
  body: unknown
  failure?: string
  /** ms since the batch began. */
  start: number
  end: number
}

export interface LoadResult {
  results: ClientResult[]
  elapsedMs: number
  /** CPU the client process used for the batch (it exits before it could be sampled). */
  cpuMs: number
}

export interface Clients {
  /** Sends one batch; the process exits after answering it. */
  run(batch: ClientBatch): Promise<LoadResult>
  kill(): void
}

/** Forks the client process and resolves once it is ready to send (tsx compiled, fetch loaded). */
export function startClients(): Promise<Clients> {
  const child: ChildProcess = fork(join(__dirname, 'client-process.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? `code ${code}`)),
  )
  const nextMessage = <T>() =>
    Promise.race([
      new Promise<T>((resolve) => child.once('message', (message) => resolve(message as T))),
      exited.then((how) => {
        throw new Error(`the client process exited (${how}) unexpectedly`)
      }),
    ])
  return nextMessage<{ ready: true }>().then(() => ({
    run(batch) {
      const answer = nextMessage<LoadResult>()
      child.send(batch)
      return answer
    },
    kill() {
      if (child.exitCode === null) child.kill()
    },
  }))
}
