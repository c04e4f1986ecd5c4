// Scoring a paper: answers are shown positions, right only when exactly the right options are
// chosen, and malformed answers are wrong rather than errors.
import type { Paper } from '@/domain/quiz-draw'
import type { Question } from '@/domain/quiz-question'
import { scorePaper, type Answers } from '@/domain/quiz-scoring'

const common = {
  explanation: '依据专利法第四十二条，发明专利权的期限为二十年。',
  source: { law: '《中华人民共和国专利法》', article: '第四十二条', version: '2020年修正' },
  validFrom: '2021-06-01',
}

const single: Question = {
  ...common,
  id: 'patent-901',
  topic: 'patent',
  difficulty: 1,
  type: 'single',
  stem: '发明专利权的期限是多少年？',
  options: ['10年', '20年', '25年', '50年'],
  answer: [1],
}

const multiple: Question = {
  ...common,
  id: 'patent-902',
  topic: 'patent',
  difficulty: 2,
  type: 'multiple',
  stem: '下列哪些属于专利的类型？',
  options: ['发明', '实用新型', '商标', '外观设计'],
  answer: [0, 1, 3],
}

const trueFalse: Question = {
  ...common,
  id: 'patent-903',
  topic: 'patent',
  difficulty: 1,
  type: 'true-false',
  stem: '发明专利权的期限自申请日起计算。',
  options: ['正确', '错误'],
  answer: [0],
}

const bank = [single, multiple, trueFalse]

// single shows 50年, 10年, 20年, 25年: its right option (20年) is at position 2.
// multiple shows 外观设计, 商标, 发明, 实用新型: right at positions 0, 2 and 3.
const paper: Paper = {
  items: [
    { id: single.id, order: [3, 0, 1, 2] },
    { id: multiple.id, order: [3, 2, 0, 1] },
    { id: trueFalse.id, order: [0, 1] },
  ],
}

const itemOf = (answers: Answers, id: string) =>
  scorePaper(bank, paper, answers).items.find((i) => i.id === id)!

describe('scorePaper', () => {
  it('scores a paper answered right in full, with where the right options were shown', () => {
    const result = scorePaper(bank, paper, {
      [single.id]: [2],
      [multiple.id]: [3, 0, 2],
      [trueFalse.id]: [0],
    })
    expect(result).toMatchObject({ score: 100, correct: 3, total: 3 })
    expect(result.items).toEqual([
      {
        id: single.id,
        correct: true,
        chosen: [2],
        rightPositions: [2],
        explanation: common.explanation,
        source: common.source,
      },
      expect.objectContaining({ id: multiple.id, chosen: [0, 2, 3], rightPositions: [0, 2, 3] }),
      expect.objectContaining({ id: trueFalse.id, correct: true, rightPositions: [0] }),
    ])
  })

  it.each<[string, string, unknown, boolean]>([
    ['single, the right option', single.id, [2], true],
    ['single, the right option at its original index', single.id, [1], false],
    ['single, a wrong option', single.id, [0], false],
    ['single, two options with the right one', single.id, [2, 0], false],
    ['true-false, right', trueFalse.id, [0], true],
    ['true-false, wrong', trueFalse.id, [1], false],
    ['true-false, both', trueFalse.id, [0, 1], false],
    ['multiple, exactly the right ones', multiple.id, [0, 2, 3], true],
    ['multiple, a subset', multiple.id, [0, 2], false],
    ['multiple, one of them', multiple.id, [3], false],
    ['multiple, a superset', multiple.id, [0, 1, 2, 3], false],
    ['multiple, as many but one wrong', multiple.id, [0, 1, 2], false],
    ['multiple, nothing chosen', multiple.id, [], false],
  ])('%s', (_, id, answer, correct) => {
    expect(itemOf({ [id]: answer }, id).correct).toBe(correct)
  })

  it.each<[string, unknown]>([
    ['a string', '2'],
    ['a list of strings', ['2']],
    ['a number, not a list', 2],
    ['a negative position', [-1]],
    ['a position past the options', [4]],
    ['a fractional position', [1.5]],
    ['NaN', [NaN]],
    ['a duplicate of the right option', [2, 2]],
    ['null', null],
    ['an object', { 0: 2 }],
  ])('counts %s as wrong, without throwing', (_, answer) => {
    expect(itemOf({ [single.id]: answer }, single.id)).toMatchObject({
      correct: false,
      chosen: [],
      rightPositions: [2],
    })
  })

  it('counts a multiple-choice answer with a repeated right option as wrong', () => {
    expect(itemOf({ [multiple.id]: [0, 2, 3, 3] }, multiple.id).correct).toBe(false)
  })

  it('counts unanswered questions as wrong and ignores answers to questions not on the paper', () => {
    const result = scorePaper(bank, paper, {
      [single.id]: [2],
      'patent-999': [0],
      constructor: [0],
    })
    expect(result).toMatchObject({ score: 33, correct: 1, total: 3 })
    expect(result.items.map((i) => i.id)).toEqual([single.id, multiple.id, trueFalse.id])
  })

  it.each([
    [1, 3, 33],
    [2, 3, 67],
    [1, 8, 13],
    [5, 8, 63],
    [7, 7, 100],
    [0, 7, 0],
  ])('scores %i right of %i as %i', (right, total, score) => {
    const questions = Array.from({ length: total }, (_, k) => ({
      ...trueFalse,
      id: `patent-${String(k + 100)}`,
    }))
    const rightAnswers = Object.fromEntries(questions.slice(0, right).map((q) => [q.id, [0]]))
    const items = questions.map((q) => ({ id: q.id, order: [0, 1] }))
    expect(scorePaper(questions, { items }, rightAnswers)).toEqual(
      expect.objectContaining({ score, correct: right, total }),
    )
  })

  it('refuses a paper asking a question the bank does not have', () => {
    const stray = { items: [{ id: 'patent-999', order: [0, 1] }] }
    expect(() => scorePaper(bank, stray, {})).toThrow(/patent-999/)
  })
})
