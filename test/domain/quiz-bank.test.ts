// The question bank is data: its shape is checked here and again when it is loaded, and the
// answers it gives on a day are the ones the law in force that day gives.
import { checkBank, questionsInForce, QUIZ_TOPICS, type Question } from '@/domain/quiz-question'
import { questionBank } from '@/quiz-bank'

const sample: Question = {
  id: 'patent-900',
  topic: 'patent',
  difficulty: 1,
  type: 'single',
  stem: '发明专利权的期限是多少年？',
  options: ['10年', '20年', '25年'],
  answer: [1],
  explanation: '依据专利法第四十二条，发明专利权的期限为二十年，自申请日起计算。',
  source: { law: '《中华人民共和国专利法》', article: '第四十二条', version: '2020年修正' },
  validFrom: '2021-06-01',
}

describe('the bank', () => {
  it('passes every rule', () => {
    expect(checkBank(questionBank)).toEqual([])
  })

  it('has at least 150 questions, each stem asked once', () => {
    expect(questionBank.length).toBeGreaterThanOrEqual(150)
    const stems = questionBank.map((q) => q.stem.replace(/\s/g, ''))
    expect(stems.length - new Set(stems).size).toBe(0)
  })

  it('covers the topics of the week, with every type and difficulty', () => {
    const topics = new Set(questionBank.map((q) => q.topic))
    for (const topic of QUIZ_TOPICS.filter((t) => t !== 'abroad')) expect(topics).toContain(topic)
    expect(new Set(questionBank.map((q) => q.type))).toEqual(
      new Set(['single', 'multiple', 'true-false']),
    )
    expect(new Set(questionBank.map((q) => q.difficulty))).toEqual(new Set([1, 2, 3]))
  })

  it('asks about plant-variety terms only as the law stood on the day', () => {
    const newTerms = (q: Question) => q.topic === 'plant-variety' && q.validFrom >= '2025-06-01'
    expect(questionBank.some(newTerms)).toBe(true)
    // The day before the 2025 regulation took effect, none of its answers is given...
    expect(questionsInForce(questionBank, '2025-05-31').some(newTerms)).toBe(false)
    // ...and from that day on, no answer of the superseded text is.
    const inForce = questionsInForce(questionBank, '2025-06-01')
    expect(
      inForce.filter((q) => q.validUntil !== undefined && q.validUntil < '2025-06-01'),
    ).toEqual([])
  })
})

describe('checkBank', () => {
  const problems = (changes: Partial<Question>) => checkBank([{ ...sample, ...changes }])

  it('accepts a sound question', () => {
    expect(problems({})).toEqual([])
  })

  it.each<[string, Partial<Question>]>([
    ['an answer outside the options', { answer: [3] }],
    ['two answers to a single choice', { answer: [0, 1] }],
    ['one answer to a multiple choice', { type: 'multiple', answer: [1] }],
    ['every option right in a multiple choice', { type: 'multiple', answer: [0, 1, 2] }],
    ['true-false with other options', { type: 'true-false', options: ['对', '错'], answer: [0] }],
    ['a repeated option', { options: ['10年', '10年', '25年'] }],
    ['no source document', { source: { law: '专利法', version: '2020年修正' } }],
    ['an id not of its topic', { id: 'trademark-001' }],
    ['a validity that ends before it starts', { validUntil: '2020-01-01' }],
    ['a day that does not exist', { validFrom: '2021-02-30' }],
  ])('finds %s', (_name, changes) => {
    expect(problems(changes)).not.toEqual([])
  })

  it('finds a repeated id', () => {
    expect(checkBank([sample, sample])).toEqual(['patent-900: duplicate id'])
  })
})

describe('questionsInForce', () => {
  it('keeps a question from its first day to its last', () => {
    const old = { ...sample, id: 'patent-901', validFrom: '2014-07-29', validUntil: '2025-05-31' }
    const ids = (day: string) => questionsInForce([sample, old], day).map((q) => q.id)
    expect(ids('2021-05-31')).toEqual(['patent-901'])
    expect(ids('2021-06-01')).toEqual(['patent-900', 'patent-901'])
    expect(ids('2025-06-01')).toEqual(['patent-900'])
  })
})
