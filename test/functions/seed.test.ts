// Loading the campaign data module: idempotent, demo registration settings only with the
// samples, and a reload never resets live counters or the organisers' registration settings.
import * as data from '@/campaigns'
import type { EventRecord } from '@/domain/event'
import { startTestCloud, type TestCloud } from './local-cloud'

const SESSION = 'yk2025-0423-cross-border-ecommerce'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
}, 60_000)
afterAll(() => t.stop())

async function storedEvent(id: string): Promise<EventRecord | null> {
  const { db } = await import('@/server/cloud')
  return (await db.collection<EventRecord>('events').doc(id).get()).data
}

it('gives the 23 April session demo registration settings, marked as such', async () => {
  expect((await storedEvent(SESSION))?.registration).toMatchObject({
    sample: true,
    fields: expect.arrayContaining(['companyName', 'creditCode', 'phone', 'attendees']),
  })
})

it('changes nothing when run again on the same data version', async () => {
  const { seed } = await import('@/server/seed')
  expect(await seed(data, { includeSamples: true })).toMatchObject({
    campaign: 'unchanged',
    eventsWritten: 0,
  })
})

it('rewrites events of a newer version, keeping their seat counter and waiting-list mark', async () => {
  const { db } = await import('@/server/cloud')
  const { seed } = await import('@/server/seed')
  await db
    .collection<EventRecord>('events')
    .doc(SESSION)
    .update({ data: { seatsTaken: 7, waitlistUsed: true } })
  const newer = {
    campaign: { ...data.campaign, dataVersion: data.campaign.dataVersion + 1 },
    events: data.events.map((event) =>
      event._id === SESSION ? { ...event, place: { name: '营口自贸区服务中心' } } : event,
    ),
  }
  expect(await seed(newer, { includeSamples: false })).toMatchObject({ campaign: 'updated' })
  const stored = await storedEvent(SESSION)
  expect(stored).toMatchObject({
    seatsTaken: 7,
    waitlistUsed: true,
    place: { name: '营口自贸区服务中心' },
  })
  // Registration settings are the organisers' once the event exists: a reload leaves them.
  expect(stored?.registration).toMatchObject({ capacity: 100 })
  expect(stored?.title).toBe(data.events.find((event) => event._id === SESSION)?.title)
})

it('leaves an event the organisers edited in the workspace as they left it', async () => {
  const { db } = await import('@/server/cloud')
  const { seed } = await import('@/server/seed')
  const edited = data.events.find((event) => event.sample)!
  await db
    .collection<EventRecord>('events')
    .doc(edited._id)
    .update({ data: { title: '组织者改过的标题', revision: 2 } })
  const newer = {
    campaign: { ...data.campaign, dataVersion: data.campaign.dataVersion + 2 },
    events: data.events.map((event) =>
      event._id === edited._id ? { ...event, title: '数据模块的新标题' } : event,
    ),
  }
  expect(await seed(newer, { includeSamples: true })).toMatchObject({ campaign: 'updated' })
  expect((await storedEvent(edited._id))?.title).toBe('组织者改过的标题')
})
