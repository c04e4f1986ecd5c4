import * as z from 'zod/mini'
import { AUDIENCES, FORMS } from '@/domain/event'
import { CLOCK_PATTERN } from '@/domain/event-edit'
import type { DeadlineState } from '@/domain/filings'
import {
  MAX_FIGURE,
  MAX_LISTED_ACTIVITIES,
  MAX_PHOTOS,
  REPORT_TEXT_LENGTH,
  REPORT_TITLE_LENGTH,
  RETURN_REASON_LENGTH,
  SUMMARY_TEXT_LENGTH,
} from '@/domain/filings'
import { isValidDay, type Day } from '@/domain/time'
import { action, type Contract } from './contract'

export type { PlannedActivity } from '@/domain/filings'

export const NEWS_PAGE_SIZE = 10

export interface DeadlineView {
  dueDay: Day
  state: DeadlineState
  stateText: string
  filedAt?: string
  filedByName?: string
}

export type ReportStatus = 'submitted' | 'published' | 'returned' | 'blocked'

export interface ReportView {
  reportId: string
  unitId: string
  unitName: string
  title: string
  text: string
  /** Cloud file ids as uploaded. */
  photos: string[]
  eventId?: string
  status: ReportStatus
  statusText: string
  /** Why it was returned or blocked. */
  reviewNote?: string
  filedAt: string
  filedByName: string
}

export interface SummaryFigures {
  activitiesHeld: number
  participants: number
  /** People reached through media (reads, views, listeners), as the unit estimates it. */
  mediaReach: number
}

export interface SummaryView extends DeadlineView {
  text?: string
  photos?: string[]
  figures?: SummaryFigures
}

export interface UnitFilings {
  unitId: string
  unitName: string
  activityList: DeadlineView & { eventIds?: string[] }
  summary: SummaryView
  reports: ReportView[]
}

export interface UnitFilingRow {
  unitId: string
  unitName: string
  activityList: DeadlineState
  summary: DeadlineState
  reportsFiled: number
  reportsPublished: number
}

export interface NewsItem {
  reportId: string
  title: string
  text: string
  unitName: string
  publishedAt: string
  /** Temporary URLs (two hours). */
  photoUrls: string[]
}

const unitId = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,39}$/, '单位编号格式不正确'))
const reportId = z.string().check(z.minLength(1), z.maxLength(200))
const clock = z.string().check(z.regex(CLOCK_PATTERN, '时间格式应为“时:分”，如 09:30'))
const trimmed = (min: number, max: number) =>
  z.string().check(z.trim(), z.minLength(min), z.maxLength(max))
const photos = z
  .array(z.string().check(z.startsWith('cloud://'), z.maxLength(300)))
  .check(z.maxLength(MAX_PHOTOS, `照片最多 ${MAX_PHOTOS} 张`))
const count = z.number().check(z.int(), z.minimum(0), z.maximum(MAX_FIGURE))

const plannedActivity = z.strictObject({
  title: trimmed(2, 60),
  day: z.string().check(z.refine(isValidDay, '日期格式应为 YYYY-MM-DD')),
  startTime: z.optional(clock),
  endTime: z.optional(clock),
  placeName: trimmed(2, 60),
  audiences: z.array(z.enum(AUDIENCES)).check(z.minLength(1), z.maxLength(AUDIENCES.length)),
  forms: z.array(z.enum(FORMS)).check(z.minLength(1), z.maxLength(FORMS.length)),
  description: z.optional(trimmed(0, 2000)),
})

export const filingsContract = {
  name: 'filings',
  actions: {
    /** A unit's filings and deadlines: its editors and the office. */
    status: action(z.strictObject({ unitId })).returns<UnitFilings>(),
    /** Once per unit; each activity becomes an event draft of the unit. Late is accepted, marked. */
    submitActivityList: action(
      z.strictObject({
        unitId,
        activities: z
          .array(plannedActivity)
          .check(z.minLength(1), z.maxLength(MAX_LISTED_ACTIVITIES)),
      }),
    ).returns<UnitFilings>(),
    /** Text and photos about an activity; public once the office approves and checks pass. */
    submitReport: action(
      z.strictObject({
        unitId,
        title: trimmed(REPORT_TITLE_LENGTH.min, REPORT_TITLE_LENGTH.max),
        text: trimmed(REPORT_TEXT_LENGTH.min, REPORT_TEXT_LENGTH.max),
        photos,
        eventId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
      }),
    ).returns<ReportView>(),
    /** The unit's summary; filing again replaces it, lateness counts from the first filing. */
    submitSummary: action(
      z.strictObject({
        unitId,
        text: trimmed(SUMMARY_TEXT_LENGTH.min, SUMMARY_TEXT_LENGTH.max),
        photos,
        figures: z.strictObject({ activitiesHeld: count, participants: count, mediaReach: count }),
      }),
    ).returns<UnitFilings>(),
    /** Office: every unit at a glance. */
    overview: action(z.strictObject({})).returns<{ units: UnitFilingRow[] }>(),
    /** Office: reports waiting for review, oldest first. */
    reviewQueue: action(z.strictObject({})).returns<{ items: ReportView[] }>(),
    /** Office: publish (after WeChat's content checks) or return with a reason. */
    review: action(
      z.union([
        z.strictObject({ reportId, decision: z.literal('publish') }),
        z.strictObject({
          reportId,
          decision: z.literal('return'),
          reason: trimmed(RETURN_REASON_LENGTH.min, RETURN_REASON_LENGTH.max),
        }),
      ]),
    ).returns<ReportView>(),
    /** Anyone: the published reports, newest first (the home page's news). */
    news: action(
      z.strictObject({
        offset: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(10_000))),
      }),
    ).returns<{ items: NewsItem[]; hasMore: boolean }>(),
  },
} satisfies Contract
