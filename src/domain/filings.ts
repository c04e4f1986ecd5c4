// What member units file with the committee office, and when: the plan's deadlines are Shanghai
// days ("by 19 April" holds until the end of that day). Late filings are accepted and marked.
import type { Campaign, DeadlineId } from './campaign'
import type { Audience, EventForm } from './event'
import type { EventDraft } from './event-edit'
import { dayOf, daysBetween, endOfDay, type Day } from './time'

/** 主题活动情况清单 (before the week), 活动信息 (during it), 活动总结 (after it). */
export type FilingKind = 'activity-list' | 'report' | 'summary'

export const FILING_NAMES: Record<FilingKind, string> = {
  'activity-list': '主题活动情况清单',
  report: '活动信息',
  summary: '活动总结',
}

/** The filings due by a deadline; reports are sent any time during the week. */
export const DEADLINE_OF: Partial<Record<FilingKind, DeadlineId>> = {
  'activity-list': 'activity-list',
  summary: 'summary',
}

export const MAX_PHOTOS = 9
/** Activities in one 主题活动情况清单. */
export const MAX_LISTED_ACTIVITIES = 30
export const REPORT_TITLE_LENGTH = { min: 2, max: 60 }
export const REPORT_TEXT_LENGTH = { min: 10, max: 2000 }
export const SUMMARY_TEXT_LENGTH = { min: 20, max: 5000 }
/** The largest figure a summary reports (participants, media reach). */
export const MAX_FIGURE = 100_000_000
/** Why the office sends a report back to its unit. */
export const RETURN_REASON_LENGTH = { min: 2, max: 200 }

/** One line of a unit's 主题活动情况清单; each becomes an event draft of the unit. */
export interface PlannedActivity {
  title: string
  day: Day
  startTime?: string
  endTime?: string
  placeName: string
  audiences: Audience[]
  forms: EventForm[]
  description?: string
}

/** The event draft a listed activity becomes: hosted by its unit, not yet taking registrations. */
export function plannedActivityDraft(
  activity: PlannedActivity,
  unit: { id: string; name: string },
): EventDraft {
  return {
    title: activity.title,
    description: activity.description ?? '',
    hosts: [unit.name],
    invited: [],
    unitIds: [unit.id],
    day: activity.day,
    ...(activity.startTime ? { startTime: activity.startTime } : {}),
    ...(activity.endTime ? { endTime: activity.endTime } : {}),
    place: { name: activity.placeName },
    audiences: activity.audiences,
    forms: activity.forms,
  }
}

/** Where a unit stands with a deadline: not yet due, overdue, or filed on time or late. */
export type DeadlineState = 'due' | 'overdue' | 'on-time' | 'late'

export const DEADLINE_STATE_LABELS: Record<DeadlineState, string> = {
  due: '待报送',
  overdue: '已逾期',
  'on-time': '已按时报送',
  late: '逾期报送',
}

export function dueDayOf(campaign: Pick<Campaign, 'deadlines'>, kind: FilingKind): Day | undefined {
  const id = DEADLINE_OF[kind]
  return campaign.deadlines.find((deadline) => deadline.id === id)?.dueDay
}

/** Whether a filing made at `filedAt` missed a deadline on `dueDay`. */
export function isLate(dueDay: Day, filedAt: Date | string): boolean {
  return new Date(filedAt).getTime() > endOfDay(dueDay).getTime()
}

export function deadlineState(
  dueDay: Day,
  filedAt: Date | string | undefined,
  now: Date,
): DeadlineState {
  if (filedAt !== undefined) return isLate(dueDay, filedAt) ? 'late' : 'on-time'
  return now.getTime() > endOfDay(dueDay).getTime() ? 'overdue' : 'due'
}

/** Whole Shanghai days left until a deadline's day (0 on the day itself, negative after). */
export function daysLeft(dueDay: Day, now: Date): number {
  return daysBetween(dayOf(now), dueDay)
}
