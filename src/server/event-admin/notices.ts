// Tells a published event's registrants that its time or place changed, or that it is cancelled,
// by subscribe message (template TEMPLATE_EVENT_CHANGED; unset, nothing is sent). A registration
// is claimed first (its `noticedRevision` raised to the notice's revision by a conditional
// update), so however many calls overlap or repeat, each registrant hears once per change; a send
// that fails after its claim is reported, not retried. One call stops after a time budget well
// inside the function's timeout and says so; the next call carries on.
import type { NoticeReport } from '@/contracts/event-admin'
import type { EventNotice, EventRecord } from '@/domain/event'
import type { RegistrationStatus } from '@/domain/seats'
import { formatClock, formatDayLong } from '@/domain/time'
import { db, sendSubscribeMessage } from '../cloud'
import type { Filter } from '../database-types'
import { batches } from '../jobs/batches'
import { registrations } from '../registration-records'
import { truncate } from '../seating'

/** Those expecting to come; checked-in people are already there. */
const TOLD: RegistrationStatus[] = ['confirmed', 'pending', 'waitlisted']
const BUDGET_MS = 1500
/** Messages in flight at once: the budget goes further without flooding the service. */
const PARALLEL_SENDS = 10
/** The longest value a subscribe message's `thing` field takes. */
const THING_MAX = 20

type Registrant = { _id: string; openid: string }

/** What the message says changed. */
export function changeNote(change: { time: boolean; place: boolean }): string {
  const what = change.time && change.place ? '时间和地点' : change.time ? '时间' : '地点'
  return `活动${what}已调整，请以本通知为准`
}

export const cancellationNote = (reason: string) => `活动已取消：${reason}`

/** `event` as it stands after the change; `notice` is its latest. */
export async function tellRegistrants(
  event: EventRecord,
  notice: EventNotice,
): Promise<NoticeReport> {
  const _ = db.command
  const templateId = process.env.TEMPLATE_EVENT_CHANGED
  const report: NoticeReport = {
    kind: event.status === 'cancelled' ? 'cancelled' : 'changed',
    sent: 0,
    failed: 0,
    remaining: false,
    templateConfigured: Boolean(templateId),
  }
  if (!templateId) return report
  const deadline = Date.now() + BUDGET_MS
  // A superset of those due (a later notice may have claimed some): the claim decides.
  const due = { eventId: event._id, status: _.in(TOLD), noticedRevision: _.neq(notice.revision) }
  const fields = { openid: true }
  for await (const batch of batches<Registrant>('registrations', due, fields)) {
    for (let i = 0; i < batch.length; i += PARALLEL_SENDS) {
      if (Date.now() > deadline) return { ...report, remaining: true }
      const outcomes = await Promise.all(
        batch
          .slice(i, i + PARALLEL_SENDS)
          .map((registrant) => tell(registrant, event, notice, templateId)),
      )
      report.sent += outcomes.filter((outcome) => outcome === 'sent').length
      report.failed += outcomes.filter((outcome) => outcome === 'failed').length
    }
  }
  return report
}

async function tell(
  registrant: Registrant,
  event: EventRecord,
  notice: EventNotice,
  templateId: string,
): Promise<'sent' | 'failed' | 'skipped'> {
  // Walk-ins and anonymised registrations have nobody to tell.
  if (!registrant.openid || !(await claim(registrant._id, notice.revision))) return 'skipped'
  try {
    await sendSubscribeMessage(message(templateId, event, notice, registrant.openid))
    return 'sent'
  } catch (error) {
    console.error('event notice not sent', registrant._id, error)
    return 'failed'
  }
}

/** Whether this call is the one to tell the registrant about `revision`. */
async function claim(registrationId: string, revision: number): Promise<boolean> {
  const _ = db.command
  const { stats } = await registrations()
    .where(
      _.and([
        { _id: registrationId, status: _.in(TOLD) },
        _.or([{ noticedRevision: _.lt(revision) }, { noticedRevision: _.exists(false) }]),
      ]) as Filter,
    )
    .update({ data: { noticedRevision: revision } })
  return stats.updated === 1
}

function message(templateId: string, event: EventRecord, notice: EventNotice, openid: string) {
  const date = formatDayLong(event.day)
  return {
    touser: openid,
    templateId,
    page:
      event.status === 'cancelled'
        ? 'packages/registration/mine/index'
        : `packages/events/detail/index?id=${encodeURIComponent(event._id)}`,
    data: {
      thing1: { value: truncate(event.title, THING_MAX) },
      time2: { value: event.startAt ? `${date} ${formatClock(event.startAt)}` : date },
      thing3: { value: truncate(event.place.name, THING_MAX) },
      thing4: { value: truncate(notice.note, THING_MAX) },
    },
  }
}
