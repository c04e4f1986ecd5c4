// The quiz's stored documents. Attempt ids are `${openid}__${day}__${n}`, so the daily limit is
// the database's duplicate-key check; a best score and a mistake are keyed by the user.
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

export interface MistakeRecord {
  _id: string
  openid: string
  questionId: string
  attemptId: string
  wrongAt: Date
}

export const attemptId = (openid: string, day: Day, n: number) => `${openid}__${day}__${n}`
export const mistakeId = (openid: string, questionId: string) => `${openid}__${questionId}`

export const attempts = () => db.collection<AttemptRecord>('quizAttempts')
export const bests = () => db.collection<BestRecord>('quizBest')
export const mistakes = () => db.collection<MistakeRecord>('quizMistakes')
