// How registrations are stored. The ids are derived, not generated, so the database itself
// refuses a second registration per user, a second per enterprise and a repeated check-in code:
// no console-made index is needed for any of the three.
import type { NormalizedForm } from '@/domain/registration-form'
import type { RegistrationStatus } from '@/domain/seats'
import { db } from './cloud'

export interface RegistrationRecord {
  /** registrationId(eventId, openid): one registration per user per session. */
  _id: string
  eventId: string
  openid: string
  status: RegistrationStatus
  attendees: number
  form: NormalizedForm
  /** `registrationClaims` id holding this registration's credit code, if the form has one. */
  claimId?: string
  /**
   * When it joined the waiting list (server time; `_id` breaks ties): the list's order. Kept
   * after promotion, for the record.
   */
  waitlistAt?: Date
  /** Unguessable; the QR code on the ticket encodes it. Never the registration id. */
  ticketToken: string
  /**
   * Six digits, unique within the event (a `registrationClaims` document holds it); assigned
   * when the ticket is first shown.
   */
  checkinCode?: string
  /** PRIVACY_NOTICE_VERSION agreed to when registering. */
  privacyVersion: string
  createdAt?: Date | string
  updatedAt?: Date
  cancelledAt?: Date
  /** Organiser decisions (approval mode) and check-in, with who made them. */
  decidedAt?: Date
  decidedBy?: string
  rejectReason?: string
  checkedInAt?: Date
  checkedInBy?: string
  checkedInByName?: string
  /** Added at the door by an organiser; `openid` is empty. */
  walkIn?: boolean
  /** Set by the reminder job before it sends: at most one reminder per registration. */
  remindedAt?: Date
  /** The event revision whose change or cancellation this registrant was told about (eventAdmin). */
  noticedRevision?: number
  /** Set by the anonymising job; personal fields are gone from then on. */
  anonymisedAt?: Date
}

/** Holds a value that must be unique within an event: an enterprise's credit code, a code. */
export interface ClaimRecord {
  _id: string
  eventId: string
  kind: 'credit-code' | 'checkin-code'
  registrationId: string
  /** Server time of the claim; absent on claims made before it was recorded. */
  claimedAt?: Date
}

export const registrations = () => db.collection<RegistrationRecord>('registrations')
export const claims = () => db.collection<ClaimRecord>('registrationClaims')

export const registrationId = (eventId: string, openid: string) => `${eventId}__${openid}`
export const creditCodeClaimId = (eventId: string, creditCode: string) =>
  `${eventId}__cc__${creditCode}`
export const checkinCodeClaimId = (eventId: string, code: string) => `${eventId}__code__${code}`
