import * as z from 'zod/mini'
import { PERSON_NAME_MAX } from '@/domain/request-limits'
import { action, type Contract } from './contract'
import { inviteCode } from './organisers'

export interface SetupReport {
  collectionsCreated: string[]
  campaign: 'created' | 'updated' | 'unchanged'
  eventsWritten: number
  /** The caller became the first office admin with the bootstrap code. */
  boundAsOfficeAdmin: boolean
}

export interface SelftestCheck {
  id: string
  /** What the product relies on, in plain Chinese. */
  title: string
  ok: boolean
  /** What was observed. */
  detail: string
  ms: number
}

export interface SelftestReport {
  passed: boolean
  checks: SelftestCheck[]
  ranAt: string
}

export const opsContract = {
  name: 'ops',
  actions: {
    /**
     * Creates the collections and loads the campaign; idempotent. An office admin may run it any
     * time; on an environment without one, the bootstrap code runs it once and makes the caller
     * the first office admin.
     */
    setup: action(
      z.strictObject({
        code: z.optional(inviteCode),
        name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(PERSON_NAME_MAX))),
      }),
    ).returns<SetupReport>(),
    /** Office admin: checks, against this environment, every behaviour the product relies on. */
    selftest: action(z.strictObject({})).returns<SelftestReport>(),
  },
} satisfies Contract
