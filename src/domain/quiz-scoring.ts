// Scoring a submitted paper. Answers arrive from the client as shown positions, so anything
// malformed is simply a wrong answer: a quiz-taker gets their result, never an error.
import type { Paper, PaperItem } from './quiz-draw'
import type { Question, QuestionSource } from './quiz-question'

/** Question id → the shown positions the quiz-taker chose; anything else counts as wrong. */
export type Answers = Readonly<Record<string, unknown>>

export interface ScoredItem {
  id: string
  correct: boolean
  /** The shown positions chosen, ascending; empty when the answer was missing or malformed. */
  chosen: number[]
  /** The shown positions of the right options, ascending. */
  rightPositions: number[]
  explanation: string
  source: QuestionSource
}

export interface PaperScore {
  /** 0–100: the share of questions answered right, rounded. */
  score: number
  correct: number
  total: number
  items: ScoredItem[]
}

/**
 * The chosen positions, ascending, when `answer` is a list of distinct whole positions among
 * `optionCount`; null for anything else (a duplicate would otherwise pass as one tick).
 */
function validPositions(answer: unknown, optionCount: number): number[] | null {
  if (!Array.isArray(answer)) return null
  const inRange = answer.every((p) => Number.isInteger(p) && p >= 0 && p < optionCount)
  if (!inRange || new Set(answer).size !== answer.length) return null
  return [...(answer as number[])].sort((a, b) => a - b)
}

function rightPositions(question: Question, order: readonly number[]): number[] {
  return order.flatMap((original, shown) => (question.answer.includes(original) ? [shown] : []))
}

/** All and only the right positions: for single and true-false that is exactly the one. */
function sameSet(chosen: readonly number[], right: readonly number[]): boolean {
  return chosen.length === right.length && chosen.every((p, k) => p === right[k])
}

function scoreItem(question: Question, item: PaperItem, answer: unknown): ScoredItem {
  const chosen = validPositions(answer, item.order.length)
  const right = rightPositions(question, item.order)
  return {
    id: question.id,
    correct: chosen !== null && sameSet(chosen, right),
    chosen: chosen ?? [],
    rightPositions: right,
    explanation: question.explanation,
    source: question.source,
  }
}

/** Scores `answers` against the paper; answers to questions not on the paper are ignored. */
export function scorePaper(bank: readonly Question[], paper: Paper, answers: Answers): PaperScore {
  const byId = new Map(bank.map((q) => [q.id, q]))
  const items = paper.items.map((item) => {
    const question = byId.get(item.id)
    // The paper was drawn from the bank by the server, so a missing question is a server fault.
    if (!question) throw new Error(`paper asks ${item.id}, which is not in the bank`)
    // Own keys only, so an id like "constructor" never reads the prototype; and no
    // Object.hasOwn, which older WeChat clients lack (this folder is bundled into the app).
    const answered = Object.prototype.hasOwnProperty.call(answers, item.id)
    const answer = answered ? answers[item.id] : undefined
    return scoreItem(question, item, answer)
  })
  const correct = items.filter((i) => i.correct).length
  const total = items.length
  return { score: total === 0 ? 0 : Math.round((correct / total) * 100), correct, total, items }
}
