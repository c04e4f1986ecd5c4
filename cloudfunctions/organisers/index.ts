// organisers: who may work in the workspace. The office admin invites unit editors and check-in
// staff with one-time codes, can revoke them, and reads the audit log; the very first admin binds
// with the environment's bootstrap code. Identity is the caller's OPENID from the platform.
import { randomBytes } from 'node:crypto'
import type { InviteView, MemberView, Organiser } from '@/contracts/organisers'
import { organisersContract } from '@/contracts/organisers'
import { AUDIT_PAGE_SIZE, INVITE_VALID_DAYS } from '@/domain/request-limits'
import type { Campaign } from '@/domain/campaign'
import { formatInviteCode, inviteCodeFrom } from '@/domain/invite-code'
import { canAdminister, type OrganiserRole } from '@/domain/organiser-roles'
import { currentCampaign } from '@/server/campaigns'
import { db } from '@/server/cloud'
import { now } from '@/server/clock'
import type { Filter } from '@/server/database-types'
import { defineFunction } from '@/server/define-function'
import { AppError } from '@/server/errors'
import {
  currentActor,
  readMember,
  requireActor,
  requireCaller,
  roleText,
  unitNames,
  type Actor,
} from '@/server/organisers/access'
import { recordAudit } from '@/server/organisers/audit'
import { bindMember } from '@/server/organisers/binding'
import {
  BOOTSTRAP_INVITE_ID,
  auditLog,
  inviteIdOf,
  invites,
  members,
  type InviteRecord,
  type MemberRecord,
} from '@/server/organisers/records'
import { spendAllowance } from '@/server/rate-limit'

const _ = db.command
const LIST_SIZE = 100
const DAY_MS = 24 * 60 * 60 * 1000

const isAdmin = canAdminister

function organiserView(record: MemberRecord, campaign: Campaign): Organiser {
  return {
    name: record.name,
    role: record.role,
    roleText: roleText(record.role, campaign),
    boundAt: new Date(record.boundAt).toISOString(),
  }
}

function inviteView(record: InviteRecord, campaign: Campaign, at: Date): InviteView {
  const status = record.usedBy
    ? 'used'
    : record.revokedAt
      ? 'revoked'
      : new Date(record.expiresAt) <= at
        ? 'expired'
        : 'open'
  return {
    inviteId: record._id,
    role: record.role,
    roleText: roleText(record.role, campaign),
    ...(record.note ? { note: record.note } : {}),
    createdAt: new Date(record.createdAt).toISOString(),
    expiresAt: new Date(record.expiresAt).toISOString(),
    status,
    ...(record.usedByName ? { usedByName: record.usedByName } : {}),
  }
}

function memberView(record: MemberRecord, campaign: Campaign, caller: string): MemberView {
  return {
    memberId: record._id,
    name: record.name,
    role: record.role,
    roleText: roleText(record.role, campaign),
    boundAt: new Date(record.boundAt).toISOString(),
    revoked: Boolean(record.revokedAt),
    isCaller: record._id === caller,
  }
}

/** An invite's role must name a unit of this campaign, or events that exist. */
async function checkRole(role: OrganiserRole, campaign: Campaign): Promise<void> {
  if (role.kind === 'unit-editor' && unitNames(campaign)(role.unitId) === role.unitId) {
    throw new AppError('INVALID_ARGUMENT', `没有编号为 ${role.unitId} 的成员单位`)
  }
  if (role.kind === 'checkin-staff') {
    const eventIds = [...new Set(role.eventIds)]
    const { total } = await db
      .collection('events')
      .where({ _id: _.in(eventIds) })
      .count()
    if (total !== eventIds.length)
      throw new AppError('INVALID_ARGUMENT', '签到员的活动中有不存在的活动')
  }
}

async function requireAdmin(): Promise<{ actor: Actor; campaign: Campaign }> {
  const actor = await requireActor(isAdmin)
  return { actor, campaign: await currentCampaign() }
}

export const main = defineFunction(organisersContract, {
  async me() {
    const data = await readMember(requireCaller())
    if (!data || data.revokedAt) return { organiser: null }
    return { organiser: organiserView(data, await currentCampaign()) }
  },

  async bind({ code, name }) {
    const openid = requireCaller()
    await spendAllowance('organisers.bind', openid)
    const campaign = await currentCampaign()
    const existing = await currentActor()
    if (existing) {
      throw new AppError(
        'CONFLICT',
        `你已是${roleText(existing.role, campaign)}；如需变更，请先由组委会办公室撤销`,
      )
    }
    const member = await bindMember(code, openid, name, now())
    const actor = { openid, name, role: member.role }
    await recordAudit(
      actor,
      'organisers.bind',
      member.inviteId,
      `以邀请码绑定为${roleText(member.role, campaign)}`,
    )
    return organiserView(member, campaign)
  },

  async createInvite({ role, note }) {
    const { actor, campaign } = await requireAdmin()
    await checkRole(role, campaign)
    const code = inviteCodeFrom(randomBytes(12))
    const at = now()
    const record: InviteRecord = {
      _id: inviteIdOf(code),
      role,
      ...(note ? { note } : {}),
      createdBy: actor.openid,
      createdAt: at,
      expiresAt: new Date(at.getTime() + INVITE_VALID_DAYS * DAY_MS),
    }
    await spendAllowance('organisers.createInvite', actor.openid)
    await invites().add({ data: record })
    const invite = inviteView(record, campaign, at)
    await recordAudit(
      actor,
      'organisers.createInvite',
      record._id,
      `创建邀请码：${invite.roleText}`,
    )
    return { invite, code: formatInviteCode(code) }
  },

  async invites() {
    const { campaign } = await requireAdmin()
    const at = now()
    const { data } = await invites().orderBy('createdAt', 'desc').limit(LIST_SIZE).get()
    return {
      items: data
        .filter((record) => record._id !== BOOTSTRAP_INVITE_ID)
        .map((record) => inviteView(record, campaign, at)),
    }
  },

  async revokeInvite({ inviteId }) {
    const { actor, campaign } = await requireAdmin()
    if (inviteId === BOOTSTRAP_INVITE_ID) throw new AppError('NOT_FOUND', '没有找到这个邀请码')
    await spendAllowance('organisers.revokeInvite', actor.openid)
    const at = now()
    const { stats } = await invites()
      .where({ _id: inviteId, usedBy: _.exists(false), revokedAt: _.exists(false) })
      .update({ data: { revokedAt: at } })
    const { data } = await invites().doc(inviteId).get()
    if (!data) throw new AppError('NOT_FOUND', '没有找到这个邀请码')
    if (stats.updated !== 1) throw new AppError('CONFLICT', '邀请码已使用或已撤销')
    const invite = inviteView(data, campaign, at)
    await recordAudit(actor, 'organisers.revokeInvite', inviteId, `撤销邀请码：${invite.roleText}`)
    return invite
  },

  async members() {
    const { actor, campaign } = await requireAdmin()
    const { data } = await members().orderBy('boundAt', 'desc').limit(LIST_SIZE).get()
    return { items: data.map((record) => memberView(record, campaign, actor.openid)) }
  },

  async revokeMember({ memberId }) {
    const { actor, campaign } = await requireAdmin()
    // The office must never lock itself out: another admin revokes an admin.
    if (memberId === actor.openid) throw new AppError('CONFLICT', '不能撤销自己的权限')
    await spendAllowance('organisers.revokeMember', actor.openid)
    const { stats } = await members()
      .where({ _id: memberId, revokedAt: _.exists(false) })
      .update({ data: { revokedAt: now() } })
    const { data } = await members().doc(memberId).get()
    if (!data) throw new AppError('NOT_FOUND', '没有找到这位成员')
    if (stats.updated !== 1) throw new AppError('CONFLICT', '这位成员的权限已经撤销')
    const member = memberView(data, campaign, actor.openid)
    await recordAudit(
      actor,
      'organisers.revokeMember',
      memberId,
      `撤销${member.name}（${member.roleText}）`,
    )
    return member
  },

  async audit({ before }) {
    await requireAdmin()
    const at = before && new Date(before.at)
    const { data } = await auditLog()
      .where(at ? (_.or([{ at: _.lt(at) }, { at, _id: _.lt(before.id) }]) as Filter) : {})
      .orderBy('at', 'desc')
      .orderBy('_id', 'desc')
      .limit(AUDIT_PAGE_SIZE)
      .get()
    return {
      items: data.map((entry) => ({
        id: entry._id,
        at: new Date(entry.at).toISOString(),
        actorName: entry.actorName,
        actorRole: entry.actorRole,
        action: entry.action,
        target: entry.target,
        summary: entry.summary,
      })),
    }
  },
})
