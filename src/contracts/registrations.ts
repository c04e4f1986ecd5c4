import * as z from 'zod/mini'
import type { RegistrationStatus } from '@/domain/seats'
import { action, type Contract } from './contract'

const eventId = z.string().check(z.minLength(1), z.maxLength(64))

/** The caller's registration for one session, as the caller sees it. */
export interface RegistrationView {
  eventId: string
  status: Exclude<RegistrationStatus, 'new'>
  attendees: number
  /** 1-based place in the waiting list, while waitlisted. */
  waitlistPosition?: number
  companyName?: string
  /** Masked: '9135**********0043'. */
  creditCode?: string
  /** Masked: '138****1234'. */
  phone?: string
  createdAt?: string
}

export interface MyRegistration extends RegistrationView {
  eventTitle: string
  eventDay: string
}

export const registrationsContract = {
  name: 'registrations',
  actions: {
    /** The form is validated by validateRegistrationForm against the session's fields. */
    register: action(
      z.strictObject({ eventId, form: z.record(z.string(), z.unknown()) }),
    ).returns<RegistrationView>(),
    cancel: action(z.strictObject({ eventId })).returns<RegistrationView>(),
    /** Not cancelled first, then newest first. */
    mine: action(z.strictObject({})).returns<{ items: MyRegistration[] }>(),
  },
} satisfies Contract
