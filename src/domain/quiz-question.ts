// The quiz's questions as data, and the rules every question must keep. The bank is checked when
// it is loaded (checkBank) and by a schema test, so a typo in the data cannot reach a quiz.
import { isValidDay, type Day } from './time'

export const QUIZ_TOPICS = [
  'patent',
  'trademark',
  'copyright',
  'geographical-indication',
  'plant-variety',
  'ic-layout',
  'enforcement',
  'abroad',
  'ai',
  'publicity-week',
] as const
export type QuizTopic = (typeof QUIZ_TOPICS)[number]

export const TOPIC_LABELS: Record<QuizTopic, string> = {
  patent: '专利',
  trademark: '商标',
  copyright: '著作权',
  'geographical-indication': '地理标志',
  'plant-variety': '植物新品种',
  'ic-layout': '集成电路布图设计',
  enforcement: '保护与赔偿',
  abroad: '海外与跨境电商',
  ai: '知识产权与人工智能',
  'publicity-week': '宣传周常识',
}

/** single: one right option; multiple: two or more, all and only them; true-false: 正确/错误. */
export type QuestionType = 'single' | 'multiple' | 'true-false'

/** 1 easy, 2 medium, 3 hard. */
export type Difficulty = 1 | 2 | 3

export const TRUE_FALSE_OPTIONS = ['正确', '错误'] as const

export interface QuestionSource {
  /** The law, regulation or document, with its book-title marks: 《中华人民共和国专利法》. */
  law: string
  /** Article(s), when the fact has one: 第四十二条第一款. */
  article?: string
  /** Which text: 2020年第四次修正，2021年6月1日施行. */
  version: string
}

export interface Question {
  /** Stable: `${topic}-NNN`, never reused for another question. */
  id: string
  topic: QuizTopic
  difficulty: Difficulty
  type: QuestionType
  stem: string
  /** 2–6 distinct options; for true-false exactly TRUE_FALSE_OPTIONS. */
  options: string[]
  /** Indexes into options, ascending. */
  answer: number[]
  /** One or two sentences that teach the point, citing the rule. */
  explanation: string
  source: QuestionSource
  /** The Shanghai day from which this answer is right (the rule's entry into force). */
  validFrom: Day
  /** The last Shanghai day it is right, when the rule has since changed. */
  validUntil?: Day
}

/** Every problem with the bank, as plain sentences naming the question; empty when it is sound. */
export function checkBank(bank: readonly Question[]): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const q of bank) {
    const at = (problem: string) => problems.push(`${q.id}: ${problem}`)
    if (seen.has(q.id)) at('duplicate id')
    seen.add(q.id)
    if (!new RegExp(`^${q.topic}-\\d{3}$`).test(q.id)) at('id must be <topic>-NNN')
    if (!(QUIZ_TOPICS as readonly string[]).includes(q.topic)) at(`unknown topic ${q.topic}`)
    if (![1, 2, 3].includes(q.difficulty)) at('difficulty must be 1, 2 or 3')
    if (!q.stem.trim()) at('empty stem')
    if (q.options.length < 2 || q.options.length > 6) at('needs 2 to 6 options')
    if (new Set(q.options.map((o) => o.trim())).size !== q.options.length) at('repeated option')
    if (q.options.some((o) => !o.trim())) at('empty option')
    const inRange = q.answer.every((i) => Number.isInteger(i) && i >= 0 && i < q.options.length)
    if (!inRange) at('answer outside the options')
    const ascending = q.answer.every((i, k) => k === 0 || i > q.answer[k - 1])
    if (!ascending) at('answer indexes must be ascending and distinct')
    if (q.type === 'single' && q.answer.length !== 1) at('single choice needs exactly 1 answer')
    if (q.type === 'multiple' && (q.answer.length < 2 || q.answer.length === q.options.length)) {
      at('multiple choice needs 2 or more answers, and not every option')
    }
    if (q.type === 'true-false') {
      if (q.options.join('|') !== TRUE_FALSE_OPTIONS.join('|'))
        at('true-false options are 正确/错误')
      if (q.answer.length !== 1) at('true-false needs exactly 1 answer')
    }
    if (!q.explanation.trim()) at('empty explanation')
    if (!/^《.+》/.test(q.source.law)) at('source.law must name the document in 《》')
    if (!q.source.version.trim()) at('source.version is empty')
    if (!isValidDay(q.validFrom)) at('validFrom is not a day')
    if (q.validUntil !== undefined && (!isValidDay(q.validUntil) || q.validUntil < q.validFrom)) {
      at('validUntil must be a day on or after validFrom')
    }
  }
  return problems
}

/** The questions whose answers hold on `day`: a quiz never asks what the law no longer says. */
export function questionsInForce(bank: readonly Question[], day: Day): Question[] {
  return bank.filter(
    (q) => q.validFrom <= day && (q.validUntil === undefined || day <= q.validUntil),
  )
}
