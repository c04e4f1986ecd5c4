// The week's figures from the product's own data: published events, their registrations by
// status (people, not registrations), and quiz participation by Shanghai day.
import type {
  AttendanceFigures,
  AudienceFigures,
  DashboardTotals,
  DayFigures,
} from '@/contracts/dashboard'
import { QUIZ_PASS_SCORE } from '@/contracts/quiz'
import type { Campaign } from '@/domain/campaign'
import { AUDIENCE_LABELS, AUDIENCES, type EventRecord } from '@/domain/event'
import type { RegistrationStatus } from '@/domain/seats'
import { daysInRange, type Day } from '@/domain/time'
import { db } from '@/server/cloud'
import { batches } from '@/server/jobs/batches'

export interface EventFigures extends AttendanceFigures {
  event: EventRecord
}

export interface WeekFigures {
  totals: DashboardTotals
  byDay: DayFigures[]
  byAudience: AudienceFigures[]
  byEvent: EventFigures[]
}

const _ = db.command
const REGISTERED: RegistrationStatus[] = ['confirmed', 'pending', 'checked-in']

const empty = (): AttendanceFigures => ({
  events: 0,
  capacity: 0,
  registered: 0,
  waitlisted: 0,
  checkedIn: 0,
})

function add(into: AttendanceFigures, figures: AttendanceFigures): void {
  into.events += figures.events
  into.capacity += figures.capacity
  into.registered += figures.registered
  into.waitlisted += figures.waitlisted
  into.checkedIn += figures.checkedIn
}

async function publishedEvents(campaign: Campaign): Promise<EventRecord[]> {
  const events: EventRecord[] = []
  const where = { campaignId: campaign._id, status: 'published' }
  for await (const batch of batches<EventRecord>('events', where)) events.push(...batch)
  return events
}

interface StatusGroup {
  _id: { eventId: string; status: RegistrationStatus }
  registrations: number
  people: number
}

async function registrationGroups(): Promise<StatusGroup[]> {
  const { list } = await db
    .collection('registrations')
    .aggregate()
    .group<StatusGroup>({
      _id: { eventId: '$eventId', status: '$status' },
      registrations: { $sum: 1 },
      people: { $sum: '$attendees' },
    })
    .end()
  return list
}

async function quizFigures(days: readonly Day[]) {
  const attempts = db.collection('quizAttempts')
  const { list: perDay } = await attempts
    .aggregate()
    .match({ day: _.in([...days]) })
    .group<{ _id: { day: Day; openid: string } }>({ _id: { day: '$day', openid: '$openid' } })
    .group<{ _id: Day; people: number }>({ _id: '$_id.day', people: { $sum: 1 } })
    .end()
  const { list: people } = await attempts
    .aggregate()
    .group<{ _id: string }>({ _id: '$openid' })
    .group<{ _id: null; count: number }>({ _id: null, count: { $sum: 1 } })
    .end()
  const [{ total: quizAttempts }, { total: quizPassed }] = await Promise.all([
    attempts.count(),
    db
      .collection('quizBest')
      .where({ score: _.gte(QUIZ_PASS_SCORE) })
      .count(),
  ])
  return {
    perDay: new Map(perDay.map((group) => [group._id, group.people])),
    participants: people[0]?.count ?? 0,
    quizAttempts,
    quizPassed,
  }
}

export async function weekFigures(campaign: Campaign): Promise<WeekFigures> {
  const days = daysInRange(campaign.firstDay, campaign.lastDay)
  const [events, groups, quiz] = await Promise.all([
    publishedEvents(campaign),
    registrationGroups(),
    quizFigures(days),
  ])
  const totals: DashboardTotals = {
    ...empty(),
    registrations: 0,
    quizParticipants: quiz.participants,
    quizAttempts: quiz.quizAttempts,
    quizPassed: quiz.quizPassed,
  }
  const byDay = new Map(
    days.map((day) => [day, { day, ...empty(), quizParticipants: quiz.perDay.get(day) ?? 0 }]),
  )
  const byAudience = new Map(
    AUDIENCES.map((audience) => [
      audience,
      { audience, label: AUDIENCE_LABELS[audience], ...empty() },
    ]),
  )
  const byEvent = events.map((event) => {
    const figures: EventFigures = {
      event,
      ...empty(),
      events: 1,
      capacity: event.registration?.capacity ?? 0,
    }
    for (const group of groups.filter((g) => g._id.eventId === event._id)) {
      const { status } = group._id
      if (REGISTERED.includes(status)) {
        figures.registered += group.people
        totals.registrations += group.registrations
      }
      if (status === 'waitlisted') figures.waitlisted += group.people
      if (status === 'checked-in') figures.checkedIn += group.people
    }
    add(totals, figures)
    const day = byDay.get(event.day)
    if (day) add(day, figures)
    for (const audience of event.audiences) add(byAudience.get(audience)!, figures)
    return figures
  })
  return { totals, byDay: [...byDay.values()], byAudience: [...byAudience.values()], byEvent }
}
