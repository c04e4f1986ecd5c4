// Filings as the workspace shows them, with their deadline states by the server's clock.
import type { DeadlineView, ReportStatus, ReportView, UnitFilings } from '@/contracts/filings'
import type { Campaign } from '@/domain/campaign'
import { DEADLINE_STATE_LABELS, deadlineState, dueDayOf, type FilingKind } from '@/domain/filings'
import type { ActivityListRecord, ReportRecord, SummaryRecord } from './records'

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  submitted: '待审核',
  published: '已发布',
  returned: '已退回',
  blocked: '未通过内容安全检查',
}

const iso = (instant: Date | string) => new Date(instant).toISOString()

export function deadlineView(
  campaign: Campaign,
  kind: FilingKind,
  filed: { filedAt: Date; filedByName: string } | null,
  now: Date,
): DeadlineView {
  const dueDay = dueDayOf(campaign, kind)
  if (!dueDay) throw new Error(`campaign ${campaign._id} has no deadline for ${kind}`)
  const state = deadlineState(dueDay, filed?.filedAt, now)
  return {
    dueDay,
    state,
    stateText: DEADLINE_STATE_LABELS[state],
    ...(filed ? { filedAt: iso(filed.filedAt), filedByName: filed.filedByName } : {}),
  }
}

export function reportView(record: ReportRecord, unitName: string): ReportView {
  return {
    reportId: record._id,
    unitId: record.unitId,
    unitName,
    title: record.title,
    text: record.text,
    photos: record.photos,
    ...(record.eventId ? { eventId: record.eventId } : {}),
    status: record.status,
    statusText: REPORT_STATUS_LABELS[record.status],
    ...(record.reviewNote ? { reviewNote: record.reviewNote } : {}),
    filedAt: iso(record.filedAt),
    filedByName: record.filedByName,
  }
}

export function unitFilings(
  campaign: Campaign,
  unit: { id: string; name: string },
  found: {
    list: ActivityListRecord | null
    summary: SummaryRecord | null
    reports: ReportRecord[]
  },
  now: Date,
): UnitFilings {
  const { list, summary, reports } = found
  return {
    unitId: unit.id,
    unitName: unit.name,
    activityList: {
      ...deadlineView(campaign, 'activity-list', list, now),
      ...(list ? { eventIds: list.eventIds } : {}),
    },
    summary: {
      ...deadlineView(campaign, 'summary', summary, now),
      ...(summary ? { text: summary.text, photos: summary.photos, figures: summary.figures } : {}),
    },
    reports: reports.map((report) => reportView(report, unit.name)),
  }
}
