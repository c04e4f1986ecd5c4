// dashboard: the committee office's view of the week, and the week's summary workbook built from
// the units' filings and the product's own counts. Office admins only.
import { randomBytes } from 'node:crypto'
import { dashboardContract } from '@/contracts/dashboard'
import { canAdminister } from '@/domain/organiser-roles'
import { currentCampaign } from '@/server/campaigns'
import { now } from '@/server/clock'
import { storeExport } from '@/server/exports'
import { weekFigures } from '@/server/dashboard/figures'
import { weekSummaryWorkbook } from '@/server/dashboard/week-summary-workbook'
import { defineFunction } from '@/server/define-function'
import { unitFilingRows } from '@/server/filings/unit-rows'
import { spendAllowance } from '@/server/rate-limit'
import { requireActor } from '@/server/organisers/access'
import { recordAudit } from '@/server/organisers/audit'

const SUMMARY_LINK_SECONDS = 30 * 60

export const main = defineFunction(dashboardContract, {
  async overview() {
    await requireActor(canAdminister)
    const campaign = await currentCampaign()
    const at = now()
    const [figures, units] = await Promise.all([
      weekFigures(campaign),
      unitFilingRows(campaign, at),
    ])
    return {
      asOf: at.toISOString(),
      totals: figures.totals,
      byDay: figures.byDay,
      byAudience: figures.byAudience,
      filings: units.map(({ summaryRecord: _summary, ...row }) => row),
    }
  },

  async weekSummary() {
    const actor = await requireActor(canAdminister)
    await spendAllowance('dashboard.weekSummary', actor.openid)
    const campaign = await currentCampaign()
    const at = now()
    const [figures, units] = await Promise.all([
      weekFigures(campaign),
      unitFilingRows(campaign, at),
    ])
    const content = await weekSummaryWorkbook(campaign, figures, units, at)
    const stamp = at.toISOString().replace(/[-:]/g, '').slice(0, 15)
    const cloudPath = `exports/week-summary/${stamp}-${randomBytes(6).toString('hex')}.xlsx`
    const { fileID, url } = await storeExport(cloudPath, content, SUMMARY_LINK_SECONDS)
    await recordAudit(actor, 'dashboard.weekSummary', campaign._id, '生成宣传周活动总结表')
    return {
      fileID,
      url,
      fileName: `${campaign.year}${campaign.city}知识产权宣传周总结-${stamp}.xlsx`,
    }
  },
})
