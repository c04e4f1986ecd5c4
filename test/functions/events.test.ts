import type { EventPage } from '@/contracts/events'
import type { CloudResult } from '@/contracts/errors'
import type { EventView } from '@/domain/event'
import { startTestCloud, type TestCloud } from './local-cloud'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
}, 60_000)
afterAll(() => t.stop())

const list = async (body: object) =>
  (await t.call<CloudResult<EventPage>>('events', { action: 'list', ...body })).body

describe('events.list', () => {
  it('lists the published events of the week in order, with the 23 April session', async () => {
    const result = await list({})
    if (!result.ok) throw new Error(result.error.message)
    expect(result.data.total).toBe(9)
    const days = result.data.items.map((e) => e.day)
    expect(days).toEqual([...days].sort())
    const session = result.data.items.find((e) => e.featured)
    expect(session).toMatchObject({
      day: '2025-04-23',
      title: '强化海外知识产权纠纷保护 促进跨境电商企业高质量发展宣贯活动',
      sample: false,
    })
  })

  it('filters by Shanghai day and sorts by start', async () => {
    const result = await list({ day: '2025-04-21' })
    if (!result.ok) throw new Error(result.error.message)
    expect(result.data.items.map((e) => e.day)).toEqual(['2025-04-21', '2025-04-21'])
    const starts = result.data.items.map((e) => e.startAt as string)
    expect(starts).toEqual([...starts].sort())
    // Instants travel as ISO strings.
    expect(starts[0]).toBe('2025-04-21T01:30:00.000Z')
  })

  it('pages with a server-side limit', async () => {
    const first = await list({ limit: 4 })
    const second = await list({ limit: 4, offset: 4 })
    const third = await list({ limit: 4, offset: 8 })
    if (!first.ok || !second.ok || !third.ok) throw new Error('page failed')
    expect([first.data.hasMore, second.data.hasMore, third.data.hasMore]).toEqual([
      true,
      true,
      false,
    ])
    const ids = [...first.data.items, ...second.data.items, ...third.data.items].map((e) => e._id)
    expect(new Set(ids).size).toBe(9)
    expect((await list({ limit: 51 })).ok).toBe(false)
  })

  it.each([
    [{ day: '2025-02-30' }, 'day'],
    [{ day: 20250423 }, 'day'],
    [{ limit: 0 }, 'limit'],
    [{ limit: 2.5 }, 'limit'],
    [{ offset: -1 }, 'offset'],
    [{ status: { $ne: null } }, 'status'],
  ])('rejects %j as INVALID_ARGUMENT naming the field', async (body, field) => {
    const result = await list(body)
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    if (!result.ok) expect(result.error.message).toContain(field)
  })
})

describe('events.get', () => {
  it('returns one event by id', async () => {
    const { body } = await t.call<CloudResult<EventView>>('events', {
      action: 'get',
      id: 'yk2025-0423-cross-border-ecommerce',
    })
    expect(body).toMatchObject({
      ok: true,
      data: { invited: ['辽宁省知识产权保护中心'], place: { name: '营口自贸区' } },
    })
  })

  it('says NOT_FOUND for an unknown id', async () => {
    const { body } = await t.call('events', { action: 'get', id: 'no-such-event' })
    expect(body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
