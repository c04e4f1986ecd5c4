// Registration throughput: the raw store's conditional-update rate, then registrations per
// second through the gateway (each registrant its own X-WX-OPENID), then a check of the database.
import type { CloudResult } from '../../src/contracts/errors'
import type { RegistrationView } from '../../src/contracts/registrations'
import type { EventRecord } from '../../src/domain/event'
import { PRIVACY_NOTICE_VERSION } from '../../src/domain/privacy'
import { testSession } from '../../local/test-session'
import type { BenchOptions } from './args'
import { startBenchCloud } from './cloud'
import { cpuBetween, describeCpu, sampleCpu, waitForIdleWorkers } from './cpu'
import { startClients, type ClientCall, type ClientResult } from './gateway-load'
import { runCount } from './load'
import type { Row, Section, SectionReport } from './section'
import {
  countBy,
  formatCounts,
  ms,
  perSecond,
  rate,
  seconds,
  summarize,
  type LatencySummary,
} from './stats'
import { handlerLoop, sdkLoop, storeLoop, type LoopResult } from './store-loop'
import { problems, verify, type Acknowledged, type Verification } from './verify'

/** Ten days before the week: registration for a session on 23 April is open. */
const NOW = '2025-04-15T10:00:00+08:00'
const EVENT_ID = 'bench-registrations'
const WARMUP_EVENT_ID = 'bench-warmup'
export const BAR_PER_SECOND = 300

function benchEvent(_id: string, capacity: number): EventRecord {
  return testSession(_id, {
    title: `报名压测 ${_id}`,
    registration: { capacity, perCompanyCap: 1 },
  })
}

interface Outcome {
  openid: string
  /** 'confirmed' | 'waitlisted' | …, or 'error <CODE>'. */
  outcome: string
  ok: boolean
  status?: string
  message?: string
}

function registerCall(eventId: string, openid: string, n: number): ClientCall {
  return {
    name: 'registrations',
    openid,
    body: {
      action: 'register',
      eventId,
      form: { contactName: '李经理', phone: `138${String(n).padStart(8, '0')}`, attendees: 1 },
      privacy: PRIVACY_NOTICE_VERSION,
    },
  }
}

function outcomeOf(openid: string, reply: Pick<ClientResult, 'status' | 'body' | 'failure'>) {
  const result = reply.body as CloudResult<RegistrationView> | null
  if (reply.failure !== undefined || !result) {
    return { openid, outcome: 'error NETWORK', ok: false, message: reply.failure } satisfies Outcome
  }
  if (result.ok) {
    const status = result.data.status
    return { openid, outcome: status, ok: true, status } satisfies Outcome
  }
  const code = result.error?.code ?? `HTTP ${reply.status}`
  return { openid, outcome: `error ${code}`, ok: false, message: result.error?.message }
}

/** Completions per second in each tenth of the run: shows whether the rate falls as data grows. */
function rateByTenth(results: { end: number }[]): number[] {
  const ends = results.map((r) => r.end).sort((a, b) => a - b)
  const rates: number[] = []
  for (let k = 0; k < 10; k++) {
    const from = Math.floor((k * ends.length) / 10)
    const to = Math.floor(((k + 1) * ends.length) / 10)
    if (to <= from) continue
    const startAt = from === 0 ? 0 : ends[from - 1]
    rates.push(perSecond(to - from, ends[to - 1] - startAt))
  }
  return rates
}

/**
 * Completions per second while seats were being confirmed (until the last confirmed answer) and
 * afterwards, when every newcomer joins the waiting list: the two paths cost differently.
 */
function rateByPhase(results: ClientResult[], outcomes: Outcome[]) {
  const lastConfirmed = Math.max(
    0,
    ...results.flatMap((r, i) => (outcomes[i].outcome === 'confirmed' ? [r.end] : [])),
  )
  const end = Math.max(0, ...results.map((r) => r.end))
  const before = results.filter((r) => r.end <= lastConfirmed).length
  return {
    confirming: perSecond(before, lastConfirmed),
    waitlisting: perSecond(results.length - before, end - lastConfirmed),
  }
}

export interface RegistrationFigures {
  count: number
  clients: number
  workers: number
  elapsedMs: number
  perSecond: number
  latency: LatencySummary
  outcomes: Map<string, number>
  errorSamples: string[]
  byTenth: number[]
  byPhase: { confirming: number; waitlisting: number }
  cpu: string
  loops: LoopResult[]
  verification: Verification
  notices: string[]
}

async function measure(
  options: BenchOptions,
  progress: (line: string) => void,
): Promise<RegistrationFigures> {
  progress(`starting a fresh local cloud with ${options.workers} function workers…`)
  const cloud = await startBenchCloud({ workers: options.workers, now: NOW })
  try {
    await waitForIdleWorkers(options.workers)
    const { db } = await import('../../src/server/cloud')
    const events = db.collection<EventRecord>('events')
    const capacity = Math.max(1, Math.floor(options.registrations / 2))
    await events.add({ data: benchEvent(EVENT_ID, capacity) })
    // Warm-up on its own event: every worker has served calls (and JIT-compiled the path)
    // before any clock starts; the measured event's data stays exactly the run's.
    const warmup = Math.max(8 * options.workers, 1000)
    await events.add({ data: benchEvent(WARMUP_EVENT_ID, Math.floor(warmup / 2)) })
    progress(`warming up (${warmup} registrations on another event)…`)
    await runCount(warmup, options.clients, async (i) => {
      const { name, body, openid } = registerCall(WARMUP_EVENT_ID, `warm-${i}`, i)
      return cloud.call(name, body, openid)
    })

    const durationMs = options.storeSeconds * 1000
    progress(
      `raw store loop through the SDK (${options.clients} callers, ${options.storeSeconds} s)…`,
    )
    const loops = [await sdkLoop(options.clients, durationMs)]
    progress('raw store loop on the TCB handler in-process…')
    loops.push(await handlerLoop(options.clients, durationMs))
    progress('raw store loop on the NeDB store layer…')
    loops.push(await storeLoop(options.clients, durationMs))

    progress(
      `registering ${options.registrations} through the gateway, ${options.clients} clients, capacity ${capacity}…`,
    )
    const calls = Array.from({ length: options.registrations }, (_, i) =>
      registerCall(EVENT_ID, `bench-${i}`, i),
    )
    const clients = await startClients()
    const before = sampleCpu()
    const run = await clients
      .run({ url: cloud.gateway.url, concurrency: options.clients, calls })
      .finally(() => clients.kill())
    const cpu = describeCpu(cpuBetween(before, sampleCpu(), run.cpuMs))
    const outcomes = run.results.map((reply, i) => outcomeOf(calls[i].openid, reply))
    const acknowledged: Acknowledged[] = outcomes.flatMap((o) =>
      o.ok && o.status ? [{ openid: o.openid, status: o.status }] : [],
    )
    progress('checking the database…')
    const verification = await verify(EVENT_ID, options.registrations, acknowledged)
    const errorSamples = [
      ...new Set(outcomes.flatMap((o) => (o.ok ? [] : [`${o.outcome}: ${o.message ?? ''}`]))),
    ].slice(0, 3)
    return {
      count: options.registrations,
      clients: options.clients,
      workers: options.workers,
      elapsedMs: run.elapsedMs,
      perSecond: perSecond(options.registrations, run.elapsedMs),
      latency: summarize(run.results.map((r) => r.end - r.start)),
      outcomes: countBy(outcomes, (o) => o.outcome),
      errorSamples,
      byTenth: rateByTenth(run.results),
      byPhase: rateByPhase(run.results, outcomes),
      cpu,
      loops,
      verification,
      notices: [...cloud.notices],
    }
  } finally {
    await cloud.stop()
  }
}

const LAYER_LABELS: Record<LoopResult['layer'], string> = {
  sdk: 'SDK (in this process) → HTTP → TCB server',
  handler: 'TCB handler in-process',
  store: 'NeDB store layer',
}

function report(f: RegistrationFigures, options: BenchOptions): SectionReport {
  const v = f.verification
  const errors = [...f.outcomes].filter(([outcome]) => outcome.startsWith('error '))
  const unexpected = errors.reduce((sum, [, n]) => sum + n, 0)
  const failures = [
    ...problems(v, unexpected),
    ...f.loops.filter((l) => !l.consistent).map((l) => `store loop (${l.layer}): ${l.detail}`),
  ]
  const sdk = f.loops.find((l) => l.layer === 'sdk')
  const rows: Row[] = [
    {
      label: `registrations through the gateway (${f.clients} clients, ${f.workers} workers)`,
      value:
        `${f.count} in ${seconds(f.elapsedMs)} = ${rate(f.perSecond)}, ` +
        `p50 ${ms(f.latency.p50)}, p99 ${ms(f.latency.p99)}, max ${ms(f.latency.max)}`,
    },
    {
      label: 'outcomes',
      value: formatCounts(f.outcomes) + (errors.length ? '' : ' (no errors)'),
      indent: true,
    },
    ...f.errorSamples.map((sample) => ({ label: 'error', value: sample, indent: true })),
    {
      label: 'rate while confirming / once waitlisting',
      value: `${rate(f.byPhase.confirming)} / ${rate(f.byPhase.waitlisting)}`,
      indent: true,
    },
    {
      label: 'rate by tenth of the run',
      value: f.byTenth.map((r) => Math.round(r)).join(' ') + ' /s',
      indent: true,
    },
    { label: 'CPU during the run', value: f.cpu, indent: true },
    {
      label: `raw store conditional updates (${options.clients} callers)`,
      value: sdk ? rate(sdk.opsPerSecond) : '-',
    },
    ...f.loops.map((l) => ({
      label: LAYER_LABELS[l.layer],
      value: `${rate(l.opsPerSecond)} (${l.ops} in ${seconds(l.elapsedMs)}; ${l.consistent ? 'consistent' : 'INCONSISTENT'}: ${l.detail})`,
      indent: true,
    })),
    {
      label: 'checks',
      value: `oversold ${v.oversold}, lost ${v.lost}, duplicates ${v.duplicates}`,
    },
    {
      label: 'seats',
      value: `capacity ${v.capacity}, seatsTaken ${v.seatsTaken}, held by registrations ${v.seatsHeld} (${v.seatsTaken === v.seatsHeld ? 'equal' : 'DIFFERENT'})`,
      indent: true,
    },
    {
      label: 'registrations stored',
      value: `${v.stored} of ${v.expected}: confirmed ${v.confirmed}, waitlisted ${v.waitlisted}, differing from acknowledgement ${v.changed}`,
      indent: true,
    },
    {
      label: 'waiting list',
      value: `${v.waitlisted} waiting, ${v.waitlistUntimed} without a place in order`,
      indent: true,
    },
  ]
  const aborted = f.notices.filter((line) => line.includes('aborted')).length
  if (f.notices.length) {
    rows.push({
      label: 'TCB server notices',
      value: `${f.notices.length} (${aborted} aborted transactions)`,
      indent: true,
    })
  }
  rows.push({
    label: `bar: ≥ ${BAR_PER_SECOND} registrations/s`,
    value: `→ ${f.perSecond >= BAR_PER_SECOND ? 'PASS' : 'FAIL'} (${rate(f.perSecond)}; reported, not an exit condition)`,
  })
  return { rows, failures }
}

export const registrationsSection: Section = {
  name: 'registrations',
  async run(options, progress) {
    return report(await measure(options, progress), options)
  },
}
