// How the workspace words instants, people and statuses, in Asia/Shanghai.
import type { InviteStatus } from '@/contracts/organisers'
import type { RegistrationStatus } from '@/domain/seats'
import { dayOf, formatClock, formatDayLabel } from '@/domain/time'

/** '4月23日 周三 09:12' */
export function formatInstant(instant: string): string {
  return `${formatDayLabel(dayOf(instant))} ${formatClock(instant)}`
}

export type Tone = 'success' | 'waiting' | 'danger' | 'muted'

/** Registration statuses as the organisers say them (the registrant's wording is softer). */
export const DESK_STATUS: Record<RegistrationStatus, { label: string; tone: Tone }> = {
  pending: { label: '待审核', tone: 'waiting' },
  confirmed: { label: '报名成功', tone: 'success' },
  waitlisted: { label: '候补中', tone: 'waiting' },
  'checked-in': { label: '已签到', tone: 'success' },
  rejected: { label: '未通过', tone: 'danger' },
  cancelled: { label: '已取消', tone: 'muted' },
}

export const INVITE_STATUS: Record<InviteStatus, { label: string; tone: Tone }> = {
  open: { label: '待使用', tone: 'waiting' },
  used: { label: '已使用', tone: 'success' },
  revoked: { label: '已撤销', tone: 'muted' },
  expired: { label: '已过期', tone: 'muted' },
}
