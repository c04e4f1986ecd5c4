import { campaign, events } from '@/campaigns'
import type { DayCount, EventPage } from '@/contracts/events'
import type { CloudResult } from '@/contracts/errors'
import type { EventRecord, EventView } from '@/domain/event'
import { daysInRange } from '@/domain/time'
import { startTestCloud, type TestCloud } from './local-cloud'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
}, 60_000)
afterAll(() => t.stop())

const list = async (body: object) =>
  (await t.call<CloudResult<EventPage>>('events', { action: 'list', ...body })).body
const days = async (body: object) =>
  (await t.call<CloudResult<{ days: DayCount[] }>>('events', { action: 'days', ...body })).body

async function listed(body: object): Promise<EventPage> {
  const result = await list(body)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.data
}

async function counted(body: object): Promise<DayCount[]> {
  const result = await days(body)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.data.days
}

interface Filters {
  day?: string
  audience?: string
  form?: string
  unit?: string
  q?: string
}

// What the filters mean, written plainly over the seeded data (all published, one campaign).
const texts = (e: EventRecord) => [e.title, ...e.hosts, e.place.name, e.description]
function expected({ day, audience, form, unit, q }: Filters): EventRecord[] {
  const text = q?.trim().toLowerCase()
  return events
    .filter(
      (e) =>
        (!day || e.day === day) &&
        (!audience || (e.audiences as string[]).includes(audience)) &&
        (!form || (e.forms as string[]).includes(form)) &&
        (!unit || e.unitIds.includes(unit)) &&
        (!text || texts(e).some((field) => field.toLowerCase().includes(text))),
    )
    .sort(
      (a, b) =>
        a.day.localeCompare(b.day) ||
        (a.startAt?.toISOString() ?? '').localeCompare(b.startAt?.toISOString() ?? '') ||
        (a._id < b._id ? -1 : 1),
    )
}
const ids = (items: { _id: string }[]) => items.map((e) => e._id)
const week = daysInRange(campaign.firstDay, campaign.lastDay)

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

describe('events.list filters', () => {
  it('returns every event in calendar order: day, then start', async () => {
    const page = await listed({ limit: 50 })
    expect(ids(page.items)).toEqual(ids(expected({})))
  })

  it.each<[string, Filters]>([
    ['an audience', { audience: 'student' }],
    ['another audience', { audience: 'enterprise' }],
    ['a form', { form: 'training' }],
    ['a form only a second form matches', { form: 'media' }],
    ['a unit', { unit: 'amr' }],
    ['a unit of a co-hosted event', { unit: 'science-association' }],
    ['a day', { day: '2025-04-24' }],
    ['text in titles and descriptions', { q: '人工智能' }],
    ['text with spaces around it', { q: '  人工智能 ' }],
  ])('filters by %s', async (_name, filters) => {
    const want = expected(filters)
    // The filter must narrow the week without emptying it, or the test proves nothing.
    expect(want.length).toBeGreaterThan(0)
    expect(want.length).toBeLessThan(events.length)
    const page = await listed({ ...filters, limit: 50 })
    expect(ids(page.items)).toEqual(ids(want))
    expect(page.total).toBe(want.length)
    expect(page.hasMore).toBe(false)
  })

  it.each<[string, string, (e: EventRecord) => string[]]>([
    ['a host', '科协', (e) => e.hosts],
    ['a place', '会议室', (e) => [e.place.name]],
    ['a description', '有奖问答', (e) => [e.description]],
  ])('finds text that only %s contains', async (_name, q, field) => {
    const want = expected({ q })
    expect(want.length).toBeGreaterThan(0)
    for (const e of want) {
      const elsewhere = texts(e).filter((text) => !field(e).includes(text))
      expect(elsewhere.some((text) => text.includes(q))).toBe(false)
    }
    expect(ids((await listed({ q })).items)).toEqual(ids(want))
  })

  it.each(['', '   '])('ignores a blank search %j', async (q) => {
    expect((await listed({ q })).total).toBe(events.length)
  })

  it.each(['.*', '(', '知识产权.*', '[示例]', '\\'])(
    'matches %j literally, not as a pattern',
    async (q) => {
      const want = expected({ q })
      const page = await listed({ q, limit: 50 })
      expect(ids(page.items)).toEqual(ids(want))
      // Read as a regular expression the query would fail or match other events.
      let asPattern: string[] | 'invalid'
      try {
        const pattern = new RegExp(q, 'i')
        asPattern = ids(expected({})).filter((id) =>
          texts(events.find((e) => e._id === id) as EventRecord).some((s) => pattern.test(s)),
        )
      } catch {
        asPattern = 'invalid'
      }
      expect(asPattern).not.toEqual(ids(want))
    },
  )

  it.each<Filters>([
    { audience: 'enterprise', form: 'training' },
    { audience: 'public', unit: 'amr' },
    { day: '2025-04-21', audience: 'student' },
    { q: '营口', audience: 'enterprise', unit: 'court' },
    { q: '企业', day: '2025-04-21' },
    { form: 'community', unit: 'science-association' },
  ])('combines %j', async (filters) => {
    const want = expected(filters)
    expect(want.length).toBeGreaterThan(0)
    // Each filter alone matches more than all of them together.
    for (const [key, value] of Object.entries(filters)) {
      expect(expected({ [key]: value }).length).toBeGreaterThan(want.length)
    }
    const page = await listed({ ...filters, limit: 50 })
    expect(ids(page.items)).toEqual(ids(want))
    expect(page.total).toBe(want.length)
  })

  it('answers an empty page when nothing matches', async () => {
    const filters = { audience: 'student', form: 'training' }
    expect(expected(filters)).toEqual([])
    expect(await listed(filters)).toEqual({ items: [], total: 0, offset: 0, hasMore: false })
  })

  it('pages through filtered results', async () => {
    const filters = { audience: 'enterprise' }
    const want = ids(expected(filters))
    expect(want.length).toBeGreaterThan(3)
    const pages: EventPage[] = []
    for (let offset = 0; offset < want.length; offset += 3) {
      pages.push(await listed({ ...filters, limit: 3, offset }))
    }
    expect(pages.flatMap((page) => ids(page.items))).toEqual(want)
    expect(pages.map((page) => page.total)).toEqual(pages.map(() => want.length))
    expect(pages.map((page) => page.hasMore)).toEqual(pages.map((_, i) => i < pages.length - 1))
    expect(pages.map((page) => page.offset)).toEqual(pages.map((_, i) => i * 3))
    const beyond = await listed({ ...filters, limit: 3, offset: want.length })
    expect(beyond).toMatchObject({ items: [], total: want.length, hasMore: false })
  })
})

describe('events.days', () => {
  it('lists every day of the campaign week in order', async () => {
    const result = await counted({})
    expect(result.map((d) => d.day)).toEqual(week)
    expect(week).toHaveLength(7)
    expect([week[0], week[6]]).toEqual([campaign.firstDay, campaign.lastDay])
  })

  it.each<Filters>([
    {},
    { audience: 'student' },
    { form: 'training' },
    { unit: 'amr' },
    { q: '知识产权' },
    { q: '科协' },
    { audience: 'enterprise', q: '知识产权' },
    { audience: 'student', form: 'training' },
  ])('counts the events of each day for %j, zeros included', async (filters) => {
    const want = expected(filters)
    const result = await counted(filters)
    expect(result).toEqual(
      week.map((day) => ({ day, count: want.filter((e) => e.day === day).length })),
    )
    // The same filters give the list's total.
    const total = result.reduce((sum, d) => sum + d.count, 0)
    expect(total).toBe((await listed({ ...filters, limit: 1 })).total)
    if (Object.keys(filters).length > 0) expect(result.some((d) => d.count === 0)).toBe(true)
  })
})

describe('invalid filters', () => {
  // Everything the function can see, read directly: a rejected request leaves it as it was.
  async function snapshot() {
    const { db } = await import('@/server/cloud')
    const read = (name: 'events' | 'campaigns') =>
      db.collection<{ _id: string }>(name).orderBy('_id', 'asc').limit(1000).get()
    return Promise.all([read('events'), read('campaigns')])
  }

  const invalid: [object, string][] = [
    [{ audience: 'x' }, 'audience'],
    [{ form: 1 }, 'form'],
    [{ unit: 'A B' }, 'unit'],
    [{ q: 'あ'.repeat(51) }, 'q'],
    [{ q: { $regex: '.*' } }, 'q'],
    [{ q: ['知识产权'] }, 'q'],
    // A NUL cannot be in the database's regular expression: once an INTERNAL error.
    [{ q: '知识\u0000产权' }, 'q'],
    [{ audience: ['student'] }, 'audience'],
    [{ campaignId: 'another-campaign' }, 'campaignId'],
    [{ status: 'draft' }, 'status'],
  ]

  it.each(['list', 'days'])(
    '%s rejects each as INVALID_ARGUMENT, changing nothing',
    async (action) => {
      const before = await snapshot()
      for (const [body, field] of invalid) {
        const { body: result } = await t.call<CloudResult<unknown>>('events', { action, ...body })
        expect({ body, result }).toMatchObject({
          body,
          result: { ok: false, error: { code: 'INVALID_ARGUMENT' } },
        })
        if (!result.ok) expect(result.error.message).toContain(field)
      }
      expect(await snapshot()).toEqual(before)
    },
  )

  it('accepts a search of exactly the maximum length', async () => {
    expect((await list({ q: 'あ'.repeat(50) })).ok).toBe(true)
    expect((await days({ q: 'あ'.repeat(50) })).ok).toBe(true)
  })

  it('days takes no day, limit or offset', async () => {
    for (const body of [{ day: '2025-04-23' }, { limit: 5 }, { offset: 1 }]) {
      expect(await days(body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    }
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
