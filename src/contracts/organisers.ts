import * as z from 'zod/mini'
import { INVITE_CODE_PATTERN, normaliseInviteCode } from '@/domain/invite-code'
import type { OrganiserRole, RoleKind } from '@/domain/organiser-roles'
import { INVITE_NOTE_MAX, PERSON_NAME_MAX, STAFF_EVENTS_MAX } from '@/domain/request-limits'
import { action, type Contract } from './contract'

export interface Organiser {
  name: string
  role: OrganiserRole
  /** e.g. "成员单位 · 市教育局". */
  roleText: string
  boundAt: string
}

export type InviteStatus = 'open' | 'used' | 'revoked' | 'expired'

export interface InviteView {
  inviteId: string
  role: OrganiserRole
  roleText: string
  note?: string
  createdAt: string
  expiresAt: string
  status: InviteStatus
  usedByName?: string
}

export interface MemberView {
  memberId: string
  name: string
  role: OrganiserRole
  roleText: string
  boundAt: string
  revoked: boolean
  /** The caller: an admin cannot revoke themselves, so no button is offered. */
  isCaller: boolean
}

export interface AuditEntry {
  id: string
  at: string
  actorName: string
  actorRole: RoleKind
  /** `<function>.<action>`, e.g. organisers.createInvite. */
  action: string
  /** What it was done to, e.g. an event or invite id. */
  target: string
  summary: string
}

const id = z.string().check(z.minLength(1), z.maxLength(64))
const personName = z.string().check(z.trim(), z.minLength(1), z.maxLength(PERSON_NAME_MAX))
/** An invite code as typed: normalised, then checked. */
export const inviteCode = z
  .pipe(z.string().check(z.maxLength(32)), z.transform(normaliseInviteCode))
  .check(z.regex(INVITE_CODE_PATTERN, '邀请码应为 12 位字母和数字'))

const role = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('office-admin') }),
  z.strictObject({ kind: z.literal('unit-editor'), unitId: id }),
  z.strictObject({
    kind: z.literal('checkin-staff'),
    eventIds: z.array(id).check(z.minLength(1), z.maxLength(STAFF_EVENTS_MAX)),
  }),
])

export const organisersContract = {
  name: 'organisers',
  actions: {
    /** The caller's organiser role, or null for everyone else. */
    me: action(z.strictObject({})).returns<{ organiser: Organiser | null }>(),
    /** Becomes an organiser with a one-time invite code (or the environment's bootstrap code). */
    bind: action(z.strictObject({ code: inviteCode, name: personName })).returns<Organiser>(),
    /** Office admin: a new invite; the code is shown only in this answer. */
    createInvite: action(
      z.strictObject({
        role,
        note: z.optional(z.string().check(z.trim(), z.maxLength(INVITE_NOTE_MAX))),
      }),
    ).returns<{ invite: InviteView; code: string }>(),
    invites: action(z.strictObject({})).returns<{ items: InviteView[] }>(),
    revokeInvite: action(z.strictObject({ inviteId: id })).returns<InviteView>(),
    members: action(z.strictObject({})).returns<{ items: MemberView[] }>(),
    revokeMember: action(z.strictObject({ memberId: id })).returns<MemberView>(),
    /**
     * Office admin: organiser actions, newest first; `before` (the last entry shown) pages back.
     * Entries at one instant are ordered by id, so none is skipped at a page boundary.
     */
    audit: action(
      z.strictObject({
        before: z.optional(z.strictObject({ at: z.iso.datetime(), id })),
      }),
    ).returns<{
      items: AuditEntry[]
    }>(),
  },
} satisfies Contract
