// The mixed load's clients, in a process of their own (as client-process.ts, so their work is not
// done on the event loop they measure): `clients` loops, each running one person's visit after
// another until the run's time is up. Forked by mixed.ts; answers with every call it made.
import { Agent } from 'node:http'
import { performance } from 'node:perf_hooks'
import type { CloudResult } from '../../src/contracts/errors'
import { seededRandom } from '../../src/domain/quiz-draw'
import { postCloud, type CloudReply } from './cloud-post'
import {
  ARRIVAL_MS,
  roleOf,
  visit,
  type Acknowledgement,
  type CallRecord,
  type Person,
  type Role,
  type VisitPlan,
} from './mixed-users'

export interface MixedBatch {
  url: string
  clients: number
  durationMs: number
  plan: VisitPlan
}

export interface MixedResult {
  calls: CallRecord[]
  /** Requests sent again after meeting a closed kept-alive connection, as browsers do. */
  retried: number
  acknowledged: Acknowledgement[]
  visits: Record<Role, number>
  /** Until the last call in flight at the end was answered. */
  elapsedMs: number
  cpuMs: number
}

function outcomeOf(reply: CloudReply): { outcome: string; message?: string } {
  const result = reply.body as CloudResult<unknown> | undefined
  if (reply.failure !== undefined || !result) return { outcome: 'NETWORK', message: reply.failure }
  if (result.ok) return { outcome: 'ok' }
  return { outcome: result.error?.code ?? `HTTP ${reply.status}`, message: result.error?.message }
}

async function run(batch: MixedBatch): Promise<MixedResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: batch.clients * 4 })
  const calls: CallRecord[] = []
  const acknowledged: Acknowledgement[] = []
  const visits: Record<Role, number> = { browsing: 0, registering: 0, quizzing: 0 }
  let retried = 0
  const began = performance.now()
  const deadline = began + batch.durationMs
  const cpuBefore = process.cpuUsage()

  const client = async (index: number) => {
    const role = roleOf(index)
    const random = seededRandom(index + 1)
    const sleep = (ms: number) =>
      new Promise<boolean>((resolve) => {
        const left = deadline - performance.now()
        setTimeout(() => resolve(ms < left), Math.max(0, Math.min(ms, left)))
      })
    // People arrive over the first ARRIVAL_MS, not all in the same millisecond.
    if (!(await sleep(random() * ARRIVAL_MS))) return
    for (let n = 0; performance.now() < deadline; n++) {
      const serial = index * 10_000 + n
      const openid = `mixed-${role}-${index}-${n}`
      const person: Person = {
        openid,
        serial,
        random,
        async call<T>(name: string, data: Record<string, unknown>) {
          const start = performance.now()
          let reply = await postCloud(agent, batch.url, name, openid, data)
          // The gateway closes a connection idle for 5 s; a request crossing that close never
          // reached it, and a browser would send it again (see Node's request.reusedSocket).
          if (reply.stale) {
            retried++
            reply = await postCloud(agent, batch.url, name, openid, data)
          }
          const ms = performance.now() - start
          calls.push({ role, action: `${name}.${data.action}`, ...outcomeOf(reply), start, ms })
          return reply.body as CloudResult<T> | undefined
        },
        think: ([min, max]) => sleep(min + random() * (max - min)),
        acknowledge: (eventId, status) => acknowledged.push({ openid, eventId, status }),
      }
      visits[role]++
      await visit(role, person, batch.plan)
    }
  }

  await Promise.all(Array.from({ length: batch.clients }, (_, i) => client(i)))
  const { user, system } = process.cpuUsage(cpuBefore)
  for (const call of calls) call.start -= began
  return {
    calls,
    retried,
    acknowledged,
    visits,
    elapsedMs: performance.now() - began,
    cpuMs: (user + system) / 1000,
  }
}

process.once('message', async (batch: MixedBatch) => {
  const result = await run(batch)
  process.send?.(result, () => process.exit(0))
})

process.send?.({ ready: true })
