// The quiz's question bank: one module per group of topics, written from the vetted facts of
// shared/reference/ip-law-facts.md (only facts marked verified). checkBank() guards its shape.
import type { Question } from '@/domain/quiz-question'
import { aiAndWeekQuestions } from './ai-and-week'
import { patentAndOtherRightsQuestions } from './patent-and-other-rights'
import { trademarkCopyrightQuestions } from './trademark-copyright-enforcement'

export const questionBank: readonly Question[] = [
  ...patentAndOtherRightsQuestions,
  ...trademarkCopyrightQuestions,
  ...aiAndWeekQuestions,
]
