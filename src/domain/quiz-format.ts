// How the quiz pages word what the quiz function returns: option letters, durations, the
// countdown and a question's legal source.
import type { QuestionSource, QuestionType } from './quiz-question'

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  single: '单选题',
  multiple: '多选题',
  'true-false': '判断题',
}

/** 0 → 'A': options are read out and compared by letter. */
export function optionLetter(position: number): string {
  return String.fromCharCode(65 + position)
}

/** 192 → '3分12秒', 45 → '45秒', 300 → '5分'. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds))
  const minutes = Math.floor(whole / 60)
  const rest = whole % 60
  if (minutes === 0) return `${rest}秒`
  return rest === 0 ? `${minutes}分` : `${minutes}分${rest}秒`
}

/** 272 → '4:32', as a clock face. */
export function formatCountdown(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds))
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}

/** '《中华人民共和国专利法》第四十二条第一款（2020年第四次修正，2021年6月1日施行）' */
export function formatSource(source: QuestionSource): string {
  return `${source.law}${source.article ?? ''}（${source.version}）`
}
