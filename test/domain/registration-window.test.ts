// Registration windows compare instants; the untimed fallback reads the Shanghai calendar, so
// these hold under TZ=UTC and TZ=Asia/Shanghai alike.
import type { EventRecord, RegistrationSettings } from '@/domain/event'
import {
  canCancel,
  cancellationCutoff,
  registrationClosesAt,
  registrationState,
  registrationWindow,
} from '@/domain/registration-window'
import { holdsSeats, maxTakenToFit, seatedStatus, waitlistPosition } from '@/domain/seats'
import { shanghaiInstant } from '@/domain/time'

const settings: RegistrationSettings = {
  capacity: 50,
  perCompanyCap: 3,
  fields: ['companyName', 'attendees'],
  approval: false,
}

type WindowEvent = Pick<EventRecord, 'day' | 'startAt' | 'registration' | 'status'>
const timed: WindowEvent = {
  day: '2025-04-23',
  startAt: shanghaiInstant('2025-04-23 09:30'),
  registration: settings,
  status: 'published',
}
const untimed: WindowEvent = { day: '2025-04-23', registration: settings, status: 'published' }

describe('registration window', () => {
  it('closes two hours before the start by default', () => {
    expect(registrationClosesAt(timed)?.toISOString()).toBe('2025-04-22T23:30:00.000Z')
    expect(registrationState(timed, shanghaiInstant('2025-04-23 07:30'))).toBe('open')
    expect(registrationState(timed, shanghaiInstant('2025-04-23 07:31'))).toBe('closed')
  })

  it('closes at the end of the Shanghai day before an event without a time', () => {
    // 23:59:59.999 on 22 April in Shanghai is 15:59:59.999 UTC.
    expect(registrationClosesAt(untimed)?.toISOString()).toBe('2025-04-22T15:59:59.999Z')
    expect(registrationState(untimed, shanghaiInstant('2025-04-22 23:59'))).toBe('open')
    // 00:00 on 23 April in Shanghai: still 22 April in UTC, but closed.
    expect(registrationState(untimed, new Date('2025-04-22T16:00:00Z'))).toBe('closed')
  })

  it('uses the organiser’s closesAt and cancelUntil when set', () => {
    const closesAt = shanghaiInstant('2025-04-20 18:00')
    const cancelUntil = shanghaiInstant('2025-04-21 12:00')
    const event = { ...timed, registration: { ...settings, closesAt, cancelUntil } }
    expect(registrationClosesAt(event)).toEqual(closesAt)
    expect(cancellationCutoff(event)).toEqual(cancelUntil)
    expect(registrationState(event, shanghaiInstant('2025-04-20 18:01'))).toBe('closed')
    expect(canCancel(event, shanghaiInstant('2025-04-21 11:59'))).toBe(true)
    expect(canCancel(event, shanghaiInstant('2025-04-21 12:01'))).toBe(false)
  })

  it('lets cancellation run until registration closes by default', () => {
    expect(cancellationCutoff(timed)).toEqual(registrationClosesAt(timed))
    expect(canCancel(timed, shanghaiInstant('2025-04-23 07:30'))).toBe(true)
    expect(canCancel(timed, shanghaiInstant('2025-04-23 07:31'))).toBe(false)
  })

  it('is not offered without settings or for an unpublished event', () => {
    const now = shanghaiInstant('2025-04-01 10:00')
    expect(registrationState({ ...timed, registration: undefined }, now)).toBe('not-offered')
    expect(registrationState({ ...timed, status: 'draft' }, now)).toBe('not-offered')
    expect(canCancel({ ...timed, registration: undefined }, now)).toBe(false)
  })

  it('accepts instants as ISO strings, as pages receive them', () => {
    const event = { ...timed, startAt: '2025-04-23T01:30:00.000Z' }
    expect(registrationClosesAt(event)?.toISOString()).toBe('2025-04-22T23:30:00.000Z')
    const view = {
      ...untimed,
      registration: { ...settings, closesAt: '2025-04-20T12:00:00.000Z' },
    }
    expect(registrationWindow(view, '2025-04-20T12:00:00.000Z')).toEqual({
      state: 'open',
      closesAt: new Date('2025-04-20T12:00:00.000Z'),
    })
    expect(registrationWindow(view, '2025-04-20T12:00:00.001Z').state).toBe('closed')
  })
})

describe('seats', () => {
  it('fits attendees while seatsTaken is at most capacity − attendees', () => {
    expect(maxTakenToFit(50, 1)).toBe(49)
    expect(maxTakenToFit(50, 3)).toBe(47)
    expect(maxTakenToFit(2, 3)).toBeLessThan(0)
  })

  it('seats as confirmed, or pending when the organiser approves', () => {
    expect(seatedStatus({ approval: false })).toBe('confirmed')
    expect(seatedStatus({ approval: true })).toBe('pending')
    expect(
      ['confirmed', 'pending', 'waitlisted', 'cancelled', 'new'].filter((s) =>
        holdsSeats(s as never),
      ),
    ).toEqual(['confirmed', 'pending'])
    expect(waitlistPosition(0)).toBe(1)
  })
})
