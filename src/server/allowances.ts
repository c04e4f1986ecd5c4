// How often one person may call each write action. Sized for real use with room to spare (a door
// scanner checks in one party a second; an editor saves a draft every few seconds), and tight
// enough that a script cannot flood the database, the storage or registrants' inboxes. Starting a
// quiz has its own, stricter allowance: QUIZ_ATTEMPTS_PER_DAY, counted per Shanghai day.
import type { ActionName, Contracts, FunctionName } from '@/contracts'

const MINUTES = 60
const HOUR = 60 * MINUTES

export interface AllowanceRule {
  limit: number
  windowSeconds: number
}

/** `function.action`, as the audit log names actions. */
type ActionKey = { [F in FunctionName]: `${F}.${ActionName<Contracts[F]>}` }[FunctionName]

const per = (limit: number, windowSeconds: number): AllowanceRule => ({ limit, windowSeconds })

export const ALLOWANCES = {
  // Citizens and enterprises.
  'registrations.register': per(30, 10 * MINUTES),
  'registrations.cancel': per(20, 10 * MINUTES),
  'registrations.update': per(20, 10 * MINUTES),
  /** Spent only when a ticket's check-in code is first assigned: looking at a ticket is free. */
  'registrations.ticket': per(60, 10 * MINUTES),
  // Organisers.
  /** Also a guard against guessing invite codes: wrong codes count. */
  'organisers.bind': per(10, HOUR),
  'organisers.createInvite': per(60, 10 * MINUTES),
  'organisers.revokeInvite': per(60, 10 * MINUTES),
  'organisers.revokeMember': per(60, 10 * MINUTES),
  'eventAdmin.saveDraft': per(120, 10 * MINUTES),
  'eventAdmin.submitForReview': per(60, 10 * MINUTES),
  'eventAdmin.publish': per(60, 10 * MINUTES),
  'eventAdmin.returnToUnit': per(60, 10 * MINUTES),
  'eventAdmin.unpublish': per(60, 10 * MINUTES),
  'eventAdmin.cancel': per(60, 10 * MINUTES),
  /** Each call may message every registrant. */
  'eventAdmin.notifyRegistrants': per(10, HOUR),
  'attendance.decide': per(300, 10 * MINUTES),
  'attendance.walkIn': per(200, 10 * MINUTES),
  'attendance.checkIn': per(600, 10 * MINUTES),
  /** Each call writes a workbook to storage. */
  'attendance.export': per(20, HOUR),
  'filings.submitActivityList': per(30, 10 * MINUTES),
  'filings.submitReport': per(30, 10 * MINUTES),
  'filings.submitSummary': per(30, 10 * MINUTES),
  'filings.review': per(200, 10 * MINUTES),
  'dashboard.weekSummary': per(20, HOUR),
  'ops.setup': per(10, 10 * MINUTES),
  'ops.selftest': per(10, 10 * MINUTES),
} as const satisfies Partial<Record<ActionKey, AllowanceRule>>

export type AllowanceName = keyof typeof ALLOWANCES

/** Plain Chinese for a used-up allowance: when to try again. */
export function exhaustedMessage({ windowSeconds }: AllowanceRule): string {
  const wait =
    windowSeconds >= HOUR && windowSeconds % HOUR === 0
      ? `${windowSeconds / HOUR}小时`
      : `${Math.ceil(windowSeconds / MINUTES)}分钟`
  return `操作过于频繁，请${wait}后再试`
}
