// campaign: the week's facts (theme, dates, phases, focus areas, committee) and where "now" is.
import { campaignContract } from '@/contracts/campaign'
import { campaignPhase } from '@/domain/phase'
import { currentCampaign } from '@/server/campaigns'
import { now } from '@/server/clock'
import { defineFunction } from '@/server/define-function'

export const main = defineFunction(campaignContract, {
  async get() {
    const campaign = await currentCampaign()
    const at = now()
    return { campaign, phase: campaignPhase(campaign, at), now: at.toISOString() }
  },
})
