// Drawing papers: which questions, how they spread over topics and difficulties, how options are
// shuffled, and what of a question the quiz-taker may see.
import {
  difficultyTargets,
  drawPaper,
  questionForClient,
  seededRandom,
  type Paper,
} from '@/domain/quiz-draw'
import { questionsInForce, type Question } from '@/domain/quiz-question'
import { questionBank } from '@/quiz-bank'

const day = '2025-04-20'
const byId = new Map(questionBank.map((q) => [q.id, q]))
const questionOf = (id: string): Question => byId.get(id)!

function papers(count: number, seed: number, size = 10, on = day): Paper[] {
  const random = seededRandom(seed)
  return Array.from({ length: count }, () => drawPaper(questionBank, { size, day: on, random }))
}

/** Pearson's statistic of observed counts against equal expected counts. */
function chiSquare(counts: readonly number[]): number {
  const expected = counts.reduce((a, b) => a + b, 0) / counts.length
  return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0)
}

/** A bound a fair source exceeds with negligible probability: df plus six standard deviations. */
const chiSquareBound = (df: number) => df + 6 * Math.sqrt(2 * df)

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = seededRandom(7)
    const b = seededRandom(7)
    const values = Array.from({ length: 1000 }, () => a())
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()))
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true)
    expect(seededRandom(8)()).not.toBe(values[0])
  })
})

describe('drawPaper', () => {
  it.each([1, 5, 10, 30])('draws %i distinct questions', (size) => {
    for (const paper of papers(200, size, size)) {
      const ids = paper.items.map((i) => i.id)
      expect(ids).toHaveLength(size)
      expect(new Set(ids).size).toBe(size)
    }
  })

  it('draws every question in force, once, when fewer than asked', () => {
    const inForce = questionsInForce(questionBank, day).map((q) => q.id)
    const [paper] = papers(1, 1, inForce.length + 50)
    expect(paper.items.map((i) => i.id).sort()).toEqual([...inForce].sort())
  })

  it.each([0, -1, 2.5, NaN])('refuses a size of %p', (size) => {
    expect(() => drawPaper(questionBank, { size, day, random: seededRandom(1) })).toThrow(
      /at least 1/,
    )
  })

  it('asks only what holds on the day', () => {
    const notYet = questionBank.filter((q) => q.validFrom === '2025-06-01').map((q) => q.id)
    expect(notYet.length).toBeGreaterThan(0)
    const drawn = new Set(papers(500, 2, 10, '2025-05-31').flatMap((p) => p.items.map((i) => i.id)))
    for (const id of notYet) expect(drawn).not.toContain(id)
    for (const id of drawn) expect(questionsInForce([questionOf(id)], '2025-05-31')).toHaveLength(1)
    const superseded = questionBank.filter((q) => q.validUntil === '2025-05-31').map((q) => q.id)
    const later = new Set(papers(500, 3, 10, '2025-06-01').flatMap((p) => p.items.map((i) => i.id)))
    for (const id of superseded) expect(later).not.toContain(id)
  })

  it('shows each question’s options in some order of all of them, 正确/错误 as they are', () => {
    for (const paper of papers(300, 4)) {
      for (const { id, order } of paper.items) {
        const q = questionOf(id)
        expect([...order].sort((a, b) => a - b)).toEqual(q.options.map((_, i) => i))
        if (q.type === 'true-false') expect(order).toEqual([0, 1])
      }
    }
  })

  it('keeps the same seed to the same papers', () => {
    expect(papers(5, 9)).toEqual(papers(5, 9))
  })
})

describe('stratification', () => {
  const inForce = questionsInForce(questionBank, day)
  const topicsInForce = new Set(inForce.map((q) => q.topic)).size
  const sample = papers(2000, 5)

  it('covers as many topics as the paper has room for', () => {
    // Every topic in force has at least ceil(10 / topics) questions, so no topic runs dry.
    expect(topicsInForce).toBe(9)
    for (const paper of sample) {
      const topics = paper.items.map((i) => questionOf(i.id).topic)
      expect(new Set(topics).size).toBe(Math.min(10, topicsInForce))
    }
  })

  it('takes no topic twice before every topic has been taken once', () => {
    for (const size of [3, 9, 18, 20]) {
      for (const paper of papers(200, size, size)) {
        const perTopic = new Map<string, number>()
        for (const { id } of paper.items) {
          const topic = questionOf(id).topic
          perTopic.set(topic, (perTopic.get(topic) ?? 0) + 1)
        }
        expect(perTopic.size).toBe(Math.min(size, topicsInForce))
        expect(Math.max(...perTopic.values())).toBe(Math.ceil(size / topicsInForce))
      }
    }
  })

  it('follows 40/40/20 for easy/medium/hard', () => {
    expect(difficultyTargets(10)).toEqual({ 1: 4, 2: 4, 3: 2 })
    expect(difficultyTargets(5)).toEqual({ 1: 2, 2: 2, 3: 1 })
    // A topic's turn can come when it has none left of what the paper lacks (ic-layout has one
    // easy question), so a few papers are off by one; none by more.
    let exact = 0
    for (const paper of sample) {
      const mix = [1, 2, 3].map(
        (d) => paper.items.filter((i) => questionOf(i.id).difficulty === d).length,
      )
      mix.forEach((count, k) => expect(Math.abs(count - [4, 4, 2][k])).toBeLessThanOrEqual(1))
      if (mix.join('/') === '4/4/2') exact++
    }
    expect(exact / sample.length).toBeGreaterThan(0.95)
  })
})

describe('uniformity, over 20,000 papers from seed 42', () => {
  const sample = papers(20_000, 42)
  const drawn = sample.flatMap((p) => p.items)

  it('draws every question of a topic and difficulty equally often', () => {
    const counts = new Map<string, Map<string, number>>()
    for (const q of questionsInForce(questionBank, day)) {
      const stratum = `${q.topic}/${q.difficulty}`
      counts.set(stratum, (counts.get(stratum) ?? new Map()).set(q.id, 0))
    }
    for (const { id } of drawn) {
      const q = questionOf(id)
      const stratum = counts.get(`${q.topic}/${q.difficulty}`)!
      stratum.set(id, stratum.get(id)! + 1)
    }
    let statistic = 0
    let df = 0
    for (const stratum of counts.values()) {
      const values = [...stratum.values()]
      // At these counts a fair draw keeps every question within 15% of its stratum's mean (the
      // widest gap is about 9%); always taking the first question puts it at about 10 times.
      const mean = values.reduce((a, b) => a + b, 0) / values.length
      for (const v of values) expect(Math.abs(v - mean) / mean).toBeLessThan(0.15)
      statistic += chiSquare(values)
      df += values.length - 1
    }
    expect(statistic).toBeLessThan(chiSquareBound(df))
  })

  it('puts the right option of single-choice questions at each position equally often', () => {
    const atPosition = [0, 0, 0, 0]
    for (const { id, order } of drawn) {
      const q = questionOf(id)
      if (q.type === 'single') atPosition[order.indexOf(q.answer[0])]++
    }
    expect(
      questionBank.filter((q) => q.type === 'single').every((q) => q.options.length === 4),
    ).toBe(true)
    const mean = atPosition.reduce((a, b) => a + b, 0) / 4
    for (const count of atPosition) expect(Math.abs(count - mean) / mean).toBeLessThan(0.02)
    expect(chiSquare(atPosition)).toBeLessThan(chiSquareBound(3))
  })
})

describe('questionForClient', () => {
  const hidden = ['answer', 'explanation', 'source', 'validFrom', 'validUntil', 'order']

  /** Every key and every string value anywhere inside `value`. */
  function scan(value: unknown, keys: string[] = [], strings: string[] = []) {
    if (typeof value === 'string') strings.push(value)
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        keys.push(key)
        scan(inner, keys, strings)
      }
    }
    return { keys, strings }
  }

  it('shows the options in the paper’s order', () => {
    const q = questionBank.find((x) => x.type === 'single')!
    const view = questionForClient(q, [3, 1, 0, 2])
    expect(view).toEqual({
      id: q.id,
      type: q.type,
      topic: q.topic,
      difficulty: q.difficulty,
      stem: q.stem,
      options: [q.options[3], q.options[1], q.options[0], q.options[2]],
    })
  })

  it('gives away nothing of the answer for any question of the bank', () => {
    const random = seededRandom(6)
    const paper = drawPaper(questionBank, { size: questionBank.length, day: '2030-01-01', random })
    const orders = new Map(paper.items.map((i) => [i.id, i.order]))
    for (const q of questionBank) {
      const order = orders.get(q.id) ?? q.options.map((_, i) => i)
      const { keys, strings } = scan(questionForClient(q, order))
      for (const key of hidden) expect(keys).not.toContain(key)
      expect(strings).not.toContain(q.explanation)
      expect(strings).not.toContain(q.source.law)
    }
  })
})
