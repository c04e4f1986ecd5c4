// Who is calling, as an organiser: every organiser action starts here and is refused on the server
// unless the caller's stored role allows it.
import type { Campaign } from '@/domain/campaign'
import { describeRole, type OrganiserRole } from '@/domain/organiser-roles'
import { callerOpenid } from '@/server/cloud'
import { AppError } from '@/server/errors'
import { members, type MemberRecord } from './records'

export interface Actor {
  openid: string
  name: string
  role: OrganiserRole
}

/** The caller's OPENID; anonymous callers cannot act. */
export function requireCaller(): string {
  const openid = callerOpenid()
  if (!openid) throw new AppError('UNAUTHENTICATED', '请先登录微信')
  return openid
}

/**
 * A member's record, or null. Before setup an environment has no `organisers` collection: nobody
 * is an organiser yet, which is not a failure.
 */
export async function readMember(openid: string): Promise<MemberRecord | null> {
  try {
    return (await members().doc(openid).get()).data
  } catch (error) {
    if (/not exist/i.test(error instanceof Error ? error.message : String(error))) return null
    throw error
  }
}

/** The caller's current role, or null for citizens and revoked organisers. */
export async function currentActor(): Promise<Actor | null> {
  const openid = requireCaller()
  const data = await readMember(openid)
  if (!data || data.revokedAt) return null
  return { openid, name: data.name, role: data.role }
}

/** The caller, if `allowed` says their role may act; otherwise FORBIDDEN and nothing changes. */
export async function requireActor(allowed: (role: OrganiserRole) => boolean): Promise<Actor> {
  const actor = await currentActor()
  if (!actor || !allowed(actor.role)) throw new AppError('FORBIDDEN', '没有权限进行此操作')
  return actor
}

export function unitNames(campaign: Campaign): (unitId: string) => string {
  const { directorUnits, memberUnits } = campaign.committee
  const names = new Map([...directorUnits, ...memberUnits].map((unit) => [unit.id, unit.name]))
  return (unitId) => names.get(unitId) ?? unitId
}

export const roleText = (role: OrganiserRole, campaign: Campaign) =>
  describeRole(role, unitNames(campaign))
