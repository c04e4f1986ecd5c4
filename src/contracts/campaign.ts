import * as z from 'zod/mini'
import type { Campaign } from '@/domain/campaign'
import type { CampaignPhase } from '@/domain/phase'
import { action, type Contract } from './contract'

export interface CampaignOverview {
  campaign: Campaign
  phase: CampaignPhase
  /** The server's clock, so the client shows the same "now" the phase was computed for. */
  now: string
}

export const campaignContract = {
  name: 'campaign',
  actions: {
    get: action(z.strictObject({})).returns<CampaignOverview>(),
  },
} satisfies Contract
