// Events of the week as stored and as sent to clients.
import type { SeatObservation } from './seat-recount'
import type { RegistrationFieldId } from './registration-form'
import { formatClock, formatDayLabel, type Day } from './time'

export const AUDIENCES = ['enterprise', 'civil-servant', 'student', 'public'] as const
export type Audience = (typeof AUDIENCES)[number]

export const AUDIENCE_LABELS: Record<Audience, string> = {
  enterprise: '创新主体/企业',
  'civil-servant': '机关工作人员',
  student: '青少年/学生',
  public: '社会公众',
}

export const FORMS = [
  'training',
  'exchange',
  'enterprise-visit',
  'agency-visit',
  'community',
  'school',
  'online',
  'media',
] as const
export type EventForm = (typeof FORMS)[number]

export const FORM_LABELS: Record<EventForm, string> = {
  training: '专题培训',
  exchange: '对接交流',
  'enterprise-visit': '进企业',
  'agency-visit': '进单位',
  community: '进社区',
  school: '进学校',
  online: '进网络',
  media: '媒体宣传',
}

export interface Place {
  name: string
  address?: string
  /** WGS-84 / GCJ-02 as Taro.openLocation expects; absent when the plan gives none. */
  latitude?: number
  longitude?: number
}

/**
 * draft → in-review (the unit submits) → published (the office), or → returned (the office sends
 * it back, or takes it down) → in-review again; any but cancelled → cancelled. Citizens see only
 * published events.
 */
export const EVENT_STATUSES = ['draft', 'in-review', 'returned', 'published', 'cancelled'] as const
export type EventStatus = (typeof EVENT_STATUSES)[number]

/** What registrants are being told about an event's change or cancellation (eventAdmin). */
export interface EventNotice {
  /** The event's revision the notice is about: each registrant is told once per revision. */
  revision: number
  /** One line for the message, e.g. 活动时间已调整. */
  note: string
}

/** An event as stored in the `events` collection. */
export interface EventRecord {
  _id: string
  campaignId: string
  title: string
  /** Host and co-host names exactly as the plan gives them. */
  hosts: string[]
  /** Invited organisations (not hosts). */
  invited: string[]
  /** Committee units responsible for the event: filtering and, later, ownership. */
  unitIds: string[]
  /** The Shanghai day the event belongs to (derived from startAt when there is one). */
  day: Day
  /** Absent while the time is not announced: the plan gives only the day. */
  startAt?: Date
  endAt?: Date
  place: Place
  audiences: Audience[]
  /** Who exactly is addressed, in the plan's words, e.g. 营口全地区涉外企业. */
  audienceNote?: string
  forms: EventForm[]
  description: string
  featured: boolean
  /** Added to make a local demo lively; never part of the plan. */
  sample: boolean
  status: EventStatus
  /** Where the facts come from (the plan's section), shown with the event. */
  source?: string
  /** Seats; absent when not set by the organiser. */
  capacity?: number
  /** Present when the session takes registrations (see registration-window.ts, seats.ts). */
  registration?: RegistrationSettings
  /** Seats held by confirmed, pending and checked-in registrations; absent = 0. */
  seatsTaken?: number
  /** Set once anyone has joined the waiting list: until then nobody can be waiting. */
  waitlistUsed?: boolean
  /** Bumped by every change made in the organisers' workspace; absent = 0 (never changed there). */
  revision?: number
  /** Why the office returned or cancelled the event, for its unit; cleared when published. */
  statusReason?: string
  /** The latest change or cancellation registrants must be told about. */
  notice?: EventNotice
  /** The seat recount's bookkeeping (seat-recount.ts), never shown: takes and releases so far. */
  seatMoves?: number
  /** The seat recount's reading of an excess, kept until it is repaired or gone. */
  seatCheck?: SeatObservation
}

/** How a session takes registrations. */
export interface RegistrationSettings {
  /** Seats in the session. */
  capacity: number
  /** Seats one enterprise may take. */
  perCompanyCap: number
  /** The form's fields, in order. */
  fields: RegistrationFieldId[]
  /** Default: two hours before startAt, or the end of the day before `day`. */
  closesAt?: Date
  /** Default: when registration closes. */
  cancelUntil?: Date
  /** Registrations wait for the organiser's approval (they hold their seats meanwhile). */
  approval: boolean
  /** Set for a local demo only: the seat count is not the organiser's. */
  sample?: boolean
}

/** What clients receive: instants as ISO strings. */
export type EventView = Omit<
  EventRecord,
  'startAt' | 'endAt' | 'registration' | 'seatMoves' | 'seatCheck'
> & {
  startAt?: string
  endAt?: string
  registration?: RegistrationSettingsView
}

export type RegistrationSettingsView = Omit<RegistrationSettings, 'closesAt' | 'cancelUntil'> & {
  closesAt?: string
  cancelUntil?: string
}

const iso = (instant: Date | string) => new Date(instant).toISOString()

export function toEventView(record: EventRecord): EventView {
  const { startAt, endAt, registration, seatMoves: _moves, seatCheck: _check, ...rest } = record
  return {
    ...rest,
    ...(startAt ? { startAt: iso(startAt) } : {}),
    ...(endAt ? { endAt: iso(endAt) } : {}),
    ...(registration ? { registration: toSettingsView(registration) } : {}),
  }
}

function toSettingsView(settings: RegistrationSettings): RegistrationSettingsView {
  const { closesAt, cancelUntil, ...rest } = settings
  return {
    ...rest,
    ...(closesAt ? { closesAt: iso(closesAt) } : {}),
    ...(cancelUntil ? { cancelUntil: iso(cancelUntil) } : {}),
  }
}

/** Sort key: events without an announced time sort at the start of their day. */
export function compareEvents(
  a: Pick<EventView, 'day' | 'startAt' | 'title'>,
  b: typeof a,
): number {
  return (
    a.day.localeCompare(b.day) ||
    (a.startAt ?? '').localeCompare(b.startAt ?? '') ||
    a.title.localeCompare(b.title, 'zh')
  )
}

/** '4月23日 周三 09:30–11:30', or the day alone while the time is not announced. */
export function describeWhen(event: Pick<EventView, 'day' | 'startAt' | 'endAt'>): string {
  const day = formatDayLabel(event.day)
  if (!event.startAt) return `${day} · 具体时间待主办单位公布`
  return `${day} ${formatClock(event.startAt)}${event.endAt ? `–${formatClock(event.endAt)}` : ''}`
}
