// Drawing a quiz paper from the bank, and the view of a question a quiz-taker may see.
// Every random choice goes through a `random: () => number` uniform in [0, 1), so the quiz
// function can pass a crypto-backed source and tests a seeded one. This folder is also bundled
// into the mini-program, so the crypto-backed source lives with the server code, e.g.
// `() => randomBytes(6).readUIntBE(0, 6) / 2 ** 48` from node:crypto.
import {
  questionsInForce,
  type Difficulty,
  type Question,
  type QuestionType,
  type QuizTopic,
} from './quiz-question'
import type { Day } from './time'

export type Random = () => number

/** One drawn question: `order[k]` is the index in `question.options` shown at position k. */
export interface PaperItem {
  id: string
  order: number[]
}

export interface Paper {
  items: PaperItem[]
}

export interface DrawOptions {
  /** How many questions; every question in force when fewer are. */
  size?: number
  /** The Shanghai day the paper is taken: only answers that hold that day are asked. */
  day: Day
  random: Random
}

/** What the quiz-taker sees: nothing from which the answer could be worked out. */
export interface ClientQuestion {
  id: string
  type: QuestionType
  topic: QuizTopic
  difficulty: Difficulty
  stem: string
  options: string[]
}

/** The paper's difficulty mix, easy/medium/hard, followed as far as the questions allow. */
export const DIFFICULTY_SHARES: Record<Difficulty, number> = { 1: 0.4, 2: 0.4, 3: 0.2 }
const DIFFICULTIES: readonly Difficulty[] = [1, 2, 3]

/** mulberry32: small, fast and reproducible, for tests and benchmarks; not for live papers. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function randomIndex(random: Random, length: number): number {
  return Math.floor(random() * length)
}

/** Fisher–Yates, in place: every permutation equally likely. */
function shuffle<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomIndex(random, i + 1)
    ;[items[i], items[j]] = [items[j], items[i]]
  }
  return items
}

/** Removes and returns a uniformly chosen element; order does not matter within a stratum. */
function takeAny<T>(items: T[], random: Random): T {
  const i = randomIndex(random, items.length)
  const taken = items[i]
  items[i] = items[items.length - 1]
  items.pop()
  return taken
}

/** How many of each difficulty a paper of `size` should have: 4/4/2 for ten. */
export function difficultyTargets(size: number): Record<Difficulty, number> {
  const easy = Math.round(size * DIFFICULTY_SHARES[1])
  const medium = Math.round(size * DIFFICULTY_SHARES[2])
  return { 1: easy, 2: medium, 3: size - easy - medium }
}

/** A topic's remaining questions, by difficulty. */
type Strata = Record<Difficulty, Question[]>

function stratify(questions: readonly Question[]): Map<QuizTopic, Strata> {
  const byTopic = new Map<QuizTopic, Strata>()
  for (const q of questions) {
    const strata = byTopic.get(q.topic) ?? { 1: [], 2: [], 3: [] }
    strata[q.difficulty].push(q)
    byTopic.set(q.topic, strata)
  }
  return byTopic
}

function pickWeighted<T>(choices: readonly T[], weight: (c: T) => number, random: Random): T {
  const total = choices.reduce((sum, c) => sum + weight(c), 0)
  let point = random() * total
  for (const c of choices) {
    point -= weight(c)
    if (point < 0) return c
  }
  return choices[choices.length - 1]
}

/**
 * The difficulty to take from a topic: weighted by how many of each the paper still lacks, so
 * the mix lands on its targets; by the target shares when the topic has none of what is lacking.
 */
function chooseDifficulty(
  strata: Strata,
  lacking: Record<Difficulty, number>,
  random: Random,
): Difficulty {
  const available = DIFFICULTIES.filter((d) => strata[d].length > 0)
  const needed = available.filter((d) => lacking[d] > 0)
  if (needed.length > 0) return pickWeighted(needed, (d) => lacking[d], random)
  return pickWeighted(available, (d) => DIFFICULTY_SHARES[d], random)
}

function isEmpty(strata: Strata): boolean {
  return DIFFICULTIES.every((d) => strata[d].length === 0)
}

/** The shown order of a question's options: shuffled, except 正确/错误 which read as a pair. */
function optionOrder(question: Question, random: Random): number[] {
  const order = question.options.map((_, i) => i)
  return question.type === 'true-false' ? order : shuffle(order, random)
}

/**
 * Draws `size` distinct questions in force on `day`, spread over the topics as evenly as the
 * bank allows: round-robin over the topics in random order, each turn taking a uniformly chosen
 * question of a difficulty picked to keep the paper near DIFFICULTY_SHARES.
 */
export function drawPaper(bank: readonly Question[], options: DrawOptions): Paper {
  const { size = 10, day, random } = options
  if (!Number.isInteger(size) || size < 1) {
    throw new Error(`a paper needs a whole number of questions, at least 1 (got ${size})`)
  }
  const inForce = questionsInForce(bank, day)
  const byTopic = stratify(inForce)
  const lacking = difficultyTargets(Math.min(size, inForce.length))
  let turns = shuffle([...byTopic.keys()], random)
  const drawn: Question[] = []
  while (drawn.length < size && turns.length > 0) {
    for (const topic of turns) {
      if (drawn.length === size) break
      const strata = byTopic.get(topic)!
      const difficulty = chooseDifficulty(strata, lacking, random)
      drawn.push(takeAny(strata[difficulty], random))
      lacking[difficulty]--
    }
    turns = turns.filter((topic) => !isEmpty(byTopic.get(topic)!))
  }
  // Without this the first questions would always be one per topic and the last ones would
  // fill the difficulty mix, a pattern a quiz-taker could learn.
  return { items: shuffle(drawn, random).map((q) => ({ id: q.id, order: optionOrder(q, random) })) }
}

/** The question as shown, options in the paper's order; no answer, explanation or source. */
export function questionForClient(question: Question, order: readonly number[]): ClientQuestion {
  return {
    id: question.id,
    type: question.type,
    topic: question.topic,
    difficulty: question.difficulty,
    stem: question.stem,
    options: order.map((i) => question.options[i]),
  }
}
