// The organisers' stored documents. A member is keyed by OPENID; an invite by the SHA-256 of its
// code, so the code itself is never stored and a typed code is found by id.
import { createHash } from 'node:crypto'
import type { OrganiserRole, RoleKind } from '@/domain/organiser-roles'
import { db } from '@/server/cloud'

export interface MemberRecord {
  _id: string
  name: string
  role: OrganiserRole
  inviteId: string
  boundAt: Date
  revokedAt?: Date
}

export interface InviteRecord {
  _id: string
  role: OrganiserRole
  note?: string
  createdBy: string
  createdAt: Date
  expiresAt: Date
  usedBy?: string
  usedByName?: string
  usedAt?: Date
  revokedAt?: Date
}

export interface AuditRecord {
  _id: string
  at: Date
  actor: string
  actorName: string
  actorRole: RoleKind
  action: string
  target: string
  summary: string
}

/** The bootstrap code is used once: this invite id records who used it. */
export const BOOTSTRAP_INVITE_ID = 'bootstrap'

export const inviteIdOf = (code: string) => createHash('sha256').update(code).digest('hex')

export const members = () => db.collection<MemberRecord>('organisers')
export const invites = () => db.collection<InviteRecord>('organiserInvites')
export const auditLog = () => db.collection<AuditRecord>('auditLog')
