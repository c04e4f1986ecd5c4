// Mainland China mobile numbers (手机号): 11 digits, 1 then 3–9. Landlines and numbers outside
// the mainland are out of scope: registration confirmations go out by SMS.
import { countChars, toHalfWidth } from './text-input'

const MOBILE_PATTERN = /^1[3-9]\d{9}$/

/**
 * Trims, full-width to half-width, drops spaces and hyphens ('138 1234 5678', '138-1234-5678'),
 * and the country code in the forms people paste: '+86', '86' (only when 11 digits follow it,
 * so that a mistyped 11-digit number starting 86… is reported as such, not silently cut).
 */
export function normalizePhone(input: string): string {
  const compact = toHalfWidth(input).replace(/[\s\-\u2010-\u2015]+/g, '')
  if (/^\+86\d{11}$/.test(compact)) return compact.slice(3)
  if (/^86\d{11}$/.test(compact)) return compact.slice(2)
  return compact
}

/** What is wrong with an already normalised number, in plain words; undefined when valid. */
export function phoneProblem(phone: string): string | undefined {
  if (!/^\d+$/.test(phone)) return '手机号只能包含数字'
  if (phone.length !== 11) {
    const count = countChars(phone, 99)
    return `手机号应为11位数字${count > 99 ? '' : `，当前为${count}位`}`
  }
  if (!MOBILE_PATTERN.test(phone)) return '请填写中国大陆手机号（以13至19开头）'
  return undefined
}

export function isValidPhone(phone: string): boolean {
  return phoneProblem(phone) === undefined
}

/** For display: '138****1234'. Anything that is not a valid number is hidden entirely. */
export function maskPhone(phone: string): string {
  const normalized = normalizePhone(phone)
  if (!isValidPhone(normalized)) return '*'.repeat(Math.min(countChars(normalized, 20), 20))
  return `${normalized.slice(0, 3)}****${normalized.slice(7)}`
}
