// Checks the database after a registration run: seats never sold twice, the counter equals the
// seats held, one registration per person, nothing acknowledged lost, an orderly waiting list.
// After a crash (crash.ts), checkAfterCrash judges each user's registration against what that
// user was told, allowing for the one call that may have been cut short.
import type { EventRecord } from '../../src/domain/event'
import { holdsSeats, type RegistrationStatus } from '../../src/domain/seats'

export interface Acknowledged {
  openid: string
  /** The status the response reported. */
  status: string
}

export interface StoredRegistration {
  _id: string
  eventId: string
  openid: string
  status: RegistrationStatus
  attendees: number
  waitlistAt?: Date | string
}

export interface Verification {
  capacity: number
  seatsTaken: number
  /** max(0, seatsTaken − capacity) */
  oversold: number
  /** Sum of attendees of confirmed, pending and checked-in registrations. */
  seatsHeld: number
  stored: number
  expected: number
  /** Registrations beyond the first per openid, plus any whose _id is not `${eventId}__${openid}`. */
  duplicates: number
  /** Acknowledged-ok registrations that are missing. */
  lost: number
  /** Acknowledged-ok registrations whose stored status differs from the one acknowledged. */
  changed: number
  confirmed: number
  waitlisted: number
  /** Waiting registrations without the time that orders the list. */
  waitlistUntimed: number
  /** Party size of the first in the waiting list (by waitlistAt, then _id); 0 when none wait. */
  waitlistHead: number
  /** Stored rows sharing an _id with an earlier row. */
  duplicateIds: number
}

export async function readRegistrations(eventId: string): Promise<StoredRegistration[]> {
  const { db } = await import('../../src/server/cloud')
  const rows: StoredRegistration[] = []
  const page = 100
  for (let offset = 0; ; offset += page) {
    const { data } = await db
      .collection<StoredRegistration>('registrations')
      .where({ eventId })
      .orderBy('_id', 'asc')
      .skip(offset)
      .limit(page)
      .get()
    rows.push(...data)
    if (data.length < page) return rows
  }
}

export async function readEvent(eventId: string): Promise<EventRecord> {
  const { db } = await import('../../src/server/cloud')
  const { data: event } = await db.collection<EventRecord>('events').doc(eventId).get()
  if (!event?.registration) throw new Error(`bench event ${eventId} is missing`)
  return event
}

export async function verify(
  eventId: string,
  expected: number,
  acknowledged: Acknowledged[],
): Promise<Verification> {
  const event = await readEvent(eventId)
  return figures(event, await readRegistrations(eventId), expected, acknowledged)
}

const waitlistKey = (row: StoredRegistration) => new Date(row.waitlistAt ?? NaN).getTime()

/** The waiting list's order: waitlistAt, then _id. */
export function compareWaitlist(a: StoredRegistration, b: StoredRegistration): number {
  return waitlistKey(a) - waitlistKey(b) || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0)
}

export function figures(
  event: EventRecord,
  rows: StoredRegistration[],
  expected: number,
  acknowledged: Acknowledged[],
): Verification {
  const eventId = event._id
  const byId = new Map(rows.map((row) => [row._id, row]))

  const perOpenid = new Map<string, number>()
  for (const row of rows) perOpenid.set(row.openid, (perOpenid.get(row.openid) ?? 0) + 1)
  const misKeyed = rows.filter((row) => row._id !== `${eventId}__${row.openid}`).length
  const extra = [...perOpenid.values()].reduce((sum, n) => sum + n - 1, 0)

  let lost = 0
  let changed = 0
  for (const ack of acknowledged) {
    const row = byId.get(`${eventId}__${ack.openid}`)
    if (!row) lost++
    else if (row.status !== ack.status) changed++
  }

  const waiting = rows.filter((row) => row.status === 'waitlisted')
  // The list is ordered by (waitlistAt, _id): every waiting registration needs its time.
  const waitlistUntimed = waiting.filter((row) => Number.isNaN(waitlistKey(row))).length

  const seatsTaken = event.seatsTaken ?? 0
  const capacity = event.registration?.capacity ?? 0
  return {
    capacity,
    seatsTaken,
    oversold: Math.max(0, seatsTaken - capacity),
    seatsHeld: rows
      .filter((row) => holdsSeats(row.status))
      .reduce((sum, row) => sum + row.attendees, 0),
    stored: rows.length,
    expected,
    duplicates: extra + misKeyed,
    lost,
    changed,
    confirmed: rows.filter((row) => row.status === 'confirmed').length,
    waitlisted: waiting.length,
    waitlistUntimed,
    waitlistHead: [...waiting].sort(compareWaitlist)[0]?.attendees ?? 0,
    duplicateIds: rows.length - byId.size,
  }
}

/** Every broken invariant, worded for the report (empty when all hold). */
export function problems(v: Verification, unexpectedErrors: number): string[] {
  const found: string[] = []
  if (v.oversold > 0) found.push(`oversold ${v.oversold} seats`)
  if (v.seatsHeld > v.capacity) found.push(`${v.seatsHeld} seats held of ${v.capacity}`)
  if (v.seatsTaken !== v.seatsHeld)
    found.push(`seatsTaken ${v.seatsTaken} ≠ seats held ${v.seatsHeld}`)
  if (v.duplicates > 0) found.push(`${v.duplicates} duplicate registrations`)
  if (v.duplicateIds > 0) found.push(`${v.duplicateIds} registrations stored twice under one _id`)
  if (v.lost > 0) found.push(`${v.lost} acknowledged registrations lost`)
  if (v.changed > 0) found.push(`${v.changed} registrations differ from their acknowledgement`)
  if (v.waitlistUntimed > 0) found.push(`${v.waitlistUntimed} waiting without a place in order`)
  // Promotion stops at a party that does not fit, so free seats are a fault only if the first
  // in line fits in them.
  if (v.waitlisted > 0 && v.capacity - v.seatsHeld >= v.waitlistHead)
    found.push(`${v.capacity - v.seatsHeld} seats left free while ${v.waitlisted} wait`)
  if (unexpectedErrors > 0) found.push(`${unexpectedErrors} unexpected errors`)
  return found
}

/** One call a simulated user made, as that user saw it. */
export interface UserCall {
  kind: 'register' | 'cancel'
  /** ms since the run began: when it was sent, and when it was answered (absent: never). */
  start: number
  end?: number
  /** The status an ok answer reported; absent when the call was not acknowledged. */
  status?: RegistrationStatus
  /** The place in the waiting list an ok answer reported. */
  waitlistPosition?: number
}

/**
 * A simulated user's calls, in the order they were made, one at a time: every call acknowledged
 * except perhaps the last, after which the user made no more.
 */
export interface UserHistory {
  openid: string
  calls: UserCall[]
}

export interface UserCheck {
  users: number
  acknowledged: number
  /** Users told their registration was made whose registration is missing. */
  lost: number
  /** Registrations in a status nothing the user was told, or might have done, explains. */
  unexplained: number
  /** Pairs of acknowledged waiters stored in the opposite order to the one they joined in. */
  outOfOrder: number
  /** Waiters still waiting while one who joined after them was seated. */
  overtaken: number
  samples: string[]
}

type Outcome = RegistrationStatus | 'absent'

/** What a user's registration may be now, given what they were told and their last call. */
export function explainedStatuses(calls: UserCall[]): Set<Outcome> {
  const allowed = new Set<Outcome>()
  const told = calls.filter((call) => call.status !== undefined)
  const last = told[told.length - 1]
  if (!last) allowed.add('absent')
  else allowed.add(last.status as RegistrationStatus)
  // A waiter may since have been seated.
  if (last?.status === 'waitlisted') allowed.add('confirmed').add('pending')
  const cut = calls[calls.length - 1]
  if (cut && cut.status === undefined) {
    // Cut short (no answer, or an error): it may have taken effect, wholly or in part.
    if (cut.kind === 'cancel') allowed.add('cancelled')
    else allowed.add('confirmed').add('pending').add('waitlisted')
  }
  return allowed
}

/** Each user's registration against what the user was told (see explainedStatuses). */
export function checkUsers(
  eventId: string,
  rows: StoredRegistration[],
  users: UserHistory[],
): UserCheck {
  const byId = new Map(rows.map((row) => [row._id, row]))
  const check: UserCheck = {
    users: users.length,
    acknowledged: 0,
    lost: 0,
    unexplained: 0,
    outOfOrder: 0,
    overtaken: 0,
    samples: [],
  }
  const note = (text: string) => {
    if (check.samples.length < 5) check.samples.push(text)
  }
  type Waiter = { openid: string; start: number; end: number; row: StoredRegistration }
  const waiters: Waiter[] = []
  for (const { openid, calls } of users) {
    const row = byId.get(`${eventId}__${openid}`)
    check.acknowledged += calls.filter((call) => call.status !== undefined).length
    const allowed = explainedStatuses(calls)
    if (!row) {
      if (!allowed.has('absent')) {
        check.lost++
        note(`${openid}: acknowledged, missing`)
      }
      continue
    }
    if (!allowed.has(row.status)) {
      check.unexplained++
      const told = calls.map((c) => `${c.kind}→${c.status ?? 'no answer'}`).join(', ')
      note(`${openid}: ${row.status} after ${told}`)
    }
    // The stored place comes from the user's last call when that was an acknowledged waiting one.
    const last = calls[calls.length - 1]
    if (last?.kind === 'register' && last.status === 'waitlisted' && last.end !== undefined) {
      if (row.waitlistAt !== undefined)
        waiters.push({ openid, start: last.start, end: last.end, row })
    }
  }
  // Joined before the other was even sent: must be ahead of it, and not passed over by it.
  for (const a of waiters) {
    for (const b of waiters) {
      if (a.end >= b.start) continue
      if (compareWaitlist(a.row, b.row) > 0) {
        check.outOfOrder++
        note(`${a.openid} joined before ${b.openid} but is behind`)
      }
      if (a.row.status === 'waitlisted' && holdsSeats(b.row.status)) {
        check.overtaken++
        note(`${b.openid} was seated while ${a.openid}, ahead, still waits`)
      }
    }
  }
  return check
}

export function userProblems(check: UserCheck): string[] {
  const found: string[] = []
  if (check.lost > 0) found.push(`${check.lost} acknowledged registrations lost`)
  if (check.unexplained > 0)
    found.push(`${check.unexplained} registrations in a status nobody asked for`)
  if (check.outOfOrder > 0) found.push(`${check.outOfOrder} waiting-list pairs out of order`)
  if (check.overtaken > 0) found.push(`${check.overtaken} waiters passed over`)
  if (found.length) found.push(...check.samples.map((sample) => `  e.g. ${sample}`))
  return found
}
