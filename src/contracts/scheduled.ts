// The `scheduled` function: what its timer trigger sends and what a run reports. Not callable
// from the app (it answers any caller with FORBIDDEN), so it is not among the app's contracts.
import * as z from 'zod/mini'
import type { Day } from '@/domain/time'

/** How WeChat cloud invokes a function on its timer trigger (no OPENID in the context). */
export const timerEvent = z.object({
  Type: z.literal('Timer'),
  TriggerName: z.string(),
  /** The scheduled instant, ISO 8601 in UTC. */
  Time: z.optional(z.string()),
})

export type TimerEvent = z.infer<typeof timerEvent>

export interface ReminderReport {
  /** The Shanghai day whose events were reminded of: tomorrow. */
  day: Day
  /** Published events on that day. */
  events: number
  /** Confirmed and pending registrations not reminded before this run. */
  due: number
  sent: number
  /** Claimed by another run at the same time, which sends their message. */
  takenByAnotherRun: number
  /** Claimed but WeChat refused the message (e.g. the user did not subscribe). */
  failed: number
  /** False when TEMPLATE_EVENT_REMINDER is unset: nothing is sent or claimed. */
  templateConfigured: boolean
}

export interface AnonymisationReport {
  /** Campaigns whose retention period is over. */
  campaignsPastRetention: string[]
  registrationsAnonymised: number
  claimsRemoved: number
}

export interface QuizNamesReport {
  /** Quiz records whose taker's name was removed. */
  cleared: number
}

export interface ExportCleanupReport {
  /** Organisers' export files deleted from storage. */
  removed: number
}

export interface AllowanceCleanupReport {
  /** Rate-limit counters whose window had ended. */
  removed: number
}

/** The seat recount (server/jobs/seat-recount.ts; rule in domain/seat-recount.ts). */
export interface SeatRecountReport {
  /** Events with seats counted (or an excess recorded) whose counter was compared. */
  checked: number
  /** Events showing more seats counted than held, recorded for a later run to confirm. */
  observed: number
  /** Events showing the excess recorded before, too recently to repair yet. */
  waiting: number
  /** Events whose counter was set back to the seats held. */
  repaired: number
  /** Seats those repairs gave back. */
  seatsFreed: number
  /** Events counting fewer seats than held: left alone (a crash never leaves this). */
  short: number
  /** Waitlisted registrations seated, in order, where seats were free. */
  promoted: number
}

export interface ScheduledReport {
  seats: SeatRecountReport
  reminders: ReminderReport
  anonymisation: AnonymisationReport
  quizNames: QuizNamesReport
  exports: ExportCleanupReport
  allowances: AllowanceCleanupReport
}
