// Seat arithmetic for a session's registrations, shared by the function and its tests.
import type { RegistrationSettings } from './event'

export type RegistrationStatus = 'new' | 'confirmed' | 'pending' | 'waitlisted' | 'cancelled'

/** Statuses that hold seats on the event's `seatsTaken`. */
export const SEAT_HOLDING: readonly RegistrationStatus[] = ['confirmed', 'pending']
/** Statuses a registrant may cancel from. */
export const CANCELLABLE: readonly RegistrationStatus[] = ['confirmed', 'pending', 'waitlisted']

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
