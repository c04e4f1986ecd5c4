// The quiz's stored documents. Attempt ids are `${openid}__${day}__${n}`, so the daily limit is
// the database's duplicate-key check; a best score and the wrong-answer book are keyed by the user.
import type { AttemptStatus } from '@/contracts/quiz'
import type { Paper } from '@/domain/quiz-draw'
import type { PaperScore } from '@/domain/quiz-scoring'
import type { Day } from '@/domain/time'
import { db } from '@/server/cloud'

export interface StoredResult extends PaperScore {
  durationSeconds: number
}

export interface AttemptRecord {
  _id: string
  openid: string
  day: Day
  paper: Paper
  startedAt: Date
  status: AttemptStatus
  result?: StoredResult
  submittedAt?: Date
  /** As given on submit, for the taker's own result and certificate. */
  name?: string
  school?: string
}

/** An attempt once submit has scored it: the result and when it was handed in. */
export type ScoredAttempt = AttemptRecord & { result: StoredResult; submittedAt: Date }

export function isScored(record: AttemptRecord): record is ScoredAttempt {
  return record.status === 'scored' && !!record.result && !!record.submittedAt
}

export interface BestRecord {
  _id: string
  score: number
  durationSeconds: number
  attemptId: string
  achievedAt: Date
  name?: string
  school?: string
}

/** When a question was last got wrong, and in which attempt. */
export interface Mistake {
  attemptId: string
  wrongAt: Date
}

/** A person's wrong-answer book: one document, so a submit adds all its mistakes in one write. */
export interface MistakeBookRecord {
  /** The OPENID. */
  _id: string
  /** By question id. */
  items: Record<string, Mistake>
}

export const attemptId = (openid: string, day: Day, n: number) => `${openid}__${day}__${n}`

export const attempts = () => db.collection<AttemptRecord>('quizAttempts')
export const bests = () => db.collection<BestRecord>('quizBest')
export const mistakeBooks = () => db.collection<MistakeBookRecord>('quizMistakes')
