// campaign: the week's facts (theme, dates, phases, focus areas, committee) and where "now" is.
import { campaignContract } from '@/contracts/campaign'
import { campaignPhase } from '@/domain/phase'
import type { EventRecord } from '@/domain/event'
import { currentCampaign } from '@/server/campaigns'
import { db } from '@/server/cloud'
import { now } from '@/server/clock'
import { defineFunction } from '@/server/define-function'

export const main = defineFunction(campaignContract, {
  async get() {
    const campaign = await currentCampaign()
    const at = now()
    return { campaign, phase: campaignPhase(campaign, at), now: at.toISOString() }
  },

  async recap() {
    const { _id: campaignId } = await currentCampaign()
    // A week has tens of events: one read of their unit ids is enough (the SDK caps a read at 1000).
    const { data } = await db
      .collection<Pick<EventRecord, 'unitIds'>>('events')
      .where({ campaignId, status: 'published' })
      .field({ unitIds: true })
      .limit(1000)
      .get()
    return { events: data.length, hostUnits: new Set(data.flatMap((event) => event.unitIds)).size }
  },
})
