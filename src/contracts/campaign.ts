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

/** Figures for the recap once the week is over (registrations and quiz figures join later). */
export interface CampaignRecap {
  events: number
  /** Committee units that hosted at least one published event. */
  hostUnits: number
}

export const campaignContract = {
  name: 'campaign',
  actions: {
    get: action(z.strictObject({})).returns<CampaignOverview>(),
    recap: action(z.strictObject({})).returns<CampaignRecap>(),
  },
} satisfies Contract
