// Checks the database after a registration run: seats never sold twice, the counter equals the
// seats held, one registration per person, nothing acknowledged lost, an orderly waiting list.
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
  /** Numbers skipped (max − count): harmless, reported for information. */
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

export async function verify(
  eventId: string,
  expected: number,
  acknowledged: Acknowledged[],
): Promise<Verification> {
  const { db } = await import('../../src/server/cloud')
  const { data: event } = await db.collection<EventRecord>('events').doc(eventId).get()
  if (!event?.registration) throw new Error(`bench event ${eventId} is missing`)
  const rows = await readRegistrations(eventId)
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
  const waitlistUntimed = waiting.filter(
    (row) => row.waitlistAt === undefined || Number.isNaN(new Date(row.waitlistAt).getTime()),
  ).length

  const seatsTaken = event.seatsTaken ?? 0
  const capacity = event.registration.capacity
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
  }
}

/** Every broken invariant, worded for the report (empty when all hold). */
export function problems(v: Verification, unexpectedErrors: number): string[] {
  const found: string[] = []
  if (v.oversold > 0) found.push(`oversold ${v.oversold} seats`)
  if (v.seatsTaken !== v.seatsHeld)
    found.push(`seatsTaken ${v.seatsTaken} ≠ seats held ${v.seatsHeld}`)
  if (v.duplicates > 0) found.push(`${v.duplicates} duplicate registrations`)
  if (v.lost > 0) found.push(`${v.lost} acknowledged registrations lost`)
  if (v.changed > 0) found.push(`${v.changed} registrations differ from their acknowledgement`)
  if (v.waitlistUntimed > 0) found.push(`${v.waitlistUntimed} waiting without a place in order`)
  if (v.waitlisted > 0 && v.seatsHeld < v.capacity)
    found.push(`${v.capacity - v.seatsHeld} seats left free while ${v.waitlisted} wait`)
  if (unexpectedErrors > 0) found.push(`${unexpectedErrors} unexpected errors`)
  return found
}
