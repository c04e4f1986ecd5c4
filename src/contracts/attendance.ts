import * as z from 'zod/mini'
import type { ExportMarket } from '@/domain/registration-form'
import {
  COMPANY_NAME_MAX,
  PERSON_NAME_MAX,
  REJECT_REASON_MAX,
  REJECT_REASON_MIN,
  WALK_IN_ATTENDEES_MAX,
} from '@/domain/request-limits'
import type { RegistrationStatus } from '@/domain/seats'
import { action, type Contract } from './contract'

export const DESK_PAGE_SIZE = 50

/** A registration as organisers see it in the workspace: contact details masked. */
export interface DeskRegistration {
  registrationId: string
  status: RegistrationStatus
  attendees: number
  companyName?: string
  contactName?: string
  /** Masked: '138****1234'. */
  phone?: string
  /** Masked. */
  creditCode?: string
  crossBorder?: boolean
  exportMarkets?: ExportMarket[]
  expertQuestion?: string
  createdAt?: string
  rejectReason?: string
  checkedInAt?: string
  checkedInByName?: string
  /** Added at the door by an organiser, not registered in advance. */
  walkIn: boolean
}

export interface AttendanceCounts {
  capacity: number
  seatsTaken: number
  /** Registrations and people, by status. */
  byStatus: Record<RegistrationStatus, { registrations: number; people: number }>
}

export interface DeskEvent {
  eventId: string
  title: string
  day: string
  startAt?: string
  approval: boolean
}

export interface CheckInOutcome {
  registration: DeskRegistration
  /** The registration had been checked in before this scan (when and by whom is on it). */
  already: boolean
}

export interface RegistrationExport {
  /** Cloud storage file id of the .xlsx. */
  fileID: string
  /** A temporary download URL. */
  url: string
  fileName: string
  rows: number
}

const eventId = z.string().check(z.minLength(1), z.maxLength(64))
const registrationId = z.string().check(z.minLength(1), z.maxLength(200))
const status = z.enum(['confirmed', 'pending', 'waitlisted', 'rejected', 'cancelled', 'checked-in'])

export const attendanceContract = {
  name: 'attendance',
  actions: {
    /** The event and its live counts: for the office, the hosting unit and its check-in staff. */
    overview: action(z.strictObject({ eventId })).returns<{
      event: DeskEvent
      counts: AttendanceCounts
    }>(),
    list: action(
      z.strictObject({
        eventId,
        status: z.optional(status),
        offset: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(100_000))),
      }),
    ).returns<{ items: DeskRegistration[]; total: number; hasMore: boolean }>(),
    /** Approval mode: approve a pending registration, or reject a pending or waitlisted one. */
    decide: action(
      z.union([
        z.strictObject({ registrationId, decision: z.literal('approve') }),
        z.strictObject({
          registrationId,
          decision: z.literal('reject'),
          reason: z
            .string()
            .check(z.trim(), z.minLength(REJECT_REASON_MIN), z.maxLength(REJECT_REASON_MAX)),
        }),
      ]),
    ).returns<DeskRegistration>(),
    /** Someone who came without registering: checked in at once, taking seats if any are free. */
    walkIn: action(
      z.strictObject({
        eventId,
        contactName: z.string().check(z.trim(), z.minLength(1), z.maxLength(PERSON_NAME_MAX)),
        companyName: z.optional(
          z.string().check(z.trim(), z.minLength(1), z.maxLength(COMPANY_NAME_MAX)),
        ),
        attendees: z.number().check(z.int(), z.minimum(1), z.maximum(WALK_IN_ATTENDEES_MAX)),
      }),
    ).returns<DeskRegistration>(),
    /** A ticket's QR text or its six-digit code. A repeated scan says when it was checked in. */
    checkIn: action(
      z.strictObject({
        eventId,
        ticket: z.string().check(z.trim(), z.minLength(6), z.maxLength(64)),
      }),
    ).returns<CheckInOutcome>(),
    /** The office and the hosting unit only: every registration with full contact details. */
    export: action(z.strictObject({ eventId })).returns<RegistrationExport>(),
  },
} satisfies Contract
