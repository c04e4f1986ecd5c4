// How the registration pages word instants and statuses, in Asia/Shanghai.
import type { RegistrationView } from '@/contracts/registrations'
import { STATUS_LABELS } from '@/domain/seats'
import { dayOf, formatClock, formatDayLabel } from '@/domain/time'

/** '4月22日 周二 23:59' */
export function formatInstant(instant: Date | string): string {
  return `${formatDayLabel(dayOf(instant))} ${formatClock(instant)}`
}

export type StatusTone = 'success' | 'waiting' | 'danger' | 'muted'

/** The colour a status is shown in (registration.scss `registration__status--<tone>`). */
export const STATUS_TONES: Record<RegistrationView['status'], StatusTone> = {
  confirmed: 'success',
  'checked-in': 'success',
  pending: 'waiting',
  waitlisted: 'waiting',
  rejected: 'danger',
  cancelled: 'muted',
}

/** The status in words; a waiting registration says where it stands: '候补第 3 位'. */
export function statusText(view: Pick<RegistrationView, 'status' | 'waitlistPosition'>): string {
  if (view.status === 'waitlisted' && view.waitlistPosition !== undefined) {
    return `候补第 ${view.waitlistPosition} 位`
  }
  return STATUS_LABELS[view.status]
}
