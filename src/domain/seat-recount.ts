// When an event's seat counter may be set back to the seats its registrations hold.
//
// Seats are taken on the event's `seatsTaken` before the registration holding them is written or
// promoted, and released after a registration stops holding them (seating.ts). A function
// stopped between the two steps (its timeout, a crash) leaves the counter ABOVE the seats held,
// never below; so does every call still between its two steps right now. A reading alone cannot
// tell the two apart. What can: a call finishes within the longest function timeout, and each of
// its steps leaves a trace — a take or a release bumps the event's `seatMoves`, and a write or a
// flip changes which registrations hold seats (`holders`, a digest of their ids and party sizes).
// So an excess is repaired only when a reading equal in every part was taken at least
// SEAT_SETTLE_MS earlier: nothing moved in between, so no call that was under way then is under
// way now, and the excess is orphaned. (Equal counts alone are not enough: a cancellation's
// release after the first reading and a registration's take before the second cancel out.)

/** The longest function timeout (the scheduled function's 60 s; registration calls take 5 s). */
export const SEAT_SETTLE_MS = 60_000

/** An event's seat counter and the seats its registrations hold, read one after the other. */
export interface SeatReading {
  /** The event's `seatsTaken` (absent = 0). */
  seatsTaken: number
  /** The event's `seatMoves`: bumped by every take and release (absent = 0). */
  seatMoves: number
  /** Sum of attendees of the registrations holding seats (seats.ts SEAT_HOLDING). */
  held: number
  /** Digest of those registrations' ids and party sizes. */
  holders: string
}

/** A reading that showed an excess, kept until a later run repairs it or sees it gone. */
export interface SeatObservation extends SeatReading {
  /** Server time of the reading. */
  at: Date | string
}

export type SeatDecision =
  /** The counter equals the seats held. */
  | { kind: 'consistent' }
  /** Fewer on the counter than held: never left by a crash; a reading mid-promotion shows it. */
  | { kind: 'short'; missing: number }
  /** An excess seen for the first time, or something moved since it was seen: record this one. */
  | { kind: 'observe'; excess: number }
  /** The same excess as recorded, but too recently: calls under way then may still be. */
  | { kind: 'wait'; excess: number; settlesAt: Date }
  /** Orphaned seats: set the counter to the seats held, if it still shows `from`. */
  | { kind: 'repair'; excess: number; from: number; to: number }

export interface SeatRecountOptions {
  /**
   * Nothing can be under way: every function instance that could take or release seats is known
   * to have stopped (the local runtime at start-up, before it serves anything). An excess is then
   * orphaned as read, and repaired at once.
   */
  settled?: boolean
  settleMs?: number
}

export function sameReading(a: SeatReading, b: SeatReading): boolean {
  return (
    a.seatsTaken === b.seatsTaken &&
    a.seatMoves === b.seatMoves &&
    a.held === b.held &&
    a.holders === b.holders
  )
}

/** What to do about `reading`, taken at `now`, given the observation recorded before (if any). */
export function decideSeatRecount(
  reading: SeatReading,
  observed: SeatObservation | undefined,
  now: Date,
  options: SeatRecountOptions = {},
): SeatDecision {
  const excess = reading.seatsTaken - reading.held
  if (excess === 0) return { kind: 'consistent' }
  if (excess < 0) return { kind: 'short', missing: -excess }
  const repair = { kind: 'repair', excess, from: reading.seatsTaken, to: reading.held } as const
  if (options.settled) return repair
  if (!observed || !sameReading(reading, observed)) return { kind: 'observe', excess }
  const at = new Date(observed.at).getTime()
  // A recorded time after now (a preview clock moved back): start the wait again from now.
  if (Number.isNaN(at) || at > now.getTime()) return { kind: 'observe', excess }
  const settlesAt = new Date(at + (options.settleMs ?? SEAT_SETTLE_MS))
  return now.getTime() >= settlesAt.getTime() ? repair : { kind: 'wait', excess, settlesAt }
}
