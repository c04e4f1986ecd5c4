// Reminds registrants the day before their event. A registration is claimed (remindedAt set by a
// conditional update) before its message is sent, so however many runs overlap, each registrant
// gets at most one reminder; a send that fails after its claim is reported, not retried.
import dayjs from 'dayjs'
import type { ReminderReport } from '@/contracts/scheduled'
import type { EventRecord } from '@/domain/event'
import type { RegistrationStatus } from '@/domain/seats'
import { dayOf, formatClock, formatDayLong } from '@/domain/time'
import { now } from '../clock'
import { db, sendSubscribeMessage } from '../cloud'
import { registrations, type RegistrationRecord } from '../registration-records'
import { batches, chunks } from './batches'

const REMINDED: RegistrationStatus[] = ['confirmed', 'pending']
/** The longest value a subscribe message's `thing` field takes. */
const THING_MAX = 20

type ReminderEvent = Pick<EventRecord, '_id' | 'title' | 'day' | 'startAt' | 'place'>
type Registrant = Pick<RegistrationRecord, '_id' | 'eventId' | 'openid' | 'status'>

export async function remindTomorrowsRegistrants(): Promise<ReminderReport> {
  const _ = db.command
  const day = dayjs.utc(dayOf(now())).add(1, 'day').format('YYYY-MM-DD')
  const templateId = process.env.TEMPLATE_EVENT_REMINDER
  const report: ReminderReport = {
    day,
    events: 0,
    due: 0,
    sent: 0,
    takenByAnotherRun: 0,
    failed: 0,
    templateConfigured: Boolean(templateId),
  }
  const events = new Map<string, ReminderEvent>()
  for await (const batch of batches<ReminderEvent>(
    'events',
    { day, status: 'published' },
    { _id: true, title: true, day: true, startAt: true, place: true },
  )) {
    for (const event of batch) events.set(event._id, event)
  }
  report.events = events.size

  for (const eventIds of chunks([...events.keys()])) {
    const due = { eventId: _.in(eventIds), status: _.in(REMINDED), remindedAt: _.exists(false) }
    const fields = { eventId: true, openid: true, status: true }
    for await (const batch of batches<Registrant>('registrations', due, fields)) {
      report.due += batch.length
      if (!templateId) continue
      for (const registration of batch) {
        if (!(await claim(registration._id))) {
          report.takenByAnotherRun++
          continue
        }
        const event = events.get(registration.eventId) as ReminderEvent
        try {
          await sendSubscribeMessage(reminder(templateId, event, registration))
          report.sent++
        } catch (error) {
          report.failed++
          console.error('event reminder not sent', registration._id, error)
        }
      }
    }
  }
  return report
}

async function claim(registrationId: string): Promise<boolean> {
  const { stats } = await registrations()
    .where({ _id: registrationId, remindedAt: db.command.exists(false) })
    .update({ data: { remindedAt: now() } })
  return stats.updated === 1
}

function reminder(templateId: string, event: ReminderEvent, registration: Registrant) {
  const date = formatDayLong(event.day)
  return {
    touser: registration.openid,
    templateId,
    page: `packages/registration/ticket/index?id=${encodeURIComponent(event._id)}`,
    data: {
      thing1: { value: truncate(event.title, THING_MAX) },
      time2: { value: event.startAt ? `${date} ${formatClock(event.startAt)}` : date },
      thing3: { value: truncate(event.place.name, THING_MAX) },
      thing4: {
        value:
          registration.status === 'pending'
            ? '报名待主办单位审核，请留意通知'
            : '活动明天举行，请凭电子票入场',
      },
    },
  }
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text)
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}
