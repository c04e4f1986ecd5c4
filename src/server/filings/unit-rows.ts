// Every committee unit's filings at a glance: the office's overview and the week's summary.
import type { UnitFilingRow } from '@/contracts/filings'
import type { Campaign } from '@/domain/campaign'
import { committeeUnitIds } from '@/domain/event-edit'
import { deadlineState, dueDayOf } from '@/domain/filings'
import { batches } from '@/server/jobs/batches'
import { unitNames } from '@/server/organisers/access'
import type { FilingRecord, ReportRecord, SummaryRecord } from './records'

export interface UnitFilingFacts extends UnitFilingRow {
  summaryRecord?: SummaryRecord
}

export async function unitFilingRows(campaign: Campaign, at: Date): Promise<UnitFilingFacts[]> {
  const records: FilingRecord[] = []
  for await (const batch of batches<FilingRecord>('filings', { campaignId: campaign._id })) {
    records.push(...batch)
  }
  const names = unitNames(campaign)
  return committeeUnitIds(campaign).map((unitId) => {
    const mine = records.filter((r) => r.unitId === unitId)
    const summaryRecord = mine.find((r): r is SummaryRecord => r.kind === 'summary')
    const listFiledAt = mine.find((r) => r.kind === 'activity-list')?.filedAt
    const reports = mine.filter((r): r is ReportRecord => r.kind === 'report')
    const state = (kind: 'activity-list' | 'summary', filedAt: Date | undefined) => {
      const dueDay = dueDayOf(campaign, kind)
      if (!dueDay) throw new Error(`campaign ${campaign._id} has no deadline for ${kind}`)
      return deadlineState(dueDay, filedAt, at)
    }
    return {
      unitId,
      unitName: names(unitId),
      activityList: state('activity-list', listFiledAt),
      summary: state('summary', summaryRecord?.filedAt),
      reportsFiled: reports.length,
      reportsPublished: reports.filter((r) => r.status === 'published').length,
      ...(summaryRecord ? { summaryRecord } : {}),
    }
  })
}
