// The events collection as the organisers' workspace writes it. Every write is conditional on the
// revision the decision was made from, so an organiser never overwrites a change they have not
// seen, and a unit's edit never lands on an event whose status changed meanwhile.
import type { EventRecord } from '@/domain/event'
import { db } from '../cloud'
import type { Filter } from '../database-types'
import { registrations } from '../registration-records'

export const events = () => db.collection<EventRecord>('events')

/** The event just written. */
export async function reread(eventId: string): Promise<EventRecord> {
  const { data } = await events().doc(eventId).get()
  if (!data) throw new Error(`event ${eventId} vanished`)
  return data
}

export const revisionOf = (event: Pick<EventRecord, 'revision'>) => event.revision ?? 0

/** The event while it is still at the revision it was read with, and `more` holds. */
export function stillAsRead(event: Pick<EventRecord, '_id' | 'revision'>, ...more: Filter[]) {
  const _ = db.command
  const revision = revisionOf(event)
  // Events loaded from the campaign data have never been edited here: no revision yet.
  const unchanged =
    revision === 0 ? _.or([{ revision: 0 }, { revision: _.exists(false) }]) : { revision }
  return _.and([{ _id: event._id }, unchanged, ...more]) as Filter
}

/** Seats held fit in `capacity` (an event nobody registered for has no counter). */
export function seatsFit(capacity: number): Filter {
  const _ = db.command
  return _.or([{ seatsTaken: _.lte(capacity) }, { seatsTaken: _.exists(false) }]) as Filter
}

/** Registrations that still count: everything but rejected and cancelled ones. */
export async function countRegistrants(eventId: string): Promise<number> {
  const counted = ['confirmed', 'pending', 'waitlisted', 'checked-in']
  const { total } = await registrations()
    .where({ eventId, status: db.command.in(counted) })
    .count()
  return total
}
