// Whether an event as the pages receive it takes registrations now, and until when. The rules
// (registration-window.ts) are written for stored events; pages get instants as ISO strings.
import type { EventRecord, EventView } from '@/domain/event'
import {
  registrationClosesAt,
  registrationState,
  type RegistrationState,
} from '@/domain/registration-window'

export interface RegistrationWindow {
  state: RegistrationState
  /** The last instant registration is open; absent when the event takes none. */
  closesAt?: Date
}

/** `now` is the server's clock (campaign.get), so every phone agrees with the server. */
export function registrationWindow(event: EventView, now: Date | string): RegistrationWindow {
  const stored = asStored(event)
  return {
    state: registrationState(stored, new Date(now)),
    closesAt: registrationClosesAt(stored),
  }
}

function asStored(
  event: EventView,
): Pick<EventRecord, 'day' | 'status' | 'startAt' | 'registration'> {
  const { day, status, startAt, registration } = event
  const instant = (iso: string | undefined) => (iso ? new Date(iso) : undefined)
  return {
    day,
    status,
    startAt: instant(startAt),
    registration: registration && {
      ...registration,
      closesAt: instant(registration.closesAt),
      cancelUntil: instant(registration.cancelUntil),
    },
  }
}
