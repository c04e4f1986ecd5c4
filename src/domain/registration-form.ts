// The session registration form as data, and its one validator. The Taro page and the cloud
// function both run validateRegistrationForm, so a rule changes in one place; the server's run
// is the one that counts (a client can send anything).
import { creditCodeProblem, normalizeCreditCode } from './credit-code'
import { normalizePhone, phoneProblem } from './phone'
import { countChars, hasUnprintable, toHalfWidth } from './text-input'

export type RegistrationFieldId =
  | 'companyName'
  | 'creditCode'
  | 'contactName'
  | 'phone'
  | 'attendees'
  | 'crossBorder'
  | 'exportMarkets'
  | 'expertQuestion'

/** Where errors about the form as a whole go (not an object, unexpected fields). */
export const FORM_ERROR_KEY = '_form'
export type RegistrationErrorKey = RegistrationFieldId | typeof FORM_ERROR_KEY

export type FieldKind =
  'text' | 'credit-code' | 'phone' | 'count' | 'yes-no' | 'multi-choice' | 'long-text'

export interface FieldSpec {
  label: string
  required: boolean
  kind: FieldKind
  /** Characters (an emoji counts as one) after trimming, for text kinds. */
  minLength?: number
  maxLength?: number
  /** Most choices, for multi-choice. */
  maxItems?: number
}

// A fixed list rather than free text: two taps on a phone instead of typing, and answers the
// organisers can count to line up experts by market before the 23 April session. Anything
// outside the list is 其他, and the details belong in expertQuestion.
export const EXPORT_MARKETS = [
  '北美',
  '欧盟',
  '东南亚',
  '日韩',
  '中东',
  '拉美',
  '非洲',
  '俄罗斯及中亚',
  '大洋洲',
  '其他',
] as const
export type ExportMarket = (typeof EXPORT_MARKETS)[number]

export const FIELD_SPECS: Record<RegistrationFieldId, FieldSpec> = {
  companyName: { label: '企业名称', required: true, kind: 'text', minLength: 2, maxLength: 60 },
  creditCode: { label: '统一社会信用代码', required: true, kind: 'credit-code', maxLength: 18 },
  contactName: { label: '联系人', required: true, kind: 'text', minLength: 2, maxLength: 20 },
  phone: { label: '手机号', required: true, kind: 'phone', maxLength: 11 },
  attendees: { label: '参会人数', required: true, kind: 'count' },
  crossBorder: { label: '是否跨境电商/外贸企业', required: true, kind: 'yes-no' },
  exportMarkets: { label: '主要出口市场', required: false, kind: 'multi-choice', maxItems: 5 },
  expertQuestion: {
    label: '想咨询的海外知识产权问题',
    required: false,
    kind: 'long-text',
    maxLength: 500,
  },
}

/** The 23 April cross-border e-commerce session asks for everything, in this order. */
export const CROSS_BORDER_SESSION_FIELDS: readonly RegistrationFieldId[] = [
  'companyName',
  'creditCode',
  'contactName',
  'phone',
  'attendees',
  'crossBorder',
  'exportMarkets',
  'expertQuestion',
]

/** A form that passed: configured fields only; an empty optional question is left out. */
export interface NormalizedForm {
  companyName?: string
  creditCode?: string
  contactName?: string
  phone?: string
  attendees?: number
  crossBorder?: boolean
  exportMarkets?: ExportMarket[]
  expertQuestion?: string
}

export type RegistrationErrors = Partial<Record<RegistrationErrorKey, string>>

export type RegistrationResult =
  { ok: true; value: NormalizedForm } | { ok: false; errors: RegistrationErrors }

export interface RegistrationOptions {
  fields: readonly RegistrationFieldId[]
  /** Seats one enterprise may take in this session. */
  perCompanyCap: number
}

type Check = { value: unknown } | { error: string }

const isUsableCap = (cap: number) => Number.isInteger(cap) && cap >= 1

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key)

/**
 * Validates and normalises a submitted form, reporting every field's problem at once so the
 * page can show them inline. Keys the session does not ask for are rejected rather than
 * dropped: they mean a stale page or a hand-made request, and silently storing less than the
 * person typed is worse. Never throws, whatever `input` is.
 */
export function validateRegistrationForm(
  input: unknown,
  options: RegistrationOptions,
): RegistrationResult {
  try {
    return validate(input, options)
  } catch {
    // Only a hostile object gets here (a throwing getter, a Proxy).
    return { ok: false, errors: { [FORM_ERROR_KEY]: '表单内容无法识别，请刷新页面后重新填写' } }
  }
}

function validate(input: unknown, options: RegistrationOptions): RegistrationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: { [FORM_ERROR_KEY]: '表单内容无法识别，请刷新页面后重新填写' } }
  }
  const { fields, perCompanyCap } = options
  const errors: RegistrationErrors = {}
  const value: Record<string, unknown> = {}

  if (!isUsableCap(perCompanyCap)) {
    errors[FORM_ERROR_KEY] = '本场次的报名人数上限尚未设置，请联系主办单位'
  }

  const configured = new Set<string>(fields)
  // A key whose value is undefined is as good as absent (JSON would not have sent it).
  const unexpected = Object.keys(input).filter(
    (key) => !configured.has(key) && (input as Record<string, unknown>)[key] !== undefined,
  )
  if (unexpected.length > 0) {
    const shown = unexpected
      .slice(0, 3)
      .map((key) => (key.length > 20 ? `${key.slice(0, 20)}…` : key))
      .join('、')
    const more = unexpected.length > 3 ? ` 等${unexpected.length}项` : ''
    errors[FORM_ERROR_KEY] ??= `表单包含本场次不收集的内容（${shown}${more}），请刷新页面后重新填写`
  }

  for (const id of configured) {
    if (!hasOwn(FIELD_SPECS, id)) continue
    const field = id as RegistrationFieldId
    // Own properties only: nothing inherited, whatever is on Object.prototype.
    const raw = hasOwn(input, field) ? (input as Record<string, unknown>)[field] : undefined
    const result = checkField(field, raw, perCompanyCap)
    if ('error' in result) errors[field] = result.error
    else if (result.value !== undefined) value[field] = result.value
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, value: value as NormalizedForm }
}

function checkField(id: RegistrationFieldId, raw: unknown, perCompanyCap: number): Check {
  const spec = FIELD_SPECS[id]
  const missing =
    raw === undefined ||
    raw === null ||
    (typeof raw === 'string' && raw.trim() === '') ||
    (Array.isArray(raw) && raw.length === 0)
  if (missing) {
    if (spec.required) {
      const verb = spec.kind === 'yes-no' ? '请选择' : '请填写'
      return { error: `${verb}${spec.label}` }
    }
    if (spec.kind === 'multi-choice') return { value: [] }
    return { value: undefined }
  }
  switch (spec.kind) {
    case 'text':
      return checkText(spec, raw)
    case 'long-text':
      return checkLongText(spec, raw)
    case 'credit-code': {
      if (typeof raw !== 'string') return { error: `${spec.label}格式不正确` }
      const code = normalizeCreditCode(raw)
      const problem = creditCodeProblem(code)
      return problem ? { error: problem } : { value: code }
    }
    case 'phone': {
      if (typeof raw !== 'string' && typeof raw !== 'number') {
        return { error: `${spec.label}格式不正确` }
      }
      const phone = normalizePhone(String(raw))
      const problem = phoneProblem(phone)
      return problem ? { error: problem } : { value: phone }
    }
    case 'count':
      return checkCount(spec, raw, perCompanyCap)
    case 'yes-no':
      return typeof raw === 'boolean' ? { value: raw } : { error: `请选择${spec.label}` }
    case 'multi-choice':
      return checkMarkets(spec, raw)
  }
}

function checkText(spec: FieldSpec, raw: unknown): Check {
  if (typeof raw !== 'string') return { error: `${spec.label}格式不正确` }
  // Inner runs of spaces (including the full-width one) become one space.
  const text = raw.trim().replace(/\s+/g, ' ')
  return checkLength(spec, text, false)
}

function checkLongText(spec: FieldSpec, raw: unknown): Check {
  if (typeof raw !== 'string') return { error: `${spec.label}格式不正确` }
  const text = raw.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').trim()
  return checkLength(spec, text, true)
}

function checkLength(spec: FieldSpec, text: string, multiline: boolean): Check {
  const max = spec.maxLength ?? Infinity
  const count = countChars(text, max)
  if (count > max) return { error: `${spec.label}不能超过${max}个字` }
  if (spec.minLength !== undefined && count < spec.minLength) {
    return { error: `${spec.label}至少${spec.minLength}个字` }
  }
  if (hasUnprintable(text, multiline))
    return { error: `${spec.label}含有无法识别的字符，请重新输入` }
  return { value: text }
}

function checkCount(spec: FieldSpec, raw: unknown, cap: number): Check {
  // A number from a picker, or the digits typed into a number input.
  let count: number
  if (typeof raw === 'number') count = raw
  else if (typeof raw === 'string' && /^\d{1,6}$/.test(toHalfWidth(raw).trim())) {
    count = Number(toHalfWidth(raw).trim())
  } else return { error: `${spec.label}应为整数` }
  if (!Number.isInteger(count)) return { error: `${spec.label}应为整数` }
  if (count < 1) return { error: `${spec.label}至少为1人` }
  // An unusable cap is reported once, on _form.
  if (isUsableCap(cap) && count > cap) return { error: `每家企业最多报名${cap}人` }
  return { value: count }
}

function checkMarkets(spec: FieldSpec, raw: unknown): Check {
  if (!Array.isArray(raw)) return { error: `${spec.label}格式不正确` }
  const max = spec.maxItems ?? Infinity
  // Checked before looking at the entries, so a huge array costs nothing.
  if (raw.length > max) return { error: `${spec.label}最多选择${max}项` }
  const chosen = new Set<string>()
  for (const entry of raw) {
    const market = typeof entry === 'string' ? entry.trim() : undefined
    if (market === undefined || !(EXPORT_MARKETS as readonly string[]).includes(market)) {
      return { error: `${spec.label}请从选项中选择` }
    }
    chosen.add(market)
  }
  // Stored in the list's order, without repeats, so the same answer is always the same value.
  return { value: EXPORT_MARKETS.filter((market) => chosen.has(market)) }
}
