// 统一社会信用代码 (unified social credit code), GB 32100-2015, as transcribed in
// shared/reference/ip-law-facts.md §7.7. 18 characters:
//   1     登记管理部门代码   one code character
//   2     机构类别代码       one code character
//   3–8   行政区划码         six digits
//   9–17  主体标识码         nine code characters (17 is the organisation code's own check)
//   18    校验码             computed below
// Characters 1 and 2 are not checked against the standard's code tables: the reference lists
// only examples (9 = 市场监管, 1 = 企业) and has not verified the tables, and a false rejection
// would lock a real enterprise out of registering. The check character catches typos anyway.
import { countChars, toHalfWidth } from './text-input'

/** The 31 code characters, valued 0–30 by position. No I, O, S, V, Z. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'

/** Wᵢ = 3^(i−1) mod 31 for i = 1…17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export const CREDIT_CODE_LENGTH = 18

const CODE_CHAR = '[0-9A-HJ-NPQRTUWXY]'
const CREDIT_CODE_PATTERN = new RegExp(`^${CODE_CHAR}{2}\\d{6}${CODE_CHAR}{10}$`)
/** Letters left out of the character set, and what a person who typed one most likely meant. */
const LOOKALIKES: Record<string, string> = {
  I: '数字 1',
  O: '数字 0',
  S: '数字 5',
  V: '字母 U',
  Z: '数字 2',
}

/** Trims, drops every space (people copy '9135 0100 …' in groups), full-width to half-width, uppercase. */
export function normalizeCreditCode(input: string): string {
  return toHalfWidth(input).replace(/\s+/g, '').toUpperCase()
}

/**
 * The check character for the first 17 characters: C₁₈ = 31 − (Σ Cᵢ×Wᵢ mod 31), and 31 becomes
 * 0. Undefined when `first17` is not 17 code characters.
 */
export function creditCodeCheckChar(first17: string): string | undefined {
  if (first17.length !== CREDIT_CODE_LENGTH - 1) return undefined
  let sum = 0
  for (let i = 0; i < first17.length; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17[i])
    if (value < 0) return undefined
    sum += value * WEIGHTS[i]
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31]
}

/**
 * What is wrong with an already normalised code, in words for the person typing it; undefined
 * when it is valid. Lower case is wrong here: normalise first, so that only canonical codes are
 * stored and compared.
 */
export function creditCodeProblem(code: string): string | undefined {
  // Counted as a person counts: an emoji is one character, not two.
  const count = countChars(code, 99)
  if (count !== CREDIT_CODE_LENGTH) {
    return `统一社会信用代码应为18位${count > 99 ? '' : `，当前为${count}位`}`
  }
  const excluded = /[IOSVZ]/.exec(code)
  if (excluded) {
    const letter = excluded[0]
    return `统一社会信用代码中不会出现字母 ${letter}，请核对是否应为${LOOKALIKES[letter]}`
  }
  if (!/^[0-9A-Z]+$/.test(code)) return '统一社会信用代码只能由数字和大写字母组成'
  if (!CREDIT_CODE_PATTERN.test(code)) return '统一社会信用代码第3至8位应为数字（行政区划码）'
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) {
    return '统一社会信用代码校验位不正确，请核对'
  }
  return undefined
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === undefined
}

/** For display: '9135**********0043'. Short or malformed input is hidden entirely. */
export function maskCreditCode(code: string): string {
  const chars = Array.from(normalizeCreditCode(code))
  if (chars.length <= 8) return '*'.repeat(chars.length)
  return chars.slice(0, 4).join('') + '*'.repeat(chars.length - 8) + chars.slice(-4).join('')
}
