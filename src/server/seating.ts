// Seats and the waiting list of one session. Seats are taken and released only by conditional
// updates on the event's `seatsTaken`, and a registration changes status only by a conditional
// flip from the status it was read with, so no interleaving sells a seat twice. Every take and
// release also bumps the event's `seatMoves`, so the seat recount (jobs/seat-recount.ts) can tell
// that a call moved seats between two of its readings.
import type { EventRecord, RegistrationSettings } from '@/domain/event'
import { maxTakenToFit, seatedStatus, type RegistrationStatus } from '@/domain/seats'
import { now } from './clock'
import { db, sendSubscribeMessage } from './cloud'
import type { Filter } from './database-types'
import { forgetRecentEvent } from './recent-events'
import { registrations, type RegistrationRecord } from './registration-records'

export type OfferedEvent = EventRecord & { registration: RegistrationSettings }

const events = () => db.collection<EventRecord>('events')
const _ = db.command

/**
 * Takes `attendees` seats if they fit, in one atomic conditional update. Conditional too on the
 * capacity and status `event` shows, so a copy read before the organiser changed them fails.
 */
export async function takeSeats(event: OfferedEvent, attendees: number): Promise<boolean> {
  const { capacity } = event.registration
  const bound = maxTakenToFit(capacity, attendees)
  if (bound < 0) return false
  const { stats } = await events()
    .where(
      _.and([
        { _id: event._id, status: 'published', 'registration.capacity': capacity },
        // An event nobody has registered for yet has no counter: absent is zero, and $inc
        // creates it.
        _.or([{ seatsTaken: _.lte(bound) }, { seatsTaken: _.exists(false) }]),
      ]) as Filter,
    )
    .update({ data: { seatsTaken: _.inc(attendees), seatMoves: _.inc(1) } })
  return stats.updated === 1
}

export async function releaseSeats(eventId: string, attendees: number): Promise<void> {
  if (attendees <= 0) return
  await events()
    .doc(eventId)
    .update({ data: { seatsTaken: _.inc(-attendees), seatMoves: _.inc(1) } })
}

/** Changes a registration only if it still has the status (and fields) it was read with. */
export async function flip(
  id: string,
  from: RegistrationStatus,
  changes: Record<string, unknown>,
  also: Record<string, unknown> = {},
): Promise<boolean> {
  const { stats } = await registrations()
    .where({ ...also, _id: id, status: from })
    .update({ data: { ...changes, updatedAt: now() } })
  return stats.updated === 1
}

async function someoneWaiting(eventId: string): Promise<boolean> {
  const { total } = await registrations().where({ eventId, status: 'waitlisted' }).count()
  return total > 0
}

/** Whether trying for seats can succeed, judged from the event as loaded for this call. */
async function worthTrying(event: OfferedEvent, attendees: number): Promise<boolean> {
  const taken = event.seatsTaken ?? 0
  if (taken + attendees > event.registration.capacity) return false
  // Freed seats belong to those already waiting: a newcomer queues behind them.
  return !event.waitlistUsed || !(await someoneWaiting(event._id))
}

/** Where a registration goes: seats taken for it, or the end of the waiting list. */
export type Place = { status: 'confirmed' | 'pending' } | { status: 'waitlisted'; waitlistAt: Date }

/**
 * Seats if they fit and nobody is waiting, else a place at the end of the waiting list. Taken
 * before the registration is written, so a registration is written once, with its final status.
 */
export async function findPlace(event: OfferedEvent, attendees: number): Promise<Place> {
  if (await worthTrying(event, attendees)) {
    if (await takeSeats(event, attendees)) {
      return { status: seatedStatus(event.registration) as 'confirmed' | 'pending' }
    }
    forgetRecentEvent(event._id)
  }
  // Marked before joining, so a newcomer who sees no mark finds nobody waiting.
  if (!event.waitlistUsed) {
    await events()
      .doc(event._id)
      .update({ data: { waitlistUsed: true } })
  }
  // Arrival by the instance's own clock (not the business clock, which a preview may pin);
  // ties are broken by _id. No shared counter to contend for.
  return { status: 'waitlisted', waitlistAt: new Date() }
}

/** Undoes findPlace when the registration holding the place could not be written. */
export async function givePlaceBack(event: OfferedEvent, place: Place, attendees: number) {
  if (place.status === 'waitlisted') return
  await releaseSeats(event._id, attendees)
  await promoteWaitlist(event)
}

/**
 * After a registration joined the waiting list: seats freed between its failed take and its
 * joining would otherwise wait for the next cancellation. Returns the registration as it stands.
 */
export async function settleWaitlisted(
  event: OfferedEvent,
  record: RegistrationRecord,
): Promise<RegistrationRecord> {
  const { data: current } = await events().doc(event._id).get()
  if (!current?.registration) return record
  const fresh = current as OfferedEvent
  if (fresh.registration.capacity - (fresh.seatsTaken ?? 0) <= 0) return record
  await promoteWaitlist(fresh)
  const { data } = await registrations().doc(record._id).get()
  if (!data) throw new Error(`registration ${record._id} vanished`)
  return data
}

/**
 * Seats waitlisted registrations strictly in waiting-list order, stopping at the first that does
 * not fit. Safe to run concurrently: a registration is seated only by its own conditional flip.
 * Returns how many this call seated.
 */
export async function promoteWaitlist(event: OfferedEvent): Promise<number> {
  let seated = 0
  for (let guard = 0; guard < 1000; guard++) {
    const { data } = await registrations()
      .where({ eventId: event._id, status: 'waitlisted' })
      .orderBy('waitlistAt', 'asc')
      .orderBy('_id', 'asc')
      .limit(1)
      .get()
    const head = data[0]
    if (!head) return seated
    if (!(await takeSeats(event, head.attendees))) return seated
    const status = seatedStatus(event.registration)
    // Conditional on the party size too: a concurrent reduction must not leave seats unaccounted.
    if (await flip(head._id, 'waitlisted', { status }, { attendees: head.attendees })) {
      seated++
      await notifyPromoted(event, head, status)
    } else {
      await releaseSeats(event._id, head.attendees)
    }
  }
  return seated
}

async function notifyPromoted(
  event: EventRecord,
  record: RegistrationRecord,
  status: RegistrationStatus,
) {
  const templateId = process.env.TEMPLATE_REGISTRATION_PROMOTED
  if (!templateId) return
  try {
    await sendSubscribeMessage({
      touser: record.openid,
      templateId,
      page: `packages/registration/mine/index`,
      data: {
        thing1: { value: truncate(event.title, 20) },
        phrase2: { value: status === 'pending' ? '候补转入审核' : '候补转为报名成功' },
        thing3: { value: `${record.attendees}人` },
      },
    })
  } catch (error) {
    // The promotion stands; a message the user did not subscribe to is not an error for anyone.
    console.error('subscribeMessage.send failed', error)
  }
}

export function truncate(text: string, max: number): string {
  const chars = Array.from(text)
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}
