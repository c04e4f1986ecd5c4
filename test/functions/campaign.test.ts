import type { CampaignOverview } from '@/contracts/campaign'
import type { CloudResult } from '@/contracts/errors'
import { startTestCloud, type TestCloud } from './local-cloud'

let t: TestCloud
beforeAll(async () => {
  // 10:00 on 23 April in Shanghai is 02:00 UTC: day 4 of the week either way you look at it.
  t = await startTestCloud({ now: '2025-04-23T02:00:00Z' })
}, 60_000)
afterAll(() => t.stop())

describe('campaign.get', () => {
  it('returns the theme, the week and where now falls in it', async () => {
    const { status, body } = await t.call<CloudResult<CampaignOverview>>('campaign', {
      action: 'get',
    })
    expect(status).toBe(200)
    if (!body.ok) throw new Error(body.error.message)
    expect(body.data.campaign).toMatchObject({
      theme: '知识产权与人工智能',
      firstDay: '2025-04-20',
      lastDay: '2025-04-26',
    })
    expect(body.data.campaign.committee.memberUnits).toHaveLength(19)
    expect(body.data.phase).toEqual({
      kind: 'week',
      dayNumber: 4,
      totalDays: 7,
      today: '2025-04-23',
    })
    expect(body.data.now).toBe('2025-04-23T02:00:00.000Z')
  })

  it('rejects unknown fields and unknown actions', async () => {
    expect((await t.call('campaign', { action: 'get', extra: 1 })).body).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    })
    expect((await t.call('campaign', { action: 'delete' })).body).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    })
  })
})

describe('campaign.recap', () => {
  it('counts the published events and the units that hosted them', async () => {
    const { events } = await import('@/campaigns')
    const { body } = await t.call('campaign', { action: 'recap' })
    expect(body).toEqual({
      ok: true,
      data: { events: events.length, hostUnits: new Set(events.flatMap((e) => e.unitIds)).size },
    })
  })
})
