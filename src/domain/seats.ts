// Seat arithmetic and the registration life cycle, shared by the function, the pages and tests.
// A registration is written as confirmed, pending or waitlisted; waitlisted → confirmed | pending
// (promoted); pending → confirmed | rejected (organiser); confirmed → checked-in; and any of
// confirmed, pending, waitlisted → cancelled (and cancelled → any of the first three, a comeback).
import type { RegistrationSettings } from './event'

export type RegistrationStatus =
  'confirmed' | 'pending' | 'waitlisted' | 'rejected' | 'cancelled' | 'checked-in'

/** What a registrant is told about each status. */
export const STATUS_LABELS: Record<RegistrationStatus, string> = {
  confirmed: '报名成功',
  pending: '待主办单位审核',
  waitlisted: '候补中',
  rejected: '未通过审核',
  cancelled: '已取消',
  'checked-in': '已签到',
}

/** Statuses that hold seats on the event's `seatsTaken`. */
export const SEAT_HOLDING: readonly RegistrationStatus[] = ['confirmed', 'pending', 'checked-in']
/** Statuses a registrant may cancel from, or reduce their party in. */
export const CANCELLABLE: readonly RegistrationStatus[] = ['confirmed', 'pending', 'waitlisted']
/** Statuses whose ticket (QR code and numeric code) lets people in. */
export const TICKETED: readonly RegistrationStatus[] = ['confirmed', 'checked-in']

export function holdsSeats(status: RegistrationStatus): boolean {
  return SEAT_HOLDING.includes(status)
}

/**
 * The highest `seatsTaken` at which `attendees` more still fit: the bound of the one
 * conditional update that takes seats. Negative when they can never fit.
 */
export function maxTakenToFit(capacity: number, attendees: number): number {
  return capacity - attendees
}

/** The status a registration gets when its seats were taken. */
export function seatedStatus(settings: Pick<RegistrationSettings, 'approval'>): RegistrationStatus {
  return settings.approval ? 'pending' : 'confirmed'
}

/** 1-based place in the waiting list from how many wait ahead. */
export function waitlistPosition(ahead: number): number {
  return ahead + 1
}

/** Whether a party may change from `from` to `to` attendees: only down, never below one. */
export function attendeeChangeProblem(from: number, to: number): string | undefined {
  if (!Number.isInteger(to) || to < 1) return '参会人数至少为1人'
  if (to > from) return '只能减少参会人数；如需增加，请取消后重新报名'
  if (to === from) return '参会人数没有变化'
  return undefined
}
