// Filings as stored: one activity list and one summary per unit (their ids say so, so the database
// refuses a second list), and any number of reports.
import type { ReportStatus, SummaryFigures } from '@/contracts/filings'
import type { FilingKind } from '@/domain/filings'
import { db } from '@/server/cloud'

interface FilingBase {
  _id: string
  campaignId: string
  unitId: string
  kind: FilingKind
  filedBy: string
  filedByName: string
  /** The first filing: lateness counts from it. */
  filedAt: Date
  late: boolean
}

export interface ActivityListRecord extends FilingBase {
  kind: 'activity-list'
  eventIds: string[]
}

export interface ReportRecord extends FilingBase {
  kind: 'report'
  title: string
  text: string
  photos: string[]
  eventId?: string
  status: ReportStatus
  reviewedAt?: Date
  reviewedBy?: string
  reviewNote?: string
  publishedAt?: Date
}

export interface SummaryRecord extends FilingBase {
  kind: 'summary'
  text: string
  photos: string[]
  figures: SummaryFigures
  updatedAt: Date
}

export type FilingRecord = ActivityListRecord | ReportRecord | SummaryRecord

export const filings = () => db.collection<FilingRecord>('filings')

/** The one activity list or summary of a unit in a campaign. */
export const unitFilingId = (
  campaignId: string,
  unitId: string,
  kind: 'activity-list' | 'summary',
) => `${campaignId}__${unitId}__${kind}`
