import * as z from 'zod/mini'
import type { Place } from '@/domain/event'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacy'
import type { RegistrationStatus } from '@/domain/seats'
import { action, type Contract } from './contract'

const eventId = z.string().check(z.minLength(1), z.maxLength(64))

/** What a QR code on a ticket starts with, so a scanner can tell our tickets from other codes. */
export const TICKET_QR_PREFIX = 'IPWEEK1:'

/** The caller's registration for one session, as the caller sees it. */
export interface RegistrationView {
  eventId: string
  status: RegistrationStatus
  attendees: number
  /** 1-based place in the waiting list, while waitlisted. */
  waitlistPosition?: number
  /** Why the organiser did not approve it, when rejected. */
  rejectReason?: string
  companyName?: string
  contactName?: string
  /** Masked: '9135**********0043'. */
  creditCode?: string
  /** Masked: '138****1234'. */
  phone?: string
  createdAt?: string
  checkedInAt?: string
  /** The last instant the registrant may cancel or reduce the party (ISO), if any. */
  cancelUntil?: string
  /** Whether cancel and update are allowed now (status and cutoff, by the server's clock). */
  changeable: boolean
}

export interface MyRegistration extends RegistrationView {
  eventTitle: string
  eventDay: string
  eventStartAt?: string
  eventEndAt?: string
  place?: Place
  /** The organisers cancelled the session, with their reason. */
  eventCancelled?: { reason?: string }
}

/** Everything the door needs: shown only for confirmed and checked-in registrations. */
export interface Ticket {
  eventId: string
  eventTitle: string
  eventDay: string
  eventStartAt?: string
  eventEndAt?: string
  place: Place
  status: 'confirmed' | 'checked-in'
  attendees: number
  companyName?: string
  contactName?: string
  /** What the QR code encodes: TICKET_QR_PREFIX + an unguessable per-registration token. */
  qrText: string
  /** Six digits, unique within the session: typed in when a QR code cannot be scanned. */
  code: string
  checkedInAt?: string
}

export const registrationsContract = {
  name: 'registrations',
  actions: {
    /**
     * The form is validated by validateRegistrationForm against the session's fields. `privacy`
     * is the version of the privacy notice the person agreed to (PRIVACY_NOTICE_VERSION).
     */
    register: action(
      z.strictObject({
        eventId,
        form: z.record(z.string(), z.unknown()),
        privacy: z.literal(PRIVACY_NOTICE_VERSION, '请先阅读并同意个人信息保护说明'),
      }),
    ).returns<RegistrationView>(),
    cancel: action(z.strictObject({ eventId })).returns<RegistrationView>(),
    /** Reduces the party; freed seats go to the waiting list. */
    update: action(
      z.strictObject({
        eventId,
        attendees: z.number().check(z.int(), z.minimum(1), z.maximum(999)),
      }),
    ).returns<RegistrationView>(),
    /** Not cancelled first, then newest first. */
    mine: action(z.strictObject({})).returns<{ items: MyRegistration[] }>(),
    ticket: action(z.strictObject({ eventId })).returns<Ticket>(),
  },
} satisfies Contract
