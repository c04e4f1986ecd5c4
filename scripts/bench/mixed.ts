// Mixed load through the gateway: 500 people at once for 60 s (by default), 80% browsing, 10%
// registering, 10% taking the quiz (mixed-users.ts), on the seeded week with its sample sessions.
// Every answer must be ok or one of the expected refusals; afterwards no session is oversold.
import { fork } from 'node:child_process'
import { join } from 'node:path'
import { campaign, sampleRegistrations } from '../../src/campaigns'
import { daysInRange } from '../../src/domain/time'
import { startSeededCloud } from '../../local/seeded-cloud'
import type { BenchOptions } from './args'
import { cpuBetween, describeCpu, sampleCpu, waitForIdleWorkers } from './cpu'
import type { MixedBatch, MixedResult } from './mixed-client'
import { checkSession, type SessionCheck } from './mixed-verify'
import { ARRIVAL_MS, THINK_MS, type Role, type VisitPlan } from './mixed-users'
import type { Row, Section, SectionReport } from './section'
import { countBy, formatCounts, ms, perSecond, rate, seconds, summarize } from './stats'

// The Tuesday of the week: the quiz is open, the 23 and 24 April sessions take registrations and
// the 21 April one has closed.
const NOW = '2025-04-22T10:00:00+08:00'
const TODAY = '2025-04-22'
const CROSS_BORDER = 'yk2025-0423-cross-border-ecommerce'
const EXCHANGE = 'yk2025-sample-0424-exchange'
const CLOSED = 'yk2025-sample-0421-customs'
/** Refusals a person can meet in normal use; any other error code fails the run. */
export const EXPECTED_CODES = ['FULL', 'DEADLINE_PASSED', 'RATE_LIMITED']

const ROLES: Role[] = ['browsing', 'registering', 'quizzing']

function plan(): VisitPlan {
  for (const id of [CROSS_BORDER, EXCHANGE, CLOSED]) {
    if (!sampleRegistrations[id]) throw new Error(`the sample session ${id} takes no registrations`)
  }
  return {
    days: daysInRange(campaign.firstDay, campaign.lastDay),
    today: TODAY,
    open: [
      { eventId: CROSS_BORDER, share: 0.6 },
      { eventId: EXCHANGE, share: 0.4 },
    ],
    closed: CLOSED,
    staleShare: 0.05,
  }
}

function runClients(batch: MixedBatch): Promise<MixedResult> {
  const child = fork(join(__dirname, 'mixed-client.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  return new Promise<MixedResult>((resolve, reject) => {
    child.on('message', (message: MixedResult | { ready: true }) => {
      if ('ready' in message) child.send(batch)
      else resolve(message)
    })
    child.once('exit', (code, signal) =>
      reject(new Error(`the mixed-load client process exited (${signal ?? `code ${code}`})`)),
    )
  }).finally(() => {
    if (child.exitCode === null) child.kill()
  })
}

interface MixedFigures {
  options: BenchOptions
  result: MixedResult
  cpu: string
  sessions: SessionCheck[]
  scoredStored: number
  notices: string[]
}

async function measure(
  options: BenchOptions,
  progress: (line: string) => void,
): Promise<MixedFigures> {
  // With the samples, unlike the other sections: people browse the week's events and register
  // for its sessions.
  progress(`starting a fresh local cloud with the sample sessions, ${options.workers} workers…`)
  const notices: string[] = []
  const cloud = await startSeededCloud({
    workers: options.workers,
    now: NOW,
    includeSamples: true,
    log: (line) => notices.push(line),
  })
  try {
    await waitForIdleWorkers(options.workers)
    progress(
      `${options.mixedClients} clients for ${options.mixedSeconds} s (80% browsing, 10% registering, 10% quizzing)…`,
    )
    const before = sampleCpu()
    const result = await runClients({
      url: cloud.gateway.url,
      clients: options.mixedClients,
      durationMs: options.mixedSeconds * 1000,
      plan: plan(),
    })
    const cpu = describeCpu(cpuBetween(before, sampleCpu(), result.cpuMs))
    progress('checking the database…')
    const sessions = []
    for (const id of [CROSS_BORDER, EXCHANGE, CLOSED])
      sessions.push(await checkSession(id, result.acknowledged))
    const { db } = await import('../../src/server/cloud')
    const { total: scoredStored } = await db
      .collection('quizAttempts')
      .where({ status: 'scored' })
      .count()
    return { options, result, cpu, sessions, scoredStored, notices }
  } finally {
    await cloud.stop()
  }
}

const latency = (values: number[]) => {
  const s = summarize(values)
  return `p50 ${ms(s.p50)}, p99 ${ms(s.p99)}`
}

function report(f: MixedFigures): SectionReport {
  const { calls, elapsedMs, visits } = f.result
  const refusals = calls.filter((c) => c.outcome !== 'ok')
  const unexpected = refusals.filter((c) => !EXPECTED_CODES.includes(c.outcome))
  const limited = refusals.filter((c) => c.outcome === 'RATE_LIMITED')
  const submitsOk = calls.filter((c) => c.action === 'quiz.submit' && c.outcome === 'ok').length
  const failures = [
    ...(unexpected.length
      ? [`unexpected answers: ${formatCounts(countBy(unexpected, (c) => c.outcome))}`]
      : []),
    ...f.sessions.flatMap((s) => s.problems.map((problem) => `${s.eventId}: ${problem}`)),
    ...(f.scoredStored !== submitsOk
      ? [`${f.scoredStored} scored quiz attempts stored, ${submitsOk} acknowledged`]
      : []),
  ]
  const [think, form, quiz] = [THINK_MS.page, THINK_MS.form, THINK_MS.quiz].map(
    ([min, max]) => `${min / 1000}–${max / 1000} s`,
  )
  const rows: Row[] = [
    {
      label: `mixed load through the gateway (${f.options.mixedClients} clients, ${f.options.workers} workers, ${seconds(elapsedMs)})`,
      value: `${calls.length} calls = ${rate(perSecond(calls.length, elapsedMs))}, ${latency(calls.map((c) => c.ms))}`,
    },
    {
      label: 'think time',
      value:
        `${think} between pages, ${form} filling the form, ${quiz} answering the quiz; ` +
        `a new person each visit; clients start over the first ${seconds(ARRIVAL_MS)}`,
      indent: true,
    },
  ]
  // When slow answers came: the arrival of the clients, or a stall anywhere later.
  const tenth = elapsedMs / 10
  rows.push({
    label: 'p50/p99 by tenth of the run',
    value: Array.from({ length: 10 }, (_, k) =>
      summarize(calls.filter((c) => Math.floor(c.start / tenth) === k).map((c) => c.ms)),
    )
      .map((s) => `${Math.round(s.p50)}/${Math.round(s.p99)}`)
      .join(' '),
    indent: true,
  })
  for (const role of ROLES) {
    const mine = calls.filter((c) => c.role === role)
    rows.push({
      label: `${role} (${visits[role]} visits)`,
      value: `${mine.length} calls = ${rate(perSecond(mine.length, elapsedMs))}, ${latency(mine.map((c) => c.ms))}`,
    })
    for (const [action, n] of countBy(mine, (c) => c.action)) {
      const these = mine.filter((c) => c.action === action)
      const refused = countBy(
        these.filter((c) => c.outcome !== 'ok'),
        (c) => c.outcome,
      )
      rows.push({
        label: action,
        value: `${n}, ${latency(these.map((c) => c.ms))}${refused.size ? `; ${formatCounts(refused)}` : ''}`,
        indent: true,
      })
    }
  }
  rows.push(
    {
      label: 'answers other than ok',
      value: `${formatCounts(countBy(refusals, (c) => c.outcome))}; unexpected ${unexpected.length}`,
    },
    ...[...new Set(unexpected.map((c) => `${c.action} ${c.outcome}: ${c.message ?? ''}`))]
      .slice(0, 3)
      .map((sample) => ({ label: 'unexpected', value: sample, indent: true })),
    {
      label: 'sent again after a closed kept-alive connection',
      value: String(f.result.retried),
      indent: true,
    },
    {
      label: 'RATE_LIMITED (per-user allowances)',
      value: limited.length ? formatCounts(countBy(limited, (c) => c.action)) : 'none fired',
      indent: true,
    },
    ...f.sessions.map((s) => ({
      label: `session ${s.eventId}`,
      value: s.summary,
    })),
    {
      label: 'quiz',
      value: `${submitsOk} papers scored, ${f.scoredStored} stored as scored`,
    },
    { label: 'CPU during the run', value: f.cpu, indent: true },
  )
  if (f.notices.length) {
    rows.push({ label: 'TCB server notices', value: String(f.notices.length), indent: true })
  }
  return { rows, failures }
}

export const mixedSection: Section = {
  name: 'mixed',
  async run(options, progress) {
    return report(await measure(options, progress))
  },
}
