import { events } from '@/campaigns'
import { toEventView } from '@/domain/event'
import { decideSeatRecount, SEAT_SETTLE_MS, type SeatReading } from '@/domain/seat-recount'

const reading: SeatReading = { seatsTaken: 7, seatMoves: 12, held: 5, holders: 'h1' }
const T0 = new Date('2025-04-15T02:00:00Z')
const later = (ms: number) => new Date(T0.getTime() + ms)

describe('decideSeatRecount', () => {
  it('leaves a counter equal to the seats held alone', () => {
    expect(decideSeatRecount({ ...reading, held: 7 }, undefined, T0)).toEqual({
      kind: 'consistent',
    })
  })

  it('reports, never repairs, a counter below the seats held', () => {
    expect(decideSeatRecount({ ...reading, held: 9 }, undefined, T0)).toEqual({
      kind: 'short',
      missing: 2,
    })
    expect(decideSeatRecount({ ...reading, held: 9 }, undefined, T0, { settled: true })).toEqual({
      kind: 'short',
      missing: 2,
    })
  })

  it('records an excess seen for the first time', () => {
    expect(decideSeatRecount(reading, undefined, T0)).toEqual({ kind: 'observe', excess: 2 })
  })

  it('repairs the same excess only once the settle time has passed since it was recorded', () => {
    const observed = { ...reading, at: T0 }
    expect(decideSeatRecount(reading, observed, later(SEAT_SETTLE_MS - 1))).toEqual({
      kind: 'wait',
      excess: 2,
      settlesAt: later(SEAT_SETTLE_MS),
    })
    expect(decideSeatRecount(reading, observed, later(SEAT_SETTLE_MS))).toEqual({
      kind: 'repair',
      excess: 2,
      from: 7,
      to: 5,
    })
    // As stored: an ISO string.
    const stored = { ...reading, at: T0.toISOString() }
    expect(decideSeatRecount(reading, stored, later(SEAT_SETTLE_MS)).kind).toBe('repair')
  })

  it.each<[string, Partial<SeatReading>]>([
    ['the counter', { seatsTaken: 8, held: 6 }],
    ['the seat moves (a release and a take that cancel out)', { seatMoves: 14 }],
    ['the seats held', { seatsTaken: 8, seatMoves: 13 }],
    ['who holds them (same sum)', { holders: 'h2' }],
  ])('starts again when %s changed since the observation', (_what, change) => {
    const observed = { ...reading, at: T0 }
    const now = decideSeatRecount({ ...reading, ...change }, observed, later(10 * SEAT_SETTLE_MS))
    expect(now.kind).toBe('observe')
  })

  it('starts again when the observation is dated after now (a preview clock moved back)', () => {
    expect(decideSeatRecount(reading, { ...reading, at: later(1000) }, T0)).toEqual({
      kind: 'observe',
      excess: 2,
    })
  })

  it('repairs at once when nothing can be under way (the local runtime starting)', () => {
    expect(decideSeatRecount(reading, undefined, T0, { settled: true })).toEqual({
      kind: 'repair',
      excess: 2,
      from: 7,
      to: 5,
    })
  })
})

describe('the event a client sees', () => {
  it('carries none of the recount’s bookkeeping', () => {
    const [record] = events
    const view = toEventView({ ...record, seatMoves: 3, seatCheck: { ...reading, at: T0 } })
    expect(view).not.toHaveProperty('seatMoves')
    expect(view).not.toHaveProperty('seatCheck')
    expect(view.title).toBe(record.title)
  })
})
