// Answers the app's cloud calls from the real campaign data module, for page tests (the real
// functions are covered by the function and end-to-end tests).
import { campaign, events } from '@/campaigns'
import { campaignPhase } from '@/domain/phase'
import { compareEvents, toEventView } from '@/domain/event'

type Params = Record<string, unknown>

export function fakeCloud(now: string) {
  const published = events.map(toEventView).sort(compareEvents)
  return async (name: string, action: string, params: Params = {}) => {
    const key = `${name}.${action}`
    if (key === 'campaign.get') {
      return { ok: true, data: { campaign, phase: campaignPhase(campaign, new Date(now)), now } }
    }
    if (key === 'campaign.recap') {
      return {
        ok: true,
        data: { events: events.length, hostUnits: new Set(events.flatMap((e) => e.unitIds)).size },
      }
    }
    if (key === 'events.list') {
      const matching = published.filter((e) => !params.day || e.day === params.day)
      const limit = (params.limit as number | undefined) ?? 20
      return {
        ok: true,
        data: {
          items: matching.slice(0, limit),
          total: matching.length,
          offset: 0,
          hasMore: matching.length > limit,
        },
      }
    }
    throw new Error(`fakeCloud: ${key} not answered`)
  }
}
