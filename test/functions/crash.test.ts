// The crash rounds of `npm run bench -- --only crash`, shortened to one: the local runtime
// SIGKILLed (function instances and all) under registration load, restarted on the same data,
// and checked. Alongside the load, a session where a killed call is known to have left a seat
// taken, with someone waiting: the restart gives the seat back and seats them.
import type { CloudResult } from '@/contracts/errors'
import type { RegistrationView } from '@/contracts/registrations'
import type { EventRecord } from '@/domain/event'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacy'
import type { RegistrationRecord } from '@/server/registration-records'
import { type CrashRound, runCrashRounds, session } from '../../scripts/bench/crash'

jest.setTimeout(90_000)

const ORPHANED = 'crash-orphaned'

async function database() {
  return (await import('@/server/cloud')).db
}

let round: CrashRound
let orphaned: { seatsTaken?: number; statuses: Record<string, string> }

beforeAll(async () => {
  let gateway = ''
  /** As the app registers: through the gateway. */
  const call = async (openid: string) => {
    const response = await fetch(`${gateway}/cloud/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
      body: JSON.stringify({
        action: 'register',
        eventId: ORPHANED,
        form: { contactName: '王经理', phone: '13900000001', attendees: 1 },
        privacy: PRIVACY_NOTICE_VERSION,
      }),
    })
    const result = (await response.json()) as CloudResult<RegistrationView>
    if (!result.ok) throw new Error(result.error.message)
    return result.data.status
  }
  ;[round] = await runCrashRounds(
    { rounds: 1, users: 30, capacity: 10, clients: 10, workers: 2 },
    () => {},
    {
      async afterStart(runtime) {
        gateway = runtime.ready.gateway
        const db = await database()
        const events = db.collection<EventRecord>('events')
        await events.add({ data: session(ORPHANED, 2) })
        if ((await call('o-first')) !== 'confirmed') throw new Error('o-first not seated')
        // A registration that took its seat, as seating.ts takes seats, and was killed before
        // writing itself.
        const _ = db.command
        await events.doc(ORPHANED).update({ data: { seatsTaken: _.inc(1), seatMoves: _.inc(1) } })
        if ((await call('o-second')) !== 'waitlisted') throw new Error('o-second not waiting')
      },
      async beforeStop() {
        const db = await database()
        const { data: event } = await db.collection<EventRecord>('events').doc(ORPHANED).get()
        const { data } = await db
          .collection<RegistrationRecord>('registrations')
          .where({ eventId: ORPHANED })
          .get()
        orphaned = {
          seatsTaken: event?.seatsTaken,
          statuses: Object.fromEntries(data.map((r) => [r.openid, r.status])),
        }
      },
    },
  )
}, 90_000)

test('after SIGKILL under load and a restart, every check holds', () => {
  expect(round.problems).toEqual([])
  expect(round.acknowledged).toBeGreaterThan(0)
  expect(round.sent).toBeGreaterThan(round.acknowledged)
  expect(round.seats.short).toBe(0)
})

test('the restart gives back the seat the killed call left taken, and seats the one waiting', () => {
  expect(round.seats.repaired).toBeGreaterThanOrEqual(1)
  expect(round.seats.seatsFreed).toBeGreaterThanOrEqual(1)
  expect(round.seats.promoted).toBeGreaterThanOrEqual(1)
  expect(orphaned).toEqual({
    seatsTaken: 2,
    statuses: { 'o-first': 'confirmed', 'o-second': 'confirmed' },
  })
})
