import * as z from 'zod/mini'
import type { ClientQuestion } from '@/domain/quiz-draw'
import type { QuestionSource, QuestionType, QuizTopic } from '@/domain/quiz-question'
import { action, type Contract } from './contract'

export {
  QUIZ_ATTEMPTS_PER_DAY,
  QUIZ_GRACE_SECONDS,
  QUIZ_PAPER_SIZE,
  QUIZ_PASS_SCORE,
  QUIZ_TIME_LIMIT_SECONDS,
} from '@/domain/quiz-rules'

export type AttemptStatus = 'open' | 'scored' | 'expired'

export interface QuizStart {
  attemptId: string
  startedAt: string
  expiresAt: string
  questions: ClientQuestion[]
}

export interface QuizResultItem {
  id: string
  stem: string
  /** In the order shown on the paper. */
  options: string[]
  correct: boolean
  /** Shown positions, ascending. */
  chosen: number[]
  rightPositions: number[]
  explanation: string
  source: QuestionSource
}

export interface QuizResult {
  attemptId: string
  score: number
  correct: number
  total: number
  durationSeconds: number
  submittedAt: string
  /** score >= QUIZ_PASS_SCORE: the certificate may be drawn. */
  passed: boolean
  /** As given on submit; shown unmasked to the taker only (certificate). */
  name?: string
  school?: string
  items: QuizResultItem[]
}

export interface QuizAttemptSummary {
  attemptId: string
  startedAt: string
  expiresAt: string
  status: AttemptStatus
  score?: number
  durationSeconds?: number
}

export interface QuizBestScore {
  /** The attempt that set it: its result and certificate. */
  attemptId: string
  score: number
  durationSeconds: number
  achievedAt: string
}

export interface QuizAttempts {
  /** Today's (Shanghai) attempts, most recent first. */
  items: QuizAttemptSummary[]
  remaining: number
  best: QuizBestScore | null
}

export interface QuizReviewItem {
  id: string
  topic: QuizTopic
  type: QuestionType
  stem: string
  options: string[]
  answer: number[]
  answerText: string[]
  explanation: string
  source: QuestionSource
  wrongAt: string
}

export interface LeaderboardEntry {
  rank: number
  /** Masked: '张**', 'L**'. */
  name: string
  school?: string
  score: number
  durationSeconds: number
}

export interface Leaderboard {
  items: LeaderboardEntry[]
  /** The caller's place on this board, when they have a best score on it. */
  mine: {
    rank: number
    score: number
    durationSeconds: number
    /** As the caller gave it: their school's board is one tap away. */
    school?: string
  } | null
}

const attemptId = z.string().check(z.minLength(1), z.maxLength(128))
const positions = z
  .array(z.number().check(z.int(), z.minimum(0), z.maximum(9)))
  .check(z.maxLength(6))
const answers = z
  .record(z.string().check(z.maxLength(64)), positions)
  .check(z.refine((value) => Object.keys(value).length <= 20, '答案最多 20 题'))
const name = z.string().check(z.trim(), z.minLength(1), z.maxLength(20))
const school = z.string().check(z.trim(), z.minLength(1), z.maxLength(30))

export const quizContract = {
  name: 'quiz',
  actions: {
    /** A new paper; at most QUIZ_ATTEMPTS_PER_DAY a Shanghai day. */
    start: action(z.strictObject({})).returns<QuizStart>(),
    /** Answers are shown positions by question id. `name`/`school` appear on the leaderboard. */
    submit: action(
      z.strictObject({
        attemptId,
        answers,
        name: z.optional(name),
        school: z.optional(school),
      }),
    ).returns<QuizResult>(),
    /** One of the caller's scored attempts, again (the result and certificate pages). */
    result: action(z.strictObject({ attemptId })).returns<QuizResult>(),
    attempts: action(z.strictObject({})).returns<QuizAttempts>(),
    /** The wrong-answer book, newest first. */
    review: action(z.strictObject({})).returns<{ items: QuizReviewItem[] }>(),
    leaderboard: action(z.strictObject({ school: z.optional(school) })).returns<Leaderboard>(),
  },
} satisfies Contract
