import * as z from 'zod/mini'
import { AUDIENCES, EVENT_STATUSES, FORMS, type EventStatus } from '@/domain/event'
import { CLOCK_PATTERN, isWallClock, type EventDraft } from '@/domain/event-edit'
import type { EventAdminAction } from '@/domain/event-workflow'
import { FIELD_SPECS, type RegistrationFieldId } from '@/domain/registration-form'
import { isValidDay, type Day } from '@/domain/time'
import { action, type Contract } from './contract'

export const EVENT_ADMIN_PAGE_LIMIT = 50

/** One line of the organisers' event list. */
export interface ManagedEventSummary {
  eventId: string
  title: string
  day: Day
  startAt?: string
  endAt?: string
  placeName: string
  unitIds: string[]
  status: EventStatus
  /** e.g. 待审核 */
  statusText: string
  /** Why the office returned or cancelled it. */
  statusReason?: string
  /** Seats, when the event takes registrations. */
  capacity?: number
  seatsTaken: number
  /** A local demo event, not the plan's. */
  sample: boolean
  /** The steps the caller may take now. */
  actions: EventAdminAction[]
}

/** One event as its editor works on it. */
export interface ManagedEvent {
  eventId: string
  /** Send it back with saveDraft: a save over someone else's newer change is refused. */
  revision: number
  status: EventStatus
  statusText: string
  statusReason?: string
  fields: EventDraft
  seatsTaken: number
  /** Registrations that still count (confirmed, pending, waitlisted, checked in). */
  registrants: number
  sample: boolean
  actions: EventAdminAction[]
}

/** Registrants told about a change of time or place, or a cancellation, by subscribe message. */
export interface NoticeReport {
  kind: 'changed' | 'cancelled'
  sent: number
  failed: number
  /** The call ran out of time first: notifyRegistrants carries on where it stopped. */
  remaining: boolean
  /** Without a template id in the environment nothing is sent. */
  templateConfigured: boolean
}

export interface EventChange {
  event: ManagedEvent
  /** Present when the change concerned registrants. */
  notices?: NoticeReport
}

export interface ManagedEventPage {
  items: ManagedEventSummary[]
  total: number
  offset: number
  hasMore: boolean
}

const eventId = z.string().check(z.minLength(1), z.maxLength(64))
const unitId = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,39}$/, '单位编号格式不正确'))
const integer = (min: number, max: number) =>
  z.number().check(z.int(), z.minimum(min), z.maximum(max))
// Only bounds on the payload here; the rules, with a message for each field, are checkEventDraft's.
const text = (max: number) => z.string().check(z.maxLength(max))
const list = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(20))
const clock = z.string().check(z.regex(CLOCK_PATTERN, '时间格式应为“时:分”，如 09:30'))
const wallClock = z.string().check(z.refine(isWallClock, '时间格式应为“年-月-日 时:分”'))
const registrationFields = Object.keys(FIELD_SPECS) as [
  RegistrationFieldId,
  ...RegistrationFieldId[],
]

const eventDraft = z.strictObject({
  title: text(200),
  description: text(5000),
  hosts: list(text(100)),
  invited: list(text(100)),
  unitIds: list(unitId),
  day: z.string().check(z.refine(isValidDay, '日期格式应为 YYYY-MM-DD')),
  startTime: z.optional(clock),
  endTime: z.optional(clock),
  place: z.strictObject({
    name: text(200),
    address: z.optional(text(300)),
    latitude: z.optional(z.number()),
    longitude: z.optional(z.number()),
  }),
  audiences: list(z.enum(AUDIENCES)),
  audienceNote: z.optional(text(100)),
  forms: list(z.enum(FORMS)),
  registration: z.optional(
    z.strictObject({
      capacity: z.number().check(z.int()),
      perCompanyCap: z.number().check(z.int()),
      fields: list(z.enum(registrationFields)),
      approval: z.boolean(),
      closesAt: z.optional(wallClock),
      cancelUntil: z.optional(wallClock),
    }),
  ),
})

const byId = z.strictObject({ eventId })
/** Checked by reasonProblem in the function, for its message. */
const withReason = z.strictObject({ eventId, reason: text(1000) })

export const eventAdminContract = {
  name: 'eventAdmin',
  actions: {
    /** Events the caller manages, in calendar order; the office sees all, by unit or status. */
    mine: action(
      z.strictObject({
        unit: z.optional(unitId),
        status: z.optional(z.enum(EVENT_STATUSES)),
        limit: z._default(integer(1, EVENT_ADMIN_PAGE_LIMIT), EVENT_ADMIN_PAGE_LIMIT),
        offset: z._default(integer(0, 10_000), 0),
      }),
    ).returns<ManagedEventPage>(),
    get: action(byId).returns<ManagedEvent>(),
    /**
     * Without eventId: a new draft for a unit the caller acts for. With eventId and the revision
     * read: the whole event as edited. On a published event a change of time or place notifies
     * its registrants.
     */
    saveDraft: action(
      z
        .strictObject({
          eventId: z.optional(eventId),
          revision: z.optional(integer(0, 1_000_000)),
          fields: eventDraft,
        })
        .check(
          z.refine(
            (request) => (request.eventId === undefined) === (request.revision === undefined),
            '修改活动时需同时提供 eventId 和 revision，新建活动时两者都不提供',
          ),
        ),
    ).returns<EventChange>(),
    submitForReview: action(byId).returns<EventChange>(),
    /** Office: the event becomes visible to citizens. */
    publish: action(byId).returns<EventChange>(),
    /** Office: back to its unit for changes, with the reason. */
    returnToUnit: action(withReason).returns<EventChange>(),
    /** Office: back to its unit, hidden again; refused once anyone has registered. */
    unpublish: action(withReason).returns<EventChange>(),
    /** Office: for good; registrants of a published event are notified. */
    cancel: action(withReason).returns<EventChange>(),
    /** Carries on telling registrants about the latest change; nobody is told twice. */
    notifyRegistrants: action(byId).returns<NoticeReport>(),
  },
} satisfies Contract
