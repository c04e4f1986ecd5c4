// Gives back seats a function left taken when it stopped between taking them and writing the
// registration that holds them, or between a cancellation and the release of its seats (its
// timeout, a crash): the event's `seatsTaken` then stays above the seats held, and the session
// looks fuller than it is. The rule deciding when that is safe with calls under way is
// domain/seat-recount.ts. Also seats the waiting list wherever seats are free, which a function
// stopped between releasing seats and promoting leaves behind.
//
// The observation a later run compares with is kept on the event itself (`seatCheck`), not in a
// collection of its own: the repair is a conditional update of that same document, the job
// already reads it, there is no collection to create and secure, and the observation is removed
// as soon as the counter is right again, so it exists only while an excess is outstanding. It
// holds counts and a one-way digest of registration ids, nothing personal.
import { createHash } from 'node:crypto'
import type { SeatRecountReport } from '@/contracts/scheduled'
import type { EventRecord } from '@/domain/event'
import { decideSeatRecount, type SeatReading, type SeatRecountOptions } from '@/domain/seat-recount'
import { SEAT_HOLDING } from '@/domain/seats'
import { now } from '../clock'
import { db } from '../cloud'
import type { Filter } from '../database-types'
import { promoteWaitlist, type OfferedEvent } from '../seating'
import { batches } from './batches'

/**
 * Checks every event's seat counter. `settled` (nothing under way, so an excess is repaired at
 * once) is for the local runtime at start-up only, before it serves any call; the timer never
 * passes it.
 */
export async function recountSeats(
  options: Pick<SeatRecountOptions, 'settled'> = {},
): Promise<SeatRecountReport> {
  const report: SeatRecountReport = {
    checked: 0,
    observed: 0,
    waiting: 0,
    repaired: 0,
    seatsFreed: 0,
    short: 0,
    promoted: 0,
  }
  for await (const batch of batches<EventRecord>('events', {})) {
    for (const event of batch) await recountEvent(event, options, report)
  }
  return report
}

async function recountEvent(
  event: EventRecord,
  options: Pick<SeatRecountOptions, 'settled'>,
  report: SeatRecountReport,
): Promise<void> {
  let taken = event.seatsTaken ?? 0
  // A counter at zero cannot be above the seats held: nothing to read.
  if (taken > 0 || event.seatCheck) {
    report.checked++
    const reading = await readSeats(event)
    const decision = decideSeatRecount(reading, event.seatCheck, now(), options)
    switch (decision.kind) {
      case 'observe':
        report.observed++
        await observe(event._id, reading)
        break
      case 'wait':
        report.waiting++
        break
      case 'repair':
        if (await repair(event._id, reading)) {
          report.repaired++
          report.seatsFreed += decision.excess
          taken = reading.held
        }
        break
      case 'short':
        report.short++
        console.error('seat recount: fewer seats counted than held', event._id, reading)
        if (event.seatCheck) await forgetObservation(event._id)
        break
      case 'consistent':
        if (event.seatCheck) await forgetObservation(event._id)
        break
    }
  }
  // Whole events are read (not a projection): promotion messages name the event.
  const { registration } = event
  if (event.status === 'published' && registration && event.waitlistUsed) {
    if (registration.capacity - taken > 0) {
      report.promoted += await promoteWaitlist(event as OfferedEvent)
    }
  }
}

/** The event's counter as read for this run, then the seats its registrations hold now. */
async function readSeats(event: EventRecord): Promise<SeatReading> {
  const _ = db.command
  const holding = { eventId: event._id, status: _.in([...SEAT_HOLDING]) }
  const digest = createHash('sha256')
  let held = 0
  type Holder = { _id: string; attendees: number }
  // In _id order, so the same registrations give the same digest.
  for await (const batch of batches<Holder>('registrations', holding, {
    _id: true,
    attendees: true,
  })) {
    for (const { _id, attendees } of batch) {
      held += attendees
      digest.update(`${_id}\t${attendees}\n`)
    }
  }
  return {
    seatsTaken: event.seatsTaken ?? 0,
    seatMoves: event.seatMoves ?? 0,
    held,
    holders: digest.digest('base64url'),
  }
}

/** The event while its counter and moves are still as `reading` shows them. */
function unmoved(eventId: string, reading: SeatReading): Filter {
  const _ = db.command
  // An event whose seats have never moved since seatMoves was introduced has no such field.
  const moves =
    reading.seatMoves === 0
      ? _.or([{ seatMoves: 0 }, { seatMoves: _.exists(false) }])
      : { seatMoves: reading.seatMoves }
  return _.and([{ _id: eventId, seatsTaken: reading.seatsTaken }, moves]) as Filter
}

async function observe(eventId: string, reading: SeatReading): Promise<void> {
  // Only onto the counter it describes: if seats moved meanwhile, the next run reads again.
  await db
    .collection<EventRecord>('events')
    .where(unmoved(eventId, reading))
    .update({ data: { seatCheck: db.command.set({ ...reading, at: now() }) } })
}

async function repair(eventId: string, reading: SeatReading): Promise<boolean> {
  const _ = db.command
  const { stats } = await db
    .collection<EventRecord>('events')
    .where(unmoved(eventId, reading))
    // A move itself: a reading taken before it no longer matches.
    .update({ data: { seatsTaken: reading.held, seatMoves: _.inc(1), seatCheck: _.remove() } })
  return stats.updated === 1
}

async function forgetObservation(eventId: string): Promise<void> {
  await db
    .collection<EventRecord>('events')
    .doc(eventId)
    .update({ data: { seatCheck: db.command.remove() } })
}
