// Editing an event in the organisers' workspace: what a draft must satisfy and which changes matter
// to registrants (who may take which step: event-workflow.ts). Pure, for the eventAdmin function
// and the app alike; the server's run is the one that counts.
import type { Campaign } from './campaign'
import {
  AUDIENCES,
  FORMS,
  type Audience,
  type EventForm,
  type EventRecord,
  type Place,
  type RegistrationSettings,
} from './event'
import { FIELD_SPECS, type RegistrationFieldId } from './registration-form'
import { lengthProblem } from './text-input'
import {
  daysInRange,
  formatClock,
  formatDayLabel,
  isValidDay,
  shanghai,
  shanghaiInstant,
  startOfDay,
  type Day,
} from './time'

export const TITLE_LENGTH = { min: 2, max: 60 }
export const DESCRIPTION_LENGTH = { min: 0, max: 2000 }
/** A host's or an invited organisation's name. */
export const ORGANISATION_LENGTH = { min: 2, max: 40 }
export const MAX_ORGANISATIONS = 10
export const PLACE_NAME_LENGTH = { min: 2, max: 60 }
export const ADDRESS_LENGTH = { min: 0, max: 100 }
export const AUDIENCE_NOTE_LENGTH = { min: 0, max: 40 }
export const REASON_LENGTH = { min: 2, max: 200 }
export const MAX_CAPACITY = 100_000

/** 'HH:mm', a Shanghai wall-clock time. */
export const CLOCK_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/

/** The registration settings as the organiser's form holds them. */
export interface RegistrationDraft {
  capacity: number
  perCompanyCap: number
  fields: RegistrationFieldId[]
  approval: boolean
  /** 'YYYY-MM-DD HH:mm' in Shanghai; absent: the default (registration-window.ts). */
  closesAt?: string
  cancelUntil?: string
}

/** Everything an organiser edits, as the form holds it. */
export interface EventDraft {
  title: string
  description: string
  hosts: string[]
  invited: string[]
  /** Committee units responsible for the event: they manage it. */
  unitIds: string[]
  day: Day
  /** 'HH:mm' in Shanghai; absent while the time is not announced. */
  startTime?: string
  endTime?: string
  place: Place
  audiences: Audience[]
  audienceNote?: string
  forms: EventForm[]
  /** Absent: the event takes no registrations. */
  registration?: RegistrationDraft
}

export type DraftField = keyof EventDraft

/** The stored fields a draft sets. */
export type EditedEvent = Pick<
  EventRecord,
  | 'title'
  | 'description'
  | 'hosts'
  | 'invited'
  | 'unitIds'
  | 'day'
  | 'startAt'
  | 'endAt'
  | 'place'
  | 'audiences'
  | 'audienceNote'
  | 'forms'
  | 'registration'
>

export interface EditContext {
  /** Days an event may be held on (editableDays). */
  days: readonly Day[]
  /** The campaign's committee units. */
  unitIds: readonly string[]
  /** Seats held now by the event's registrations; 0 for a new event. */
  seatsTaken: number
  /** Registrations that still count (confirmed, pending, waitlisted, checked in). */
  registrants: number
}

/** Problems by field path ('title', 'place.name', 'registration.capacity', …). */
export type DraftProblems = Record<string, string>

export type DraftResult = { ok: true; value: EditedEvent } | { ok: false; problems: DraftProblems }

/** The preparation phase and the week itself: when a unit's events may take place. */
export function editableDays(campaign: Pick<Campaign, 'firstDay' | 'lastDay' | 'phases'>): Day[] {
  const preparation = campaign.phases.find((phase) => phase.id === 'preparation')
  const days = new Set([
    ...(preparation ? daysInRange(preparation.firstDay, preparation.lastDay) : []),
    ...daysInRange(campaign.firstDay, campaign.lastDay),
  ])
  return [...days].sort()
}

export function committeeUnitIds(campaign: Pick<Campaign, 'committee'>): string[] {
  const { directorUnits, memberUnits } = campaign.committee
  return [...directorUnits, ...memberUnits].map((unit) => unit.id)
}

/** 'YYYY-MM-DD HH:mm', a Shanghai wall-clock instant. */
export function isWallClock(text: string): boolean {
  const [day, clock, extra] = text.split(' ')
  return extra === undefined && isValidDay(day ?? '') && CLOCK_PATTERN.test(clock ?? '')
}

const wallClockOf = (instant: Date | string) => shanghai(instant).format('YYYY-MM-DD HH:mm')

/** Why a reason given for returning or cancelling an event is not usable, if it is not. */
export function reasonProblem(reason: string): string | undefined {
  return lengthProblem('原因', reason.trim(), REASON_LENGTH, true)
}

/**
 * Checks every rule at once, so the form can show each problem by its field, and returns the
 * stored fields: text trimmed, times as instants (read in Shanghai, whatever the machine's zone).
 */
export function checkEventDraft(draft: EventDraft, context: EditContext): DraftResult {
  const problems: DraftProblems = {}
  const note = (key: string, problem: string | undefined) => {
    if (problem && !problems[key]) problems[key] = problem
  }

  const title = oneLine(draft.title)
  note('title', lengthProblem('标题', title, TITLE_LENGTH))
  const description = draft.description.replace(/\r\n?/g, '\n').trim()
  note('description', lengthProblem('活动简介', description, DESCRIPTION_LENGTH, true))
  const hosts = draft.hosts.map(oneLine)
  note('hosts', organisationsProblem('主办单位', hosts, 1))
  const invited = draft.invited.map(oneLine)
  note('invited', organisationsProblem('邀请单位', invited, 0))
  note('unitIds', unitsProblem(draft.unitIds, context.unitIds))

  const { day } = draft
  if (!context.days.includes(day)) note('day', dayProblem(context.days))
  const startAt = clockOn(day, draft.startTime, '开始时间', 'startTime', note)
  const endAt = clockOn(day, draft.endTime, '结束时间', 'endTime', note)
  if (endAt && !startAt) note('startTime', '填写结束时间前，请先填写开始时间')
  if (startAt && endAt && endAt <= startAt) note('endTime', '结束时间应晚于开始时间')

  const place = checkPlace(draft.place, note)
  note('audiences', choicesProblem('面向人群', draft.audiences, AUDIENCES))
  note('forms', choicesProblem('活动形式', draft.forms, FORMS))
  const audienceNote = oneLine(draft.audienceNote ?? '')
  note('audienceNote', lengthProblem('面向人群说明', audienceNote, AUDIENCE_NOTE_LENGTH))

  // Registration closes before the start, or before the day while the time is not announced.
  const start = startAt ?? startOfDay(day)
  const registration = draft.registration
    ? checkRegistration(draft.registration, start, context.seatsTaken, note)
    : undefined
  if (!draft.registration && context.registrants > 0) {
    note('registration', `已有${context.registrants}份报名，不能取消报名设置`)
  }

  if (Object.keys(problems).length > 0) return { ok: false, problems }
  return {
    ok: true,
    value: {
      title,
      description,
      hosts,
      invited,
      unitIds: [...draft.unitIds],
      day,
      ...(startAt ? { startAt } : {}),
      ...(endAt ? { endAt } : {}),
      place,
      audiences: [...draft.audiences],
      ...(audienceNote ? { audienceNote } : {}),
      forms: [...draft.forms],
      ...(registration ? { registration } : {}),
    },
  }
}

type Note = (key: string, problem: string | undefined) => void

function checkPlace(draft: Place, note: Note): Place {
  const name = oneLine(draft.name)
  note('place.name', lengthProblem('活动地点', name, PLACE_NAME_LENGTH))
  const address = oneLine(draft.address ?? '')
  note('place.address', lengthProblem('详细地址', address, ADDRESS_LENGTH))
  const { latitude, longitude } = draft
  if ((latitude === undefined) !== (longitude === undefined)) {
    note('place.latitude', '经度和纬度需同时填写，或都不填')
  }
  if (latitude !== undefined && !inRange(latitude, 90))
    note('place.latitude', '纬度应在-90至90之间')
  if (longitude !== undefined && !inRange(longitude, 180)) {
    note('place.longitude', '经度应在-180至180之间')
  }
  return {
    name,
    ...(address ? { address } : {}),
    ...(latitude !== undefined && longitude !== undefined ? { latitude, longitude } : {}),
  }
}

function checkRegistration(
  draft: RegistrationDraft,
  start: Date,
  seatsTaken: number,
  note: Note,
): RegistrationSettings {
  const { capacity, perCompanyCap, fields, approval } = draft
  if (!isCount(capacity, 1, MAX_CAPACITY)) {
    note('registration.capacity', `名额应为1至${MAX_CAPACITY}之间的整数`)
  } else if (capacity < seatsTaken) {
    note('registration.capacity', `已有${seatsTaken}人占用名额，名额不能少于${seatsTaken}`)
  }
  // Against the capacity only when that is a number: a missing capacity is its own problem.
  const capBound = isCount(capacity, 1, MAX_CAPACITY) ? capacity : MAX_CAPACITY
  if (!isCount(perCompanyCap, 1, capBound)) {
    note('registration.perCompanyCap', '每家企业人数上限应为1至名额数之间的整数')
  }
  if (fields.length === 0) note('registration.fields', '请至少选择一项报名信息')
  if (new Set(fields).size !== fields.length) note('registration.fields', '报名信息有重复项')
  if (fields.some((field) => !Object.prototype.hasOwnProperty.call(FIELD_SPECS, field))) {
    note('registration.fields', '报名信息中有不支持的项目')
  }
  // Without the party size every registration is one person: a higher cap would mean nothing.
  if (perCompanyCap > 1 && !fields.includes('attendees')) {
    note(
      'registration.fields',
      `每家企业可报多人时，报名信息需包含“${FIELD_SPECS.attendees.label}”`,
    )
  }
  const closesAt = beforeStart(draft.closesAt, start, '报名截止时间', 'registration.closesAt', note)
  const cancelUntil = beforeStart(
    draft.cancelUntil,
    start,
    '取消报名截止时间',
    'registration.cancelUntil',
    note,
  )
  return {
    capacity,
    perCompanyCap,
    fields: [...fields],
    approval,
    ...(closesAt ? { closesAt } : {}),
    ...(cancelUntil ? { cancelUntil } : {}),
  }
}

/** The instant of `clock` ('HH:mm') on `day`, both read in Shanghai. */
function clockOn(
  day: Day,
  clock: string | undefined,
  label: string,
  key: string,
  note: Note,
): Date | undefined {
  if (clock === undefined) return undefined
  if (!CLOCK_PATTERN.test(clock)) {
    note(key, `${label}格式应为“时:分”，如 09:30`)
    return undefined
  }
  return shanghaiInstant(`${day} ${clock}`)
}

function beforeStart(
  wallClock: string | undefined,
  start: Date,
  label: string,
  key: string,
  note: Note,
): Date | undefined {
  if (wallClock === undefined) return undefined
  if (!isWallClock(wallClock)) {
    note(key, `${label}格式应为“年-月-日 时:分”`)
    return undefined
  }
  const instant = shanghaiInstant(wallClock)
  if (instant >= start) note(key, `${label}应早于活动开始时间`)
  return instant
}

/** The form's view of stored fields: the inverse of checkEventDraft. */
export function draftOf(event: EditedEvent): EventDraft {
  const { place, registration, startAt, endAt, audienceNote } = event
  return {
    title: event.title,
    description: event.description,
    hosts: [...event.hosts],
    invited: [...event.invited],
    unitIds: [...event.unitIds],
    day: event.day,
    ...(startAt ? { startTime: formatClock(startAt) } : {}),
    ...(endAt ? { endTime: formatClock(endAt) } : {}),
    place: {
      name: place.name,
      ...(place.address ? { address: place.address } : {}),
      ...(place.latitude !== undefined && place.longitude !== undefined
        ? { latitude: place.latitude, longitude: place.longitude }
        : {}),
    },
    audiences: [...event.audiences],
    ...(audienceNote ? { audienceNote } : {}),
    forms: [...event.forms],
    ...(registration
      ? {
          registration: {
            capacity: registration.capacity,
            perCompanyCap: registration.perCompanyCap,
            fields: [...registration.fields],
            approval: registration.approval,
            ...(registration.closesAt ? { closesAt: wallClockOf(registration.closesAt) } : {}),
            ...(registration.cancelUntil
              ? { cancelUntil: wallClockOf(registration.cancelUntil) }
              : {}),
          },
        }
      : {}),
  }
}

export const DRAFT_FIELD_LABELS: Record<DraftField, string> = {
  title: '标题',
  description: '活动简介',
  hosts: '主办单位',
  invited: '邀请单位',
  unitIds: '负责的成员单位',
  day: '日期',
  startTime: '开始时间',
  endTime: '结束时间',
  place: '地点',
  audiences: '面向人群',
  audienceNote: '面向人群说明',
  forms: '活动形式',
  registration: '报名设置',
}

const DRAFT_FIELDS = Object.keys(DRAFT_FIELD_LABELS) as DraftField[]

/** The fields whose values differ (both drafts as draftOf gives them). */
export function changedFields(before: EventDraft, after: EventDraft): DraftField[] {
  return DRAFT_FIELDS.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
}

/** What the office reviews: once published, only the office changes these. */
export const REVIEWED_FIELDS: readonly DraftField[] = [
  'title',
  'description',
  'hosts',
  'invited',
  'unitIds',
  'audiences',
  'audienceNote',
  'forms',
]

/** Whether registrants must be told: the time or the place they planned for has changed. */
export function logisticsChange(before: EventDraft, after: EventDraft) {
  return {
    time:
      before.day !== after.day ||
      before.startTime !== after.startTime ||
      before.endTime !== after.endTime,
    place: before.place.name !== after.place.name || before.place.address !== after.place.address,
  }
}

/** Trimmed, with inner runs of spaces as one. */
function oneLine(text: string): string {
  return text.trim().replace(/\s+/g, ' ')
}

function organisationsProblem(label: string, names: string[], min: number): string | undefined {
  if (names.length < min) return `请填写${label}`
  if (names.length > MAX_ORGANISATIONS) return `${label}最多${MAX_ORGANISATIONS}个`
  if (new Set(names).size !== names.length) return `${label}有重复`
  for (const name of names) {
    const problem = lengthProblem(`${label}名称`, name, ORGANISATION_LENGTH)
    if (problem) return problem
  }
  return undefined
}

function unitsProblem(unitIds: string[], known: readonly string[]): string | undefined {
  if (unitIds.length === 0) return '请选择负责的成员单位'
  if (new Set(unitIds).size !== unitIds.length) return '负责的成员单位有重复'
  const unknown = unitIds.find((id) => !known.includes(id))
  return unknown ? `没有编号为 ${unknown} 的成员单位` : undefined
}

function choicesProblem(
  label: string,
  chosen: readonly string[],
  allowed: readonly string[],
): string | undefined {
  if (chosen.length === 0) return `请选择${label}`
  if (new Set(chosen).size !== chosen.length) return `${label}有重复项`
  if (chosen.some((choice) => !allowed.includes(choice))) return `${label}请从选项中选择`
  return undefined
}

function dayProblem(days: readonly Day[]): string {
  const first = days[0]
  const last = days[days.length - 1]
  return first && last
    ? `活动日期应在${formatDayLabel(first)}至${formatDayLabel(last)}之间（准备阶段或宣传周）`
    : '本届宣传周没有可安排活动的日期'
}

const isCount = (value: number, min: number, max: number) =>
  Number.isInteger(value) && value >= min && value <= max

const inRange = (value: number, limit: number) =>
  Number.isFinite(value) && value >= -limit && value <= limit
