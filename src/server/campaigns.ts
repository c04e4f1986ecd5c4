import type { Campaign } from '@/domain/campaign'
import { AppError } from './errors'
import { db } from './cloud'

const CACHE_MS = 60_000
let cached: { campaign: Campaign; at: number } | undefined

/** The campaign this environment serves: the latest year loaded. Cached briefly per instance. */
export async function currentCampaign(): Promise<Campaign> {
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.campaign
  const { data } = await db.collection<Campaign>('campaigns').orderBy('year', 'desc').limit(1).get()
  const campaign = data[0]
  if (!campaign) throw new AppError('NOT_FOUND', '尚未载入宣传周数据，请组委会办公室先完成初始化')
  cached = { campaign, at: Date.now() }
  return campaign
}
