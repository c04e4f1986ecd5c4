// The quiz function through the gateway: papers carry no answers, scoring happens once, the daily
// limit and the time limit hold under concurrent calls, and the leaderboard masks names.
import type { CloudResult } from '@/contracts/errors'
import type { Leaderboard, QuizAttempts, QuizResult, QuizStart } from '@/contracts/quiz'
import { drawPaper, seededRandom, type ClientQuestion } from '@/domain/quiz-draw'
import type { Question } from '@/domain/quiz-question'
import { questionBank } from '@/quiz-bank'
import type { AttemptRecord, BestRecord, MistakeBookRecord } from '@/server/quiz/records'
import { startTestCloud, type TestCloud } from './local-cloud'

const NOW = '2025-04-23T10:00:00+08:00'
const DAY = '2025-04-23'
const byId = new Map(questionBank.map((q) => [q.id, q]))

// Cold function instances and a busy machine make single calls slow now and then.
jest.setTimeout(30_000)

let t: TestCloud
let db: typeof import('@/server/cloud').db
beforeAll(async () => {
  t = await startTestCloud({ now: NOW, workers: 4 })
  db = (await import('@/server/cloud')).db
}, 60_000)
afterAll(() => t.stop())

async function call<T>(body: object, openid?: string): Promise<CloudResult<T>> {
  return (await t.call<CloudResult<T>>('quiz', body, openid)).body
}

async function ok<T>(body: object, openid: string): Promise<T> {
  const result = await call<T>(body, openid)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.data
}

const start = (openid: string) => ok<QuizStart>({ action: 'start' }, openid)
const submit = (openid: string, attemptId: string, answers: object, extra: object = {}) =>
  call<QuizResult>({ action: 'submit', attemptId, answers, ...extra }, openid)

/** The shown positions of the right options, worked out from the bank as the server does. */
function rightShown(shown: { id: string; options: string[] }): number[] {
  const q = byId.get(shown.id)!
  const right = q.answer.map((i) => q.options[i])
  return shown.options.flatMap((text, pos) => (right.includes(text) ? [pos] : []))
}

function wrongShown(shown: { id: string; options: string[] }): number[] {
  const right = rightShown(shown)
  return [shown.options.findIndex((_, pos) => !right.includes(pos))]
}

type ShownQuestion = Pick<ClientQuestion, 'id' | 'options'>

const answersBy = (questions: ShownQuestion[], pick: typeof rightShown) =>
  Object.fromEntries(questions.map((q) => [q.id, pick(q)]))

const attemptsTable = () => db.collection<AttemptRecord>('quizAttempts')

async function storedAttempt(id: string): Promise<AttemptRecord | null> {
  return (await attemptsTable().doc(id).get()).data
}

/** An attempt started `secondsAgo` before NOW, written straight to the database. */
async function writeAttempt(openid: string, secondsAgo: number, seed: number) {
  const paper = drawPaper(questionBank, { size: 10, day: DAY, random: seededRandom(seed) })
  const _id = `${openid}__${DAY}__1`
  const startedAt = new Date(new Date(NOW).getTime() - secondsAgo * 1000)
  await attemptsTable().add({ data: { _id, openid, day: DAY, paper, startedAt, status: 'open' } })
  const questions = paper.items.map((item) => {
    const q = byId.get(item.id)!
    return { id: q.id, options: item.order.map((i) => q.options[i]) }
  })
  return { _id, questions, answers: answersBy(questions, rightShown) }
}

const FORBIDDEN_KEYS = ['answer', 'answers', 'explanation', 'source', 'rightPositions', 'validFrom']

function keysDeep(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => keysDeep(v, into))
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      into.push(key)
      keysDeep(v, into)
    }
  }
  return into
}

describe('start', () => {
  it('shows ten questions with no answer, explanation or source anywhere', async () => {
    const paper = await start('q-scan')
    expect(paper.questions).toHaveLength(10)
    expect(new Set(paper.questions.map((q) => q.id)).size).toBe(10)
    expect(Date.parse(paper.expiresAt) - Date.parse(paper.startedAt)).toBe(300_000)
    expect(keysDeep(paper).filter((key) => FORBIDDEN_KEYS.includes(key))).toEqual([])
    const text = JSON.stringify(paper)
    // A stem may name the law and article it asks about; anywhere else they would be the source.
    const withoutStems = JSON.stringify(paper.questions.map(({ stem, ...rest }) => rest))
    for (const shown of paper.questions) {
      const q = byId.get(shown.id)!
      expect(text).not.toContain(q.explanation)
      expect(withoutStems).not.toContain(q.source.version)
      if (q.source.article) expect(withoutStems).not.toContain(q.source.law + q.source.article)
      expect([...shown.options].sort()).toEqual([...q.options].sort())
    }
  })

  it('allows three a day, the fourth is RATE_LIMITED', async () => {
    for (let n = 1; n <= 3; n++) expect((await start('q-limit')).attemptId).toMatch(/__[123]$/)
    const fourth = await call({ action: 'start' }, 'q-limit')
    expect(fourth).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect(!fourth.ok && fourth.error.message).toContain('今天的3次答题机会已用完，明天再来')
  })

  it('lets exactly three of five concurrent starts through', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () => call<QuizStart>({ action: 'start' }, 'q-burst')),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(3)
    expect(results.filter((r) => !r.ok && r.error.code === 'RATE_LIMITED')).toHaveLength(2)
    const { total } = await attemptsTable().where({ openid: 'q-burst' }).count()
    expect(total).toBe(3)
  })

  it('needs an identity', async () => {
    expect(await call({ action: 'start' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    })
  })
})

describe('submit', () => {
  it('scores the right shown positions 100, then reveals answers, explanations and sources', async () => {
    const paper = await start('q-score')
    const result = await submit('q-score', paper.attemptId, answersBy(paper.questions, rightShown))
    if (!result.ok) throw new Error(result.error.message)
    expect(result.data).toMatchObject({ score: 100, correct: 10, total: 10, durationSeconds: 0 })
    for (const item of result.data.items) {
      const q = byId.get(item.id)!
      expect(item.explanation).toBe(q.explanation)
      expect(item.source).toEqual(q.source)
      expect(item.chosen).toEqual(item.rightPositions)
    }
    const mine = await ok<QuizAttempts>({ action: 'attempts' }, 'q-score')
    expect(mine.items).toEqual([expect.objectContaining({ status: 'scored', score: 100 })])
    expect(mine).toMatchObject({ remaining: 2, best: { score: 100, durationSeconds: 0 } })
  })

  it('scores concurrent and repeated submits once, all answered with the first result', async () => {
    const paper = await start('q-double')
    const wrong = answersBy(paper.questions, wrongShown)
    const right = answersBy(paper.questions, rightShown)
    const results = await Promise.all(
      [wrong, right, wrong, right].map((answers) => submit('q-double', paper.attemptId, answers)),
    )
    const first = results[0]
    if (!first.ok) throw new Error(first.error.message)
    for (const result of results) expect(result).toEqual(first)
    expect(await submit('q-double', paper.attemptId, right)).toEqual(first)
    const stored = await storedAttempt(paper.attemptId)
    expect(stored).toMatchObject({ status: 'scored', result: { score: first.data.score } })
    const best = (await db.collection<BestRecord>('quizBest').doc('q-double').get()).data
    expect(best).toMatchObject({ score: first.data.score, attemptId: paper.attemptId })
  })

  it('finds no attempt for anyone but its owner', async () => {
    const paper = await start('q-owner')
    const result = await submit('q-thief', paper.attemptId, answersBy(paper.questions, rightShown))
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await storedAttempt(paper.attemptId)).toMatchObject({ status: 'open' })
    expect((await db.collection<BestRecord>('quizBest').doc('q-thief').get()).data).toBeNull()
  })

  it('refuses a submit after 5 minutes and 15 seconds, and marks the attempt expired', async () => {
    const late = await writeAttempt('q-late', 316, 1)
    for (let i = 0; i < 2; i++) {
      expect(await submit('q-late', late._id, late.answers)).toMatchObject({
        ok: false,
        error: { code: 'DEADLINE_PASSED', message: expect.stringContaining('答题已超时') },
      })
    }
    expect(await storedAttempt(late._id)).toMatchObject({ status: 'expired' })
    const grace = await writeAttempt('q-grace', 314, 2)
    expect(await submit('q-grace', grace._id, grace.answers)).toMatchObject({
      ok: true,
      data: { score: 100, durationSeconds: 314 },
    })
  })

  it('rejects bad input with INVALID_ARGUMENT and changes nothing', async () => {
    const paper = await start('q-bad')
    const id = paper.questions[0].id
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`q${i}`, [0]]))
    const bad: object[] = [
      { action: 'nope' },
      { action: 'submit', attemptId: paper.attemptId, answers: { [id]: 'a' } },
      { action: 'submit', attemptId: paper.attemptId, answers: { [id]: [-1] } },
      { action: 'submit', attemptId: paper.attemptId, answers: { [id]: [0.5] } },
      { action: 'submit', attemptId: paper.attemptId, answers: { [id]: [0, 1, 2, 3, 4, 5, 0] } },
      { action: 'submit', attemptId: paper.attemptId, answers: many },
      { action: 'submit', attemptId: 42, answers: {} },
      { action: 'submit', attemptId: paper.attemptId, answers: {}, name: 'x'.repeat(21) },
      { action: 'submit', attemptId: paper.attemptId, answers: {}, extra: true },
      { action: 'start', extra: true },
      { action: 'leaderboard', school: '' },
    ]
    for (const body of bad) {
      expect(await call(body, 'q-bad')).toMatchObject({
        ok: false,
        error: { code: 'INVALID_ARGUMENT' },
      })
    }
    const { data } = await attemptsTable().where({ openid: 'q-bad' }).get()
    expect(data.map((a) => a.status)).toEqual(['open'])
  })
})

describe('result', () => {
  it('answers again exactly what submit answered, name and school unmasked for the taker', async () => {
    const paper = await start('q-again')
    const answers = answersBy(paper.questions, rightShown)
    const submitted = await submit('q-again', paper.attemptId, answers, {
      name: ' 李四 ',
      school: '营口市第一中学',
    })
    expect(submitted).toMatchObject({
      ok: true,
      data: {
        score: 100,
        passed: true,
        name: '李四',
        school: '营口市第一中学',
        submittedAt: new Date(NOW).toISOString(),
      },
    })
    expect(await call({ action: 'result', attemptId: paper.attemptId }, 'q-again')).toEqual(
      submitted,
    )
    const mine = await ok<QuizAttempts>({ action: 'attempts' }, 'q-again')
    expect(mine.best).toMatchObject({ attemptId: paper.attemptId, score: 100 })
  })

  it('passes at 80 and not at 70', async () => {
    for (const [openid, right, passed] of [
      ['q-pass', 8, true],
      ['q-fail', 7, false],
    ] as const) {
      const { _id, questions } = await writeAttempt(openid, 60, right)
      const answers = answersBy(questions, wrongShown)
      for (const q of questions.slice(0, right)) answers[q.id] = rightShown(q)
      await submit(openid, _id, answers)
      expect(await ok<QuizResult>({ action: 'result', attemptId: _id }, openid)).toMatchObject({
        score: right * 10,
        correct: right,
        passed,
      })
    }
  })

  it("finds no one else's attempt, whatever the payload says, and needs an identity", async () => {
    const paper = await start('q-mine')
    await submit('q-mine', paper.attemptId, answersBy(paper.questions, rightShown))
    const byOther = await call({ action: 'result', attemptId: paper.attemptId }, 'q-other')
    expect(byOther).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const claimed = { action: 'result', attemptId: paper.attemptId, openid: 'q-mine' }
    expect(await call(claimed, 'q-other')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    })
    expect(await call({ action: 'result', attemptId: paper.attemptId })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    })
    expect(await call({ action: 'result', attemptId: '' }, 'q-mine')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    })
  })

  it('has no result for an attempt still open, and none after its deadline', async () => {
    const open = await start('q-open')
    expect(await call({ action: 'result', attemptId: open.attemptId }, 'q-open')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('还没有交卷') },
    })
    const lapsed = await writeAttempt('q-lapsed', 316, 6)
    const asked = { action: 'result', attemptId: lapsed._id }
    expect(await call(asked, 'q-lapsed')).toMatchObject({
      ok: false,
      error: { code: 'DEADLINE_PASSED' },
    })
    // Asking is read-only; a late submit then marks it, and the answer stays the same.
    expect(await storedAttempt(lapsed._id)).toMatchObject({ status: 'open' })
    await submit('q-lapsed', lapsed._id, lapsed.answers)
    expect(await storedAttempt(lapsed._id)).toMatchObject({ status: 'expired' })
    expect(await call(asked, 'q-lapsed')).toMatchObject({
      ok: false,
      error: { code: 'DEADLINE_PASSED' },
    })
  })
})

describe('review', () => {
  it('lists the questions got wrong with their answers, only those in force today', async () => {
    const paper = await start('q-review')
    const answers = answersBy(paper.questions, wrongShown)
    const [first, ...others] = paper.questions
    answers[first.id] = rightShown(first)
    await submit('q-review', paper.attemptId, answers)
    // A question since taken out of the bank stays in the book but is not shown.
    await db
      .collection<MistakeBookRecord>('quizMistakes')
      .doc('q-review')
      .update({ data: { items: { 'patent-999': { attemptId: 'gone', wrongAt: new Date(NOW) } } } })
    const { items } = await ok<{ items: { id: string; answerText: string[] }[] }>(
      { action: 'review' },
      'q-review',
    )
    expect(items.map((i) => i.id).sort()).toEqual(others.map((q) => q.id).sort())
    for (const item of items) {
      const q: Question = byId.get(item.id)!
      expect(item).toMatchObject({ explanation: q.explanation, source: q.source, answer: q.answer })
      expect(item.answerText).toEqual(q.answer.map((i) => q.options[i]))
    }
  })
})

describe('leaderboard', () => {
  const SCHOOL = '营口实验中学'

  it('orders by score then time, masks names, and gives the caller their rank', async () => {
    const a = await writeAttempt('lb-a', 100, 3)
    const b = await writeAttempt('lb-b', 50, 4)
    const c = await writeAttempt('lb-c', 10, 5)
    await submit('lb-a', a._id, a.answers, { name: '张三', school: SCHOOL })
    await submit('lb-b', b._id, b.answers, { name: 'Lily', school: SCHOOL })
    await submit('lb-c', c._id, {}, { name: '王小明', school: SCHOOL })
    // A worse, faster attempt later leaves the best as it was.
    const again = await start('lb-a')
    await submit('lb-a', again.attemptId, {})

    const board = await ok<Leaderboard>({ action: 'leaderboard', school: SCHOOL }, 'lb-a')
    expect(board.items).toEqual([
      { rank: 1, name: 'L**', school: SCHOOL, score: 100, durationSeconds: 50 },
      { rank: 2, name: '张**', school: SCHOOL, score: 100, durationSeconds: 100 },
      { rank: 3, name: '王**', school: SCHOOL, score: 0, durationSeconds: 10 },
    ])
    expect(board.mine).toEqual({ rank: 2, score: 100, durationSeconds: 100, school: SCHOOL })

    const all = await ok<Leaderboard>({ action: 'leaderboard' }, 'lb-c')
    const keys = all.items.map((e) => [-e.score, e.durationSeconds])
    expect(keys).toEqual([...keys].sort((x, y) => x[0] - y[0] || x[1] - y[1]))
    expect(all.mine?.rank).toBe(all.items.findIndex((e) => e.name === '王**') + 1)
    expect(JSON.stringify(all)).not.toMatch(/张三|Lily|王小明|lb-/)
  })
})
