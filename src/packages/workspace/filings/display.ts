// How filings are shown: the tone of each deadline state and report status, and the line that
// says where a deadline stands.
import type { DeadlineView, ReportStatus } from '@/contracts/filings'
import { daysLeft, type DeadlineState } from '@/domain/filings'
import { formatDayLabel } from '@/domain/time'
import { formatInstant, type Tone } from '../display'

export const DEADLINE_TONE: Record<DeadlineState, Tone> = {
  due: 'waiting',
  overdue: 'danger',
  'on-time': 'success',
  late: 'muted',
}

export const REPORT_TONE: Record<ReportStatus, Tone> = {
  submitted: 'waiting',
  published: 'success',
  returned: 'danger',
  blocked: 'danger',
}

/** '截止 4月19日 周六 · 还有 3 天', or who filed it and when. */
export function deadlineLine(deadline: DeadlineView, now: string): string {
  const due = `截止 ${formatDayLabel(deadline.dueDay)}`
  if (deadline.filedAt) {
    return `${due} · ${deadline.filedByName ?? ''}于 ${formatInstant(deadline.filedAt)} 报送`
  }
  if (deadline.state === 'overdue') return `${due} · 已过截止日期，仍可补报`
  const days = daysLeft(deadline.dueDay, new Date(now))
  return `${due} · ${days === 0 ? '今天截止' : `还有 ${days} 天`}`
}
