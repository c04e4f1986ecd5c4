// When a session takes registrations and until when a registrant may cancel. Instants are
// compared as instants; only the fallback for an untimed event reads the Shanghai calendar.
import type { EventRecord } from './event'
import { endOfDay, type Day } from './time'
import dayjs from 'dayjs'

/** Registration closes this long before the session starts, unless the organiser says otherwise. */
export const DEFAULT_CLOSE_BEFORE_START_MS = 2 * 60 * 60 * 1000

export type RegistrationState = 'open' | 'closed' | 'not-offered'

/** A stored event (instants as Dates) or one as pages receive it (ISO strings): both work. */
type WindowEvent = Pick<EventRecord, 'day' | 'status'> & {
  startAt?: Date | string
  registration?: { closesAt?: Date | string; cancelUntil?: Date | string }
}

/** The day before `day`, as a Shanghai calendar day. */
function dayBefore(day: Day): Day {
  return dayjs.utc(day).subtract(1, 'day').format('YYYY-MM-DD')
}

/**
 * The last instant registration is open (inclusive): the organiser's closesAt, else two hours
 * before the start, else (time not announced) the end of the day before, in Shanghai.
 * Undefined when the event takes no registrations.
 */
export function registrationClosesAt(event: WindowEvent): Date | undefined {
  const settings = event.registration
  if (!settings) return undefined
  if (settings.closesAt) return new Date(settings.closesAt)
  if (event.startAt) {
    return new Date(new Date(event.startAt).getTime() - DEFAULT_CLOSE_BEFORE_START_MS)
  }
  return endOfDay(dayBefore(event.day))
}

/** The last instant a registrant may cancel: the organiser's cancelUntil, else the close. */
export function cancellationCutoff(event: WindowEvent): Date | undefined {
  const settings = event.registration
  if (!settings) return undefined
  if (settings.cancelUntil) return new Date(settings.cancelUntil)
  return registrationClosesAt(event)
}

export function registrationState(event: WindowEvent, now: Date): RegistrationState {
  const closesAt = registrationClosesAt(event)
  if (!closesAt || event.status !== 'published') return 'not-offered'
  return now.getTime() <= closesAt.getTime() ? 'open' : 'closed'
}

export function canCancel(event: WindowEvent, now: Date): boolean {
  const cutoff = cancellationCutoff(event)
  return cutoff !== undefined && now.getTime() <= cutoff.getTime()
}

export interface RegistrationWindow {
  state: RegistrationState
  /** The last instant registration is open; absent when the event takes none. */
  closesAt?: Date
}

/** For pages: `now` is the server's clock (campaign.get), so every phone agrees with the server. */
export function registrationWindow(event: WindowEvent, now: Date | string): RegistrationWindow {
  return { state: registrationState(event, new Date(now)), closesAt: registrationClosesAt(event) }
}
