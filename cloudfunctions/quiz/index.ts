// quiz: the IP and AI knowledge quiz. A paper is drawn and kept on the server; the client sees
// questions without answers, and the answers, explanations and sources only once it is scored.
// Identity is the caller's OPENID from the platform, never the payload.
import { randomBytes } from 'node:crypto'
import {
  QUIZ_ATTEMPTS_PER_DAY,
  QUIZ_GRACE_SECONDS,
  QUIZ_PAPER_SIZE,
  QUIZ_PASS_SCORE,
  QUIZ_TIME_LIMIT_SECONDS,
  quizContract,
  type QuizAttemptSummary,
  type QuizResult,
} from '@/contracts/quiz'
import { drawPaper, questionForClient } from '@/domain/quiz-draw'
import { questionsInForce, type Question } from '@/domain/quiz-question'
import { scorePaper } from '@/domain/quiz-scoring'
import { dayOf } from '@/domain/time'
import { questionBank } from '@/quiz-bank'
import { now } from '@/server/clock'
import { callerOpenid } from '@/server/cloud'
import { defineFunction } from '@/server/define-function'
import { AppError, isDuplicateKeyError } from '@/server/errors'
import {
  attemptId as attemptIdOf,
  attempts,
  bests,
  isScored,
  type AttemptRecord,
  type ScoredAttempt,
  type StoredResult,
} from '@/server/quiz/records'
import { addMistakes, readMistakes } from '@/server/quiz/mistake-book'
import { leaderboard, recordBest, type Profile } from '@/server/quiz/standings'

/** Uniform in [0, 1) from 48 random bits: papers must not be predictable from earlier ones. */
const random = () => randomBytes(6).readUIntBE(0, 6) / 2 ** 48
const REVIEW_SIZE = 50

const byId = new Map(questionBank.map((q) => [q.id, q]))

function question(id: string): Question {
  const found = byId.get(id)
  // Papers are drawn from this bank, so a missing question is a server fault.
  if (!found) throw new Error(`question ${id} is not in the bank`)
  return found
}

function requireOpenid(): string {
  const openid = callerOpenid()
  if (!openid) throw new AppError('UNAUTHENTICATED', '请先登录微信后再答题')
  return openid
}

const expiresAt = (startedAt: Date) =>
  new Date(new Date(startedAt).getTime() + QUIZ_TIME_LIMIT_SECONDS * 1000)

function isLate(startedAt: Date, at: Date): boolean {
  return at.getTime() > expiresAt(startedAt).getTime() + QUIZ_GRACE_SECONDS * 1000
}

const deadlinePassed = () => new AppError('DEADLINE_PASSED', '答题已超时，本次成绩无效')

async function readOwn(id: string, openid: string): Promise<AttemptRecord> {
  const { data } = await attempts().doc(id).get()
  if (!data || data.openid !== openid) throw new AppError('NOT_FOUND', '没有找到这次答题')
  return data
}

function toResult(record: ScoredAttempt): QuizResult {
  const { result, name, school } = record
  const orders = new Map(record.paper.items.map((item) => [item.id, item.order]))
  const { score, correct, total, durationSeconds } = result
  return {
    attemptId: record._id,
    score,
    correct,
    total,
    durationSeconds,
    submittedAt: new Date(record.submittedAt).toISOString(),
    passed: score >= QUIZ_PASS_SCORE,
    ...(name ? { name } : {}),
    ...(school ? { school } : {}),
    items: result.items.map((item) => {
      const q = question(item.id)
      return {
        id: item.id,
        stem: q.stem,
        options: (orders.get(item.id) ?? []).map((i) => q.options[i]),
        correct: item.correct,
        chosen: item.chosen,
        rightPositions: item.rightPositions,
        explanation: item.explanation,
        source: item.source,
      }
    }),
  }
}

/** After losing a conditional update: the result another submit stored, or the attempt expired. */
async function settled(id: string, openid: string): Promise<QuizResult> {
  const record = await readOwn(id, openid)
  if (isScored(record)) return toResult(record)
  throw deadlinePassed()
}

function summary(record: AttemptRecord, at: Date): QuizAttemptSummary {
  const lapsed = record.status === 'open' && isLate(record.startedAt, at)
  return {
    attemptId: record._id,
    startedAt: new Date(record.startedAt).toISOString(),
    expiresAt: expiresAt(record.startedAt).toISOString(),
    status: lapsed ? 'expired' : record.status,
    ...(record.result
      ? { score: record.result.score, durationSeconds: record.result.durationSeconds }
      : {}),
  }
}

export const main = defineFunction(quizContract, {
  async start() {
    const openid = requireOpenid()
    const startedAt = now()
    const day = dayOf(startedAt)
    const paper = drawPaper(questionBank, { size: QUIZ_PAPER_SIZE, day, random })
    if (paper.items.length === 0) throw new AppError('NOT_FOUND', '题库尚未上线，敬请期待')
    // One id per allowed attempt: the database refuses a duplicate, so concurrent starts cannot
    // exceed the limit.
    for (let n = 1; n <= QUIZ_ATTEMPTS_PER_DAY; n++) {
      const _id = attemptIdOf(openid, day, n)
      try {
        await attempts().add({ data: { _id, openid, day, paper, startedAt, status: 'open' } })
      } catch (error) {
        if (isDuplicateKeyError(error)) continue
        throw error
      }
      return {
        attemptId: _id,
        startedAt: startedAt.toISOString(),
        expiresAt: expiresAt(startedAt).toISOString(),
        questions: paper.items.map((item) => questionForClient(question(item.id), item.order)),
      }
    }
    throw new AppError('RATE_LIMITED', `今天的${QUIZ_ATTEMPTS_PER_DAY}次答题机会已用完，明天再来`)
  },

  async submit({ attemptId, answers, name, school }) {
    const openid = requireOpenid()
    const record = await readOwn(attemptId, openid)
    if (isScored(record)) return toResult(record)
    if (record.status === 'expired') throw deadlinePassed()
    const submittedAt = now()
    const open = { _id: attemptId, status: 'open' }
    if (isLate(record.startedAt, submittedAt)) {
      await attempts()
        .where(open)
        .update({ data: { status: 'expired' } })
      return settled(attemptId, openid)
    }
    const elapsed = submittedAt.getTime() - new Date(record.startedAt).getTime()
    const result: StoredResult = {
      ...scorePaper(questionBank, record.paper, answers),
      durationSeconds: Math.max(0, Math.round(elapsed / 1000)),
    }
    const profile: Profile = { ...(name ? { name } : {}), ...(school ? { school } : {}) }
    // Only the submit that flips the attempt from open records it; any other reads it back.
    const scored = { status: 'scored' as const, result, submittedAt, ...profile }
    const { stats } = await attempts().where(open).update({ data: scored })
    if (stats.updated !== 1) return settled(attemptId, openid)

    const best = {
      score: result.score,
      durationSeconds: result.durationSeconds,
      attemptId,
      achievedAt: submittedAt,
    }
    const wrong = result.items.filter((item) => !item.correct).map((item) => item.id)
    await Promise.all([
      recordBest(openid, best, profile),
      addMistakes(openid, wrong, { attemptId, wrongAt: submittedAt }),
    ])
    return toResult({ ...record, ...scored })
  },

  async result({ attemptId }) {
    const openid = requireOpenid()
    const record = await readOwn(attemptId, openid)
    if (isScored(record)) return toResult(record)
    // Read-only: an open attempt past its deadline answers as submit would, without marking it.
    if (record.status === 'expired' || isLate(record.startedAt, now())) throw deadlinePassed()
    throw new AppError('NOT_FOUND', '这次答题还没有交卷，没有成绩')
  },

  async attempts() {
    const openid = requireOpenid()
    const at = now()
    const { data } = await attempts()
      .where({ openid, day: dayOf(at) })
      .orderBy('startedAt', 'desc')
      .limit(QUIZ_ATTEMPTS_PER_DAY)
      .get()
    const { data: best } = await bests().doc(openid).get()
    return {
      items: data.map((record) => summary(record, at)),
      remaining: Math.max(0, QUIZ_ATTEMPTS_PER_DAY - data.length),
      best: best
        ? {
            attemptId: best.attemptId,
            score: best.score,
            durationSeconds: best.durationSeconds,
            achievedAt: new Date(best.achievedAt).toISOString(),
          }
        : null,
    }
  },

  async review() {
    const openid = requireOpenid()
    const inForce = new Set(questionsInForce(questionBank, dayOf(now())).map((q) => q.id))
    const items = (await readMistakes(openid))
      .filter(([questionId]) => inForce.has(questionId))
      .slice(0, REVIEW_SIZE)
      .map(([questionId, mistake]) => {
        const q = question(questionId)
        return {
          id: q.id,
          topic: q.topic,
          type: q.type,
          stem: q.stem,
          options: q.options,
          answer: q.answer,
          answerText: q.answer.map((i) => q.options[i]),
          explanation: q.explanation,
          source: q.source,
          wrongAt: new Date(mistake.wrongAt).toISOString(),
        }
      })
    return { items }
  },

  async leaderboard({ school }) {
    return leaderboard(requireOpenid(), school)
  },
})
