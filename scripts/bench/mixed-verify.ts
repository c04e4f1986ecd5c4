// The database after the mixed load, one session at a time: verify.ts's checks (nothing oversold,
// the counter equals the seats held, one registration per person, nothing acknowledged lost, an
// orderly waiting list), adjusted for what the mixed load does and the registrations bench does not:
// parties of several people, cancellations, and promotions from the waiting list after the answer.
import { holdsSeats } from '../../src/domain/seats'
import type { Acknowledgement } from './mixed-users'
import { readRegistrations, verify, type StoredRegistration } from './verify'

export interface SessionCheck {
  eventId: string
  summary: string
  /** Broken invariants, worded for the report (empty when all hold). */
  problems: string[]
}

const waitingOrder = (a: StoredRegistration, b: StoredRegistration) =>
  new Date(a.waitlistAt ?? 0).getTime() - new Date(b.waitlistAt ?? 0).getTime() ||
  (a._id < b._id ? -1 : a._id > b._id ? 1 : 0)

export async function checkSession(
  eventId: string,
  acknowledgements: Acknowledgement[],
): Promise<SessionCheck> {
  // The last thing each registrant was told (a cancellation follows the registration).
  const last = new Map<string, string>()
  for (const ack of acknowledgements) if (ack.eventId === eventId) last.set(ack.openid, ack.status)
  const acknowledged = [...last].map(([openid, status]) => ({ openid, status }))
  const v = await verify(eventId, acknowledged.length, acknowledged)
  const rows = await readRegistrations(eventId)
  const stored = new Map(rows.map((row) => [row.openid, row.status]))

  // Told "waitlisted", seated since: a promotion. Any other difference is a fault.
  const promoted = acknowledged.filter(
    (a) =>
      a.status === 'waitlisted' && ['confirmed', 'pending'].includes(stored.get(a.openid) ?? ''),
  ).length
  const changed = v.changed - promoted
  // The list is served strictly in order: its head may wait for seats a smaller party would fit.
  const head = rows.filter((row) => row.status === 'waitlisted').sort(waitingOrder)[0]
  const free = v.capacity - v.seatsHeld
  const cancelled = rows.filter((row) => row.status === 'cancelled').length

  const problems: string[] = []
  if (v.oversold > 0) problems.push(`oversold ${v.oversold} seats`)
  if (v.seatsTaken !== v.seatsHeld)
    problems.push(`seatsTaken ${v.seatsTaken} ≠ seats held ${v.seatsHeld}`)
  if (v.duplicates > 0) problems.push(`${v.duplicates} duplicate registrations`)
  if (v.lost > 0) problems.push(`${v.lost} acknowledged registrations lost`)
  if (changed > 0) problems.push(`${changed} registrations differ from their acknowledgement`)
  if (v.waitlistUntimed > 0) problems.push(`${v.waitlistUntimed} waiting without a place in order`)
  if (head && head.attendees <= free)
    problems.push(`${free} seats free while a party of ${head.attendees} waits`)

  const held = rows.filter((row) => holdsSeats(row.status)).length
  return {
    eventId,
    summary:
      `capacity ${v.capacity}, seatsTaken ${v.seatsTaken}, held ${v.seatsHeld} by ${held} registrations, ` +
      `oversold ${v.oversold}; ${v.stored} stored (waitlisted ${v.waitlisted}, cancelled ${cancelled}, ` +
      `promoted after answering ${promoted}), lost ${v.lost}, duplicates ${v.duplicates}`,
    problems,
  }
}
