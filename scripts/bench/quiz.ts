// Quiz throughput: start+submit pairs per second through the gateway. Every taker starts a paper,
// then submits it; half answer every question right, half always pick the first option, and each
// score is checked against the question bank, then the database against the acknowledged results.
import type { CloudResult } from '../../src/contracts/errors'
import type { QuizResult, QuizStart } from '../../src/contracts/quiz'
import type { ClientQuestion } from '../../src/domain/quiz-draw'
import { questionBank } from '../../src/quiz-bank'
import type { BenchOptions } from './args'
import { startBenchCloud } from './cloud'
import { waitForIdleWorkers } from './cpu'
import { startClients, type ClientCall, type ClientResult, type LoadResult } from './gateway-load'
import type { Row, Section, SectionReport } from './section'
import { countBy, formatCounts, ms, perSecond, rate, seconds, summarize } from './stats'

/** The Tuesday of the week: the quiz is open and every takers' first attempt of the day. */
const NOW = '2025-04-22T10:00:00+08:00'
/** Takers, each one pair; enough for a steady rate at 50 clients. */
const TAKERS = 1000

const byId = new Map(questionBank.map((q) => [q.id, q]))

/** The shown positions of a question's right options. */
function rightPositions(shown: ClientQuestion): number[] {
  const q = byId.get(shown.id)
  if (!q) throw new Error(`question ${shown.id} is not in the bank`)
  const right = new Set(q.answer.map((i) => q.options[i]))
  return shown.options.flatMap((text, position) => (right.has(text) ? [position] : []))
}

const sameSet = (a: number[], b: number[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join()

interface Taker {
  openid: string
  answersRight: boolean
  paper?: QuizStart
  /** The score the bank says these answers earn. */
  expected?: number
  result?: QuizResult
  failure?: string
}

function answersFor(taker: Taker): Record<string, number[]> {
  const questions = taker.paper?.questions ?? []
  return Object.fromEntries(
    questions.map((q) => [q.id, taker.answersRight ? rightPositions(q) : [0]]),
  )
}

function expectedScore(paper: QuizStart, answers: Record<string, number[]>): number {
  const correct = paper.questions.filter((q) => sameSet(answers[q.id], rightPositions(q))).length
  return Math.round((correct * 100) / paper.questions.length)
}

function failureOf(reply: ClientResult): string | undefined {
  const result = reply.body as CloudResult<unknown> | null
  if (reply.failure !== undefined || !result) return `NETWORK ${reply.failure ?? ''}`
  return result.ok ? undefined : (result.error?.code ?? `HTTP ${reply.status}`)
}

async function runBatch(url: string, concurrency: number, calls: ClientCall[]) {
  const clients = await startClients()
  return clients.run({ url, concurrency, calls }).finally(() => clients.kill())
}

interface QuizFigures {
  clients: number
  workers: number
  starts: LoadResult
  submits: LoadResult
  takers: Taker[]
  storedScored: number
  storedBest: number
}

async function measure(
  options: BenchOptions,
  progress: (line: string) => void,
): Promise<QuizFigures> {
  progress(`starting a fresh local cloud with ${options.workers} function workers…`)
  const cloud = await startBenchCloud({ workers: options.workers, now: NOW })
  try {
    await waitForIdleWorkers(options.workers)
    const warmup = Math.max(8 * options.workers, 100)
    progress(`warming up (${warmup} papers started)…`)
    await runBatch(
      cloud.gateway.url,
      options.clients,
      Array.from({ length: warmup }, (_, i) => ({
        name: 'quiz',
        openid: `quiz-warm-${i}`,
        body: { action: 'start' },
      })),
    )

    const takers: Taker[] = Array.from({ length: TAKERS }, (_, i) => ({
      openid: `quiz-bench-${i}`,
      answersRight: i % 2 === 0,
    }))
    progress(`${TAKERS} takers start a paper, ${options.clients} clients…`)
    const starts = await runBatch(
      cloud.gateway.url,
      options.clients,
      takers.map((t) => ({ name: 'quiz', openid: t.openid, body: { action: 'start' } })),
    )
    starts.results.forEach((reply, i) => {
      takers[i].failure = failureOf(reply)
      if (!takers[i].failure) takers[i].paper = (reply.body as { data: QuizStart }).data
    })

    const submitting = takers.filter((t) => t.paper)
    progress(`${submitting.length} takers submit…`)
    const submitCalls = submitting.map((t) => {
      const answers = answersFor(t)
      t.expected = expectedScore(t.paper!, answers)
      return {
        name: 'quiz',
        openid: t.openid,
        body: { action: 'submit', attemptId: t.paper!.attemptId, answers },
      }
    })
    const submits = await runBatch(cloud.gateway.url, options.clients, submitCalls)
    submits.results.forEach((reply, i) => {
      const failure = failureOf(reply)
      if (failure) submitting[i].failure = failure
      else submitting[i].result = (reply.body as { data: QuizResult }).data
    })

    progress('checking the database…')
    // Warm-up papers are never submitted: every scored attempt and best score is a taker's.
    const { db } = await import('../../src/server/cloud')
    const [{ total: storedScored }, { total: storedBest }] = await Promise.all([
      db.collection('quizAttempts').where({ status: 'scored' }).count(),
      db.collection('quizBest').count(),
    ])
    return {
      clients: options.clients,
      workers: options.workers,
      starts,
      submits,
      takers,
      storedScored,
      storedBest,
    }
  } finally {
    await cloud.stop()
  }
}

function report(f: QuizFigures): SectionReport {
  const pairs = f.takers.filter((t) => t.result).length
  const pairMs = f.starts.elapsedMs + f.submits.elapsedMs
  const latency = (run: LoadResult) => summarize(run.results.map((r) => r.end - r.start))
  const [start, submit] = [latency(f.starts), latency(f.submits)]
  const failed = countBy(
    f.takers.filter((t) => t.failure),
    (t) => t.failure!,
  )
  const misscored = f.takers.filter((t) => t.result && t.result.score !== t.expected).length
  const leaked = f.takers.filter((t) =>
    /"(answer|explanation|source|rightPositions)"/.test(JSON.stringify(t.paper ?? {})),
  ).length
  const failures = [
    ...(failed.size ? [`failed calls: ${formatCounts(failed)}`] : []),
    ...(misscored ? [`${misscored} results differ from the bank's score`] : []),
    ...(leaked ? [`${leaked} papers carried answers`] : []),
    ...(f.storedScored !== pairs
      ? [`${f.storedScored} scored attempts stored, ${pairs} acknowledged`]
      : []),
    ...(f.storedBest !== pairs
      ? [`${f.storedBest} best scores stored, ${pairs} acknowledged`]
      : []),
  ]
  const rows: Row[] = [
    {
      label: `quiz start+submit pairs through the gateway (${f.clients} clients, ${f.workers} workers)`,
      value: `${pairs} in ${seconds(pairMs)} = ${rate(perSecond(pairs, pairMs))}`,
    },
    {
      label: 'start',
      value: `${rate(perSecond(f.starts.results.length, f.starts.elapsedMs))}, p50 ${ms(start.p50)}, p99 ${ms(start.p99)}`,
      indent: true,
    },
    {
      label: 'submit',
      value: `${rate(perSecond(f.submits.results.length, f.submits.elapsedMs))}, p50 ${ms(submit.p50)}, p99 ${ms(submit.p99)}`,
      indent: true,
    },
    {
      label: 'checks',
      value:
        `failed ${formatCounts(failed)}, scores differing from the bank ${misscored}, ` +
        `papers with answers ${leaked}, stored scored ${f.storedScored}, best ${f.storedBest}`,
      indent: true,
    },
  ]
  return { rows, failures }
}

export const quizSection: Section = {
  name: 'quiz',
  async run(options, progress) {
    return report(await measure(options, progress))
  },
}
