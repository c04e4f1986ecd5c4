// Answers the app's cloud calls from the real campaign data module, for page tests (the real
// functions are covered by the function and end-to-end tests).
import { campaign, events } from '@/campaigns'
import { campaignPhase } from '@/domain/phase'
import { compareEvents, toEventView } from '@/domain/event'
import type { QuizResult, QuizStart } from '@/contracts/quiz'
import { drawPaper, questionForClient, seededRandom, type Paper } from '@/domain/quiz-draw'
import {
  QUIZ_ATTEMPTS_PER_DAY,
  QUIZ_PAPER_SIZE,
  QUIZ_PASS_SCORE,
  QUIZ_TIME_LIMIT_SECONDS,
} from '@/domain/quiz-rules'
import { scorePaper, type Answers } from '@/domain/quiz-scoring'
import { dayOf } from '@/domain/time'
import { questionBank } from '@/quiz-bank'

type Params = Record<string, unknown>

export function fakeCloud(now: string) {
  const published = events.map(toEventView).sort(compareEvents)
  return async (name: string, action: string, params: Params = {}) => {
    const key = `${name}.${action}`
    if (key === 'campaign.get') {
      return { ok: true, data: { campaign, phase: campaignPhase(campaign, new Date(now)), now } }
    }
    if (key === 'campaign.recap') {
      return {
        ok: true,
        data: { events: events.length, hostUnits: new Set(events.flatMap((e) => e.unitIds)).size },
      }
    }
    if (key === 'events.list') {
      const matching = published.filter((e) => !params.day || e.day === params.day)
      const limit = (params.limit as number | undefined) ?? 20
      return {
        ok: true,
        data: {
          items: matching.slice(0, limit),
          total: matching.length,
          offset: 0,
          hasMore: matching.length > limit,
        },
      }
    }
    // Nothing is published until the office reviews a unit's report (test/pages/home-news.test.tsx).
    if (key === 'filings.news') return { ok: true, data: { items: [], hasMore: false } }
    throw new Error(`fakeCloud: ${key} not answered`)
  }
}

interface FakeAttempt {
  paper: Paper
  startedAt: string
  result?: QuizResult
}

/**
 * An in-memory quiz function on top of fakeCloud: papers drawn from the real bank (seeded) and
 * scored by the same domain rule as the server, for one caller.
 */
export function fakeQuiz(now: string, options: { remaining?: number } = {}) {
  const byId = new Map(questionBank.map((q) => [q.id, q]))
  const attempts = new Map<string, FakeAttempt>()
  let remaining = options.remaining ?? QUIZ_ATTEMPTS_PER_DAY
  const rest = fakeCloud(now)
  const fail = (code: string, message: string) => ({ ok: false, error: { code, message } })
  const scored = () => [...attempts.values()].flatMap((a) => (a.result ? [a.result] : []))

  const actions: Record<string, (params: Params) => unknown> = {
    start() {
      if (remaining === 0) return fail('RATE_LIMITED', '今天的3次答题机会已用完，明天再来')
      remaining--
      const attemptId = `attempt-${attempts.size + 1}`
      const paper = drawPaper(questionBank, {
        size: QUIZ_PAPER_SIZE,
        day: dayOf(now),
        random: seededRandom(attempts.size + 1),
      })
      attempts.set(attemptId, { paper, startedAt: now })
      const expiresAt = new Date(Date.parse(now) + QUIZ_TIME_LIMIT_SECONDS * 1000).toISOString()
      const questions = paper.items.map((i) => questionForClient(byId.get(i.id)!, i.order))
      return { ok: true, data: { attemptId, startedAt: now, expiresAt, questions } }
    },
    submit({ attemptId, answers, name, school }) {
      const attempt = attempts.get(attemptId as string)
      if (!attempt) return fail('NOT_FOUND', '没有找到这次答题')
      const score = scorePaper(questionBank, attempt.paper, answers as Answers)
      attempt.result ??= {
        attemptId: attemptId as string,
        ...score,
        durationSeconds: 95,
        submittedAt: now,
        passed: score.score >= QUIZ_PASS_SCORE,
        ...(name ? { name: name as string } : {}),
        ...(school ? { school: school as string } : {}),
        items: score.items.map((item, k) => {
          const q = byId.get(item.id)!
          const options = attempt.paper.items[k].order.map((i) => q.options[i])
          return { ...item, stem: q.stem, options }
        }),
      }
      return { ok: true, data: attempt.result }
    },
    result({ attemptId }) {
      const result = attempts.get(attemptId as string)?.result
      return result ? { ok: true, data: result } : fail('NOT_FOUND', '没有找到这次答题')
    },
    attempts() {
      const best = [...scored()].sort((a, b) => b.score - a.score)[0]
      return {
        ok: true,
        data: {
          items: [],
          remaining,
          best: best
            ? { attemptId: best.attemptId, score: best.score, durationSeconds: 95, achievedAt: now }
            : null,
        },
      }
    },
    review() {
      const wrong = scored().flatMap((r) => r.items.filter((item) => !item.correct))
      const items = wrong.map((item) => {
        const q = byId.get(item.id)!
        return {
          ...q,
          answerText: q.answer.map((i) => q.options[i]),
          wrongAt: now,
        }
      })
      return { ok: true, data: { items } }
    },
  }

  const answer = async (name: string, action: string, params: Params = {}) =>
    name === 'quiz' && actions[action] ? actions[action](params) : rest(name, action, params)

  /** Starts and hands in a paper, the first `right` questions right and the rest wrong. */
  async function handIn(right: number): Promise<QuizResult> {
    const started = (await answer('quiz', 'start')) as { data: QuizStart }
    const { attemptId, questions } = started.data
    const answers = Object.fromEntries(
      questions.map((q, k) => {
        const positions = rightPositions(q)
        const wrong = q.options.findIndex((_, p) => !positions.includes(p))
        return [q.id, k < right ? positions : [wrong]]
      }),
    )
    const submitted = (await answer('quiz', 'submit', { attemptId, answers })) as {
      data: QuizResult
    }
    return submitted.data
  }

  return { answer, handIn }
}

/** The shown positions of a question's right options, worked out from the bank. */
export function rightPositions(shown: { id: string; options: string[] }): number[] {
  const q = questionBank.find((candidate) => candidate.id === shown.id)!
  const right = q.answer.map((i) => q.options[i])
  return shown.options.flatMap((text, position) => (right.includes(text) ? [position] : []))
}
