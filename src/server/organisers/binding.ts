// Becoming an organiser: a one-time invite, or the environment's bootstrap code for the very first
// office admin. The invite is used and the member written in one transaction, so two people cannot
// both take one invite.
import { createHash, timingSafeEqual } from 'node:crypto'
import { normaliseInviteCode } from '@/domain/invite-code'
import type { OrganiserRole } from '@/domain/organiser-roles'
import { db } from '@/server/cloud'
import { AppError } from '@/server/errors'
import { BOOTSTRAP_INVITE_ID, inviteIdOf, type InviteRecord, type MemberRecord } from './records'

const digest = (text: string) => createHash('sha256').update(text).digest()

/** Whether `code` is the environment's bootstrap code (compared in constant time). */
export function isBootstrapCode(code: string): boolean {
  const configured = normaliseInviteCode(process.env.IPWEEK_ADMIN_BOOTSTRAP_CODE ?? '')
  return configured.length > 0 && timingSafeEqual(digest(configured), digest(code))
}

/** Uses the invite (or the bootstrap code) and records the member, in one transaction. */
export async function bindMember(code: string, openid: string, name: string, at: Date) {
  const bootstrap = isBootstrapCode(code)
  const inviteId = bootstrap ? BOOTSTRAP_INVITE_ID : inviteIdOf(code)
  return db.runTransaction(async (tx) => {
    const inviteDoc = tx.collection<InviteRecord>('organiserInvites').doc(inviteId)
    const { data: invite } = await inviteDoc.get()
    let role: OrganiserRole
    if (bootstrap) {
      if (invite)
        throw new AppError('FORBIDDEN', '初始管理员邀请码已经使用过，请向组委会办公室索取邀请码')
      role = { kind: 'office-admin' }
      await inviteDoc.set({
        data: {
          role,
          createdBy: 'environment',
          createdAt: at,
          expiresAt: at,
          usedBy: openid,
          usedByName: name,
          usedAt: at,
        },
      })
    } else {
      if (!invite || invite.usedBy || invite.revokedAt || new Date(invite.expiresAt) <= at) {
        throw new AppError('NOT_FOUND', '邀请码无效，或已使用、撤销、过期')
      }
      role = invite.role
      await inviteDoc.update({ data: { usedBy: openid, usedByName: name, usedAt: at } })
    }
    const member: Omit<MemberRecord, '_id'> = { name, role, inviteId, boundAt: at }
    await tx.collection<MemberRecord>('organisers').doc(openid).set({ data: member })
    return { _id: openid, ...member }
  })
}
