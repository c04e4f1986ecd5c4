// The seat recount as the scheduled function's timer runs it: seats a stopped call left taken are
// given back on a later run, only once a reading equal in every part is at least the settle time
// old; anything moving in between starts the wait again; freed seats go to the waiting list in
// order. Events and registrations are written straight into the database in their stored shape,
// and "calls under way" are their steps written the way seating.ts writes them. Each run's clock
// is its own worker pool's IPWEEK_NOW.
import type { CloudResult } from '@/contracts/errors'
import type { ScheduledReport, SeatRecountReport } from '@/contracts/scheduled'
import type { EventRecord } from '@/domain/event'
import type { RegistrationStatus } from '@/domain/seats'
import type { RegistrationRecord } from '@/server/registration-records'
import { FUNCTIONS_DIR } from '../../local/cloud'
import { FunctionPool } from '../../local/runner/pool'
import { testSession } from '../../local/test-session'
import { startTestCloud, type TestCloud } from './local-cloud'

const T0 = new Date('2025-04-15T10:00:00+08:00')
const TEMPLATE = 'local-template-registration-promoted'
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000).toISOString()

jest.setTimeout(60_000)

function event(
  _id: string,
  counters: { capacity?: number; seatsTaken: number; seatMoves: number; waitlistUsed?: boolean },
): EventRecord {
  const { capacity = 10, seatsTaken, seatMoves, waitlistUsed } = counters
  return testSession(_id, {
    title: `名额核对 ${_id}`,
    registration: { capacity, fields: ['contactName', 'attendees'] },
    record: { seatsTaken, seatMoves, ...(waitlistUsed ? { waitlistUsed: true } : {}) },
  })
}

function registration(
  eventId: string,
  who: string,
  status: RegistrationStatus,
  attendees = 1,
  waitlistAt?: string,
): RegistrationRecord {
  return {
    _id: `${eventId}__o-${who}`,
    eventId,
    openid: `o-${who}`,
    status,
    attendees,
    form: { contactName: `联系人${who}`, attendees },
    ticketToken: `ticket-${eventId}-${who}`,
    privacyVersion: '2025-04-01',
    createdAt: new Date('2025-04-14T02:00:00Z'),
    ...(waitlistAt ? { waitlistAt: new Date(waitlistAt) } : {}),
  }
}

const events: EventRecord[] = [
  // 5 counted, 3 held: 2 orphaned.
  event('orphan', { seatsTaken: 5, seatMoves: 7 }),
  // 4 counted, 2 held; between runs a registration takes a seat and, later, is written.
  event('in-flight', { seatsTaken: 4, seatMoves: 3 }),
  // Between runs one holder cancels and another is written: same sum, other holders.
  event('swapped', { seatsTaken: 4, seatMoves: 3 }),
  // Between runs a seat is released and another taken: the same count, two moves.
  event('bounced', { seatsTaken: 4, seatMoves: 3 }),
  // Full by the counter, 2 held, three waiting.
  event('waitlist', { capacity: 4, seatsTaken: 4, seatMoves: 9, waitlistUsed: true }),
  // Right, but a seat free while one waits (a stop between a release and the promotion).
  event('free', { capacity: 3, seatsTaken: 2, seatMoves: 4, waitlistUsed: true }),
  event('consistent', { seatsTaken: 2, seatMoves: 2 }),
  // Below the seats held: never left by a stop; reported and left alone.
  event('short', { seatsTaken: 1, seatMoves: 1 }),
]

const records: RegistrationRecord[] = [
  registration('orphan', 'a', 'confirmed', 1),
  registration('orphan', 'b', 'checked-in', 2),
  registration('orphan', 'c', 'cancelled', 3),
  registration('orphan', 'd', 'rejected', 1),
  registration('in-flight', 'a', 'confirmed'),
  registration('in-flight', 'b', 'confirmed'),
  registration('swapped', 'a', 'confirmed'),
  registration('swapped', 'b', 'confirmed'),
  registration('bounced', 'a', 'confirmed'),
  registration('bounced', 'b', 'confirmed'),
  registration('waitlist', 'a', 'confirmed'),
  registration('waitlist', 'b', 'confirmed'),
  // The list's order is (waitlistAt, _id): z, then m, then the tie of k and a (a first).
  registration('waitlist', 'z', 'waitlisted', 1, '2025-04-14T01:00:00Z'),
  registration('waitlist', 'm', 'waitlisted', 1, '2025-04-14T02:00:00Z'),
  registration('waitlist', 'k', 'waitlisted', 1, '2025-04-14T03:00:00Z'),
  registration('waitlist', 'a2', 'waitlisted', 1, '2025-04-14T03:00:00Z'),
  registration('free', 'a', 'confirmed', 2),
  registration('free', 'w', 'waitlisted', 1, '2025-04-14T01:00:00Z'),
  registration('consistent', 'a', 'confirmed', 2),
  registration('short', 'a', 'confirmed', 2),
]

let t: TestCloud
let db: typeof import('@/server/cloud').db

async function stored(id: string): Promise<EventRecord> {
  const { data } = await db.collection<EventRecord>('events').doc(id).get()
  if (!data) throw new Error(`event ${id} missing`)
  return data
}

async function statuses(eventId: string): Promise<Record<string, RegistrationStatus>> {
  const { data } = await db
    .collection<RegistrationRecord>('registrations')
    .where({ eventId })
    .limit(100)
    .get()
  return Object.fromEntries(data.map((r) => [r.openid, r.status]))
}

/** One timer run, by a worker whose server clock reads `now`. */
async function runAt(now: string): Promise<SeatRecountReport> {
  const pool = new FunctionPool({
    functionsDir: FUNCTIONS_DIR,
    tcbUrl: t.cloud.tcb.url,
    size: 1,
    env: { IPWEEK_NOW: now, TEMPLATE_REGISTRATION_PROMOTED: TEMPLATE },
  })
  try {
    const timer = { Type: 'Timer', TriggerName: 'remindersAndRetention', Time: now }
    const result = (await pool.invoke('scheduled', timer, {
      openid: '',
    })) as CloudResult<ScheduledReport>
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
    return result.data.seats
  } finally {
    await pool.close()
  }
}

/** A step of a call under way, written as seating.ts writes it. */
async function moveSeats(eventId: string, by: number) {
  const _ = db.command
  await db
    .collection('events')
    .doc(eventId)
    .update({ data: { seatsTaken: _.inc(by), seatMoves: _.inc(1) } })
}

const setStatus = (eventId: string, who: string, status: RegistrationStatus) =>
  db.collection('registrations').doc(`${eventId}__o-${who}`).update({ data: { status } })

const promotedMessages = async () =>
  (await t.cloud.tcb.outbox())
    .filter((entry) => entry.apiName === 'subscribeMessage.send')
    .map((entry) => entry.openid)

beforeAll(async () => {
  t = await startTestCloud({ now: at(0) })
  db = (await import('@/server/cloud')).db
  for (const record of events) await db.collection<EventRecord>('events').add({ data: record })
  for (const record of records) {
    await db.collection<RegistrationRecord>('registrations').add({ data: record })
  }
}, 60_000)
afterAll(() => t.stop())

describe('runs a minute apart and more', () => {
  let consistentBefore: EventRecord

  it('first run: records each excess and repairs none; seats a free place at once', async () => {
    consistentBefore = await stored('consistent')
    const report = await runAt(at(0))
    expect(report).toEqual({
      // Every event with seats counted: the eight here (the campaign's have none).
      checked: 8,
      observed: 5,
      waiting: 0,
      repaired: 0,
      seatsFreed: 0,
      short: 1,
      promoted: 1,
    })
    expect(await stored('orphan')).toMatchObject({
      seatsTaken: 5,
      seatMoves: 7,
      seatCheck: { seatsTaken: 5, seatMoves: 7, held: 3, at: new Date(at(0)) },
    })
    expect((await stored('waitlist')).seatsTaken).toBe(4)
    expect(await statuses('waitlist')).toMatchObject({ 'o-z': 'waitlisted' })
    // Nothing to wait for: the counter was right and a seat was free.
    expect(await stored('free')).toMatchObject({ seatsTaken: 3 })
    expect(await statuses('free')).toEqual({ 'o-a': 'confirmed', 'o-w': 'confirmed' })
  })

  it('a run within the settle time waits', async () => {
    const report = await runAt(at(30))
    expect(report).toMatchObject({ observed: 0, waiting: 5, repaired: 0, promoted: 0 })
    expect((await stored('orphan')).seatsTaken).toBe(5)
  })

  it('a run after the settle time repairs what did not move, and what moved waits again', async () => {
    await moveSeats('in-flight', 1) // a registration took its seat; not written yet
    await setStatus('swapped', 'b', 'cancelled')
    await db
      .collection<RegistrationRecord>('registrations')
      .add({ data: registration('swapped', 'c', 'confirmed') })
    await moveSeats('bounced', -1)
    await moveSeats('bounced', 1)

    const report = await runAt(at(61))
    expect(report).toMatchObject({ observed: 3, waiting: 0, repaired: 2, seatsFreed: 4 })
    expect(await stored('orphan')).toMatchObject({ seatsTaken: 3, seatMoves: 8 })
    expect(await stored('orphan')).not.toHaveProperty('seatCheck')
    for (const id of ['in-flight', 'swapped', 'bounced']) {
      expect(await stored(id)).toMatchObject({ seatCheck: { at: new Date(at(61)) } })
    }
    expect((await stored('in-flight')).seatsTaken).toBe(5)
    expect((await stored('swapped')).seatsTaken).toBe(4)
    expect((await stored('bounced')).seatsTaken).toBe(4)
  })

  it('freed seats go to the waiting list in its order, with the promotion message', async () => {
    // 2 seats freed: z and m, first in line; k and a2 still wait, a2 ahead of k.
    expect(await statuses('waitlist')).toEqual({
      'o-a': 'confirmed',
      'o-b': 'confirmed',
      'o-z': 'confirmed',
      'o-m': 'confirmed',
      'o-k': 'waitlisted',
      'o-a2': 'waitlisted',
    })
    expect((await stored('waitlist')).seatsTaken).toBe(4)
    expect(await promotedMessages()).toEqual(['o-w', 'o-z', 'o-m'])
  })

  it('the call under way keeps its seat: once written, its seat is held, not given back', async () => {
    await db
      .collection<RegistrationRecord>('registrations')
      .add({ data: registration('in-flight', 'c', 'confirmed') })
    const report = await runAt(at(122))
    // swapped and bounced: unchanged since the last run, a minute ago. in-flight moved again.
    expect(report).toMatchObject({ observed: 1, repaired: 2, seatsFreed: 4 })
    expect((await stored('swapped')).seatsTaken).toBe(2)
    expect((await stored('bounced')).seatsTaken).toBe(2)
    expect((await stored('in-flight')).seatsTaken).toBe(5)

    const last = await runAt(at(183))
    expect(last).toMatchObject({ observed: 0, waiting: 0, repaired: 1, seatsFreed: 2 })
    expect((await stored('in-flight')).seatsTaken).toBe(3)
  })

  it('leaves a consistent event untouched, and one counting fewer than held alone', async () => {
    expect(await stored('consistent')).toEqual(consistentBefore)
    expect(await stored('short')).toMatchObject({ seatsTaken: 1, seatMoves: 1 })
    expect(await stored('short')).not.toHaveProperty('seatCheck')
    const quiet = await runAt(at(244))
    expect(quiet).toEqual({
      checked: 8,
      observed: 0,
      waiting: 0,
      repaired: 0,
      seatsFreed: 0,
      short: 1,
      promoted: 0,
    })
  })
})
