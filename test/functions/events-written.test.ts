// The events function over events written after the seed, as organisers will write them: text
// with pattern characters and Latin letters, events without a time, drafts, another campaign's
// events, and events either side of midnight in Shanghai.
import { campaign, events as seeded } from '@/campaigns'
import type { DayCount, EventPage } from '@/contracts/events'
import type { CloudResult } from '@/contracts/errors'
import type { EventRecord } from '@/domain/event'
import { withDerivedDay } from '@/domain/event-filters'
import { daysInRange, shanghaiInstant } from '@/domain/time'
import { startTestCloud, type TestCloud } from './local-cloud'

function event(fields: Partial<EventRecord> & Pick<EventRecord, '_id' | 'title'>): EventRecord {
  return withDerivedDay({
    campaignId: campaign._id,
    hosts: ['市市场监督管理局（市知识产权局）'],
    invited: [],
    unitIds: ['amr'],
    day: '2025-04-24',
    place: { name: '市民中心' },
    audiences: ['public'],
    forms: ['online'],
    description: '',
    featured: false,
    sample: false,
    status: 'published',
    ...fields,
  })
}

const written: EventRecord[] = [
  event({
    _id: 'w-pattern',
    title: 'Patent search a.*b (beta) [AI]',
    hosts: ['WIPO Academy'],
    place: { name: 'Room B|C' },
    description: 'Search tips: 1+1=2? ^_^ $100 x{2} \\d',
    startAt: shanghaiInstant('2025-04-24 10:00'),
  }),
  // Read as patterns, the queries below would also match this one.
  event({
    _id: 'w-decoy',
    title: 'Patent search aXXb beta AI',
    hosts: ['wipo-academy'],
    place: { name: 'Room BC' },
    description: 'Search tips: 11=2 _ 100 x d',
    startAt: shanghaiInstant('2025-04-24 08:00'),
  }),
  // No time yet: first of its day although written last.
  event({ _id: 'w-untimed', title: 'Patent clinic, time to be announced', day: '2025-04-24' }),
  event({
    _id: 'w-draft',
    title: 'Patent search draft',
    status: 'draft',
    startAt: shanghaiInstant('2025-04-24 09:00'),
  }),
  event({
    _id: 'w-cancelled',
    title: 'Patent search cancelled',
    status: 'cancelled',
    startAt: shanghaiInstant('2025-04-22 09:00'),
  }),
  event({
    _id: 'w-other-campaign',
    campaignId: 'another-city-2025',
    title: 'Patent search elsewhere',
    startAt: shanghaiInstant('2025-04-24 09:00'),
  }),
  // Same start as the seeded 19:00 live stream on 25 April, written out of id order.
  event({ _id: 'w-tie-b', title: 'Tie B', startAt: shanghaiInstant('2025-04-25 19:00') }),
  event({ _id: 'w-tie-a', title: 'Tie A', startAt: shanghaiInstant('2025-04-25 19:00') }),
  // Either side of midnight in Shanghai: 23:30 on 22 April (15:30 UTC) and 00:30 on 23 April
  // (16:30 UTC, still 22 April in UTC).
  event({
    _id: 'w-late-22',
    title: 'Night session',
    unitIds: ['tz-boundary'],
    startAt: new Date('2025-04-22T15:30:00Z'),
  }),
  event({
    _id: 'w-early-23',
    title: 'Midnight session',
    unitIds: ['tz-boundary'],
    startAt: new Date('2025-04-22T16:30:00Z'),
  }),
]

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  const { db } = await import('@/server/cloud')
  for (const record of written) await db.collection<EventRecord>('events').add({ data: record })
}, 60_000)
afterAll(() => t.stop())

async function listed(body: object): Promise<EventPage> {
  const { body: result } = await t.call<CloudResult<EventPage>>('events', {
    action: 'list',
    limit: 50,
    ...body,
  })
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.data
}

async function counted(body: object): Promise<DayCount[]> {
  const { body: result } = await t.call<CloudResult<{ days: DayCount[] }>>('events', {
    action: 'days',
    ...body,
  })
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.data.days
}

const all = [...seeded, ...written]
const texts = (e: EventRecord) => [e.title, ...e.hosts, e.place.name, e.description]
const visible = (e: EventRecord) => e.campaignId === campaign._id && e.status === 'published'
const ids = (items: { _id: string }[]) => items.map((e) => e._id).sort()
/** The published events of this campaign whose text passes `test`. */
const matching = (test: (text: string) => boolean) =>
  ids(all.filter((e) => visible(e) && texts(e).some(test)))
const week = daysInRange(campaign.firstDay, campaign.lastDay)

describe('free-text search', () => {
  it.each(['a.*b', '(beta)', '[AI]', 'B|C', '1+1=2?', '^_^', '$100', 'x{2}', '\\d', '.*'])(
    'matches %j literally, case-insensitively, never as a pattern',
    async (q) => {
      const want = matching((text) => text.toLowerCase().includes(q.toLowerCase()))
      expect(want).toEqual(['w-pattern'])
      let asPattern: string[] | 'invalid'
      try {
        const pattern = new RegExp(q, 'i')
        asPattern = matching((text) => pattern.test(text))
      } catch {
        asPattern = 'invalid'
      }
      expect(asPattern).not.toEqual(want)
      expect(ids((await listed({ q })).items)).toEqual(want)
    },
  )

  it('ignores case in host names and places', async () => {
    expect(ids((await listed({ q: 'wipo ACADEMY' })).items)).toEqual(['w-pattern'])
    expect(ids((await listed({ q: 'room b|c' })).items)).toEqual(['w-pattern'])
    expect(ids((await listed({ q: 'WIPO' })).items)).toEqual(['w-decoy', 'w-pattern'])
  })

  it('never shows drafts, cancelled events or another campaign’s events', async () => {
    const page = await listed({ q: 'patent' })
    const want = matching((text) => text.toLowerCase().includes('patent'))
    expect(want).toEqual(['w-decoy', 'w-pattern', 'w-untimed'])
    expect(ids(page.items)).toEqual(want)
    expect(page.total).toBe(want.length)
    const perDay = await counted({ q: 'patent' })
    expect(perDay.find((d) => d.day === '2025-04-24')?.count).toBe(3)
    expect(perDay.find((d) => d.day === '2025-04-22')?.count).toBe(0)
    expect((await listed({})).total).toBe(all.filter(visible).length)
  })

  it('pages through search results in calendar order', async () => {
    const first = await listed({ q: 'patent', limit: 2 })
    const second = await listed({ q: 'patent', limit: 2, offset: 2 })
    expect([first.hasMore, second.hasMore]).toEqual([true, false])
    expect([first.total, second.total]).toEqual([3, 3])
    expect([...first.items, ...second.items].map((e) => e._id)).toEqual([
      'w-untimed',
      'w-decoy',
      'w-pattern',
    ])
  })
})

describe('calendar order', () => {
  it('puts an event without a time first in its day, then orders by start', async () => {
    const page = await listed({ day: '2025-04-24' })
    const want = all
      .filter((e) => visible(e) && e.day === '2025-04-24')
      .sort((a, b) => (a.startAt?.getTime() ?? -Infinity) - (b.startAt?.getTime() ?? -Infinity))
    expect(want[0]._id).toBe('w-untimed')
    expect(page.items.map((e) => e._id)).toEqual(want.map((e) => e._id))
  })

  // Locally NeDB hands documents over in id order anyway; the cloud promises no order for ties.
  it('orders events starting together by id, so pages never overlap', async () => {
    const page = await listed({ day: '2025-04-25' })
    const tied = all.filter((e) => visible(e) && e.day === '2025-04-25')
    expect(new Set(tied.map((e) => e.startAt?.getTime())).size).toBe(1)
    expect(tied.length).toBeGreaterThan(2)
    expect(page.items.map((e) => e._id)).toEqual(ids(tied))
    const oneByOne = []
    for (let offset = 0; offset < tied.length; offset++) {
      oneByOne.push(...(await listed({ day: '2025-04-25', limit: 1, offset })).items)
    }
    expect(oneByOne.map((e) => e._id)).toEqual(ids(tied))
  })
})

describe('days by Asia/Shanghai date', () => {
  it('derives the stored day from the Shanghai start, not the UTC date', () => {
    const late = written.find((e) => e._id === 'w-late-22') as EventRecord
    const early = written.find((e) => e._id === 'w-early-23') as EventRecord
    expect([late.day, early.day]).toEqual(['2025-04-22', '2025-04-23'])
    // 00:30 on 23 April in Shanghai is still 22 April in UTC.
    expect(early.startAt?.toISOString().slice(0, 10)).toBe('2025-04-22')
  })

  it('lists 23:30 on 22 April on 22 April and 00:30 on 23 April on 23 April', async () => {
    const on22 = await listed({ day: '2025-04-22' })
    const on23 = await listed({ day: '2025-04-23' })
    expect(on22.items.map((e) => e._id)).toContain('w-late-22')
    expect(on22.items.map((e) => e._id)).not.toContain('w-early-23')
    expect(on23.items.map((e) => e._id)).toContain('w-early-23')
    expect(on23.items.map((e) => e._id)).not.toContain('w-late-22')
    // The late event is the last of its day, the early one the first timed event of its day.
    expect(on22.items.at(-1)?._id).toBe('w-late-22')
    expect(on23.items.filter((e) => e.startAt)[0]?._id).toBe('w-early-23')
    expect(on22.items.at(-1)?.startAt).toBe('2025-04-22T15:30:00.000Z')
    expect(await listed({ unit: 'tz-boundary', day: '2025-04-22' })).toMatchObject({
      total: 1,
      items: [{ _id: 'w-late-22' }],
    })
    expect(await listed({ unit: 'tz-boundary', day: '2025-04-23' })).toMatchObject({
      total: 1,
      items: [{ _id: 'w-early-23' }],
    })
  })

  it('counts each on its Shanghai day', async () => {
    expect(await counted({ unit: 'tz-boundary' })).toEqual(
      week.map((day) => ({
        day,
        count: day === '2025-04-22' || day === '2025-04-23' ? 1 : 0,
      })),
    )
    const perDay = await counted({})
    for (const { day, count } of perDay) {
      expect(count).toBe(all.filter((e) => visible(e) && e.day === day).length)
      expect(count).toBe((await listed({ day, limit: 1 })).total)
    }
  })
})
