// A stored registration as its registrant sees it: personal data masked, the waiting-list
// position computed, and whether it may still be changed by the server's clock.
import type { RegistrationView } from '@/contracts/registrations'
import { maskCreditCode } from '@/domain/credit-code'
import type { EventRecord } from '@/domain/event'
import { maskPhone } from '@/domain/phone'
import { cancellationCutoff, canCancel } from '@/domain/registration-window'
import { CANCELLABLE, waitlistPosition } from '@/domain/seats'
import { now } from './clock'
import { db } from './cloud'
import type { Filter } from './database-types'
import { registrations, type RegistrationRecord } from './registration-records'

const iso = (instant: Date | string) => new Date(instant).toISOString()

async function waitlistAhead(record: RegistrationRecord): Promise<number> {
  const _ = db.command
  const at = record.waitlistAt
  const { total } = await registrations()
    .where(
      _.and([
        { eventId: record.eventId, status: 'waitlisted' },
        _.or([{ waitlistAt: _.lt(at) }, { waitlistAt: at, _id: _.lt(record._id) }]),
      ]) as Filter,
    )
    .count()
  return total
}

export async function toView(
  record: RegistrationRecord,
  event: EventRecord | undefined,
): Promise<RegistrationView> {
  const { form } = record
  const { status } = record
  const cutoff = event ? cancellationCutoff(event) : undefined
  return {
    eventId: record.eventId,
    status,
    attendees: record.attendees,
    ...(status === 'waitlisted' && record.waitlistAt !== undefined
      ? { waitlistPosition: waitlistPosition(await waitlistAhead(record)) }
      : {}),
    ...(status === 'rejected' && record.rejectReason ? { rejectReason: record.rejectReason } : {}),
    ...(form.companyName ? { companyName: form.companyName } : {}),
    ...(form.contactName ? { contactName: form.contactName } : {}),
    ...(form.creditCode ? { creditCode: maskCreditCode(form.creditCode) } : {}),
    ...(form.phone ? { phone: maskPhone(form.phone) } : {}),
    ...(record.createdAt ? { createdAt: iso(record.createdAt) } : {}),
    ...(record.checkedInAt ? { checkedInAt: iso(record.checkedInAt) } : {}),
    ...(cutoff ? { cancelUntil: cutoff.toISOString() } : {}),
    changeable:
      CANCELLABLE.includes(record.status) &&
      event?.status === 'published' &&
      canCancel(event, now()),
  }
}
