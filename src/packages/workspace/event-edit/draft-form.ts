// The editor's form as data: what a new event starts from, what is sent, and the names of the
// fields that checkEventDraft reports problems by.
import type { DraftField, DraftProblems, EventDraft, RegistrationDraft } from '@/domain/event-edit'
import type { RegistrationFieldId } from '@/domain/registration-form'
import type { Day } from '@/domain/time'

/** A new event: the first day it may take place, the units given, nothing else filled in. */
export function blankDraft(day: Day, unitIds: string[], hosts: string[]): EventDraft {
  return {
    title: '',
    description: '',
    hosts,
    invited: [],
    unitIds,
    day,
    place: { name: '' },
    audiences: [],
    forms: [],
  }
}

const DEFAULT_FIELDS: RegistrationFieldId[] = ['companyName', 'contactName', 'phone']

/** Registration switched on for the first time: seats left blank, for the organiser to fill in. */
export const DEFAULT_REGISTRATION: RegistrationDraft = {
  capacity: Number.NaN,
  perCompanyCap: 1,
  fields: DEFAULT_FIELDS,
  approval: false,
}

const names = (lines: string[]) => lines.map((line) => line.trim()).filter(Boolean)

/**
 * The draft as checked and sent: the lines of the host and invited boxes without blank ones, and
 * optional text left out when empty (the form keeps what was typed, blank lines included).
 */
export function draftToSend(form: EventDraft): EventDraft {
  const { place, audienceNote, ...rest } = form
  const note = audienceNote?.trim()
  const address = place.address?.trim()
  return {
    ...rest,
    hosts: names(form.hosts),
    invited: names(form.invited),
    place: {
      name: place.name,
      ...(address ? { address } : {}),
      ...(place.latitude !== undefined ? { latitude: place.latitude } : {}),
      ...(place.longitude !== undefined ? { longitude: place.longitude } : {}),
    },
    ...(note ? { audienceNote: note } : {}),
  }
}

/** Whether the form differs from the event as last saved. */
export const isChanged = (form: EventDraft, saved: EventDraft) =>
  JSON.stringify(draftToSend(form)) !== JSON.stringify(draftToSend(saved))

/** The field each problem path belongs to, as the form labels it. */
export const PROBLEM_LABELS: Record<string, string> = {
  title: '标题',
  description: '活动简介',
  hosts: '主办单位',
  invited: '邀请单位',
  unitIds: '负责的成员单位',
  day: '日期',
  startTime: '开始时间',
  endTime: '结束时间',
  'place.name': '活动地点',
  'place.address': '详细地址',
  'place.latitude': '纬度',
  'place.longitude': '经度',
  audiences: '面向人群',
  forms: '活动形式',
  audienceNote: '面向人群说明',
  registration: '报名设置',
  'registration.capacity': '名额',
  'registration.perCompanyCap': '每家企业人数上限',
  'registration.fields': '报名信息',
  'registration.closesAt': '报名截止时间',
  'registration.cancelUntil': '取消报名截止时间',
}

/** What each section of the form is given. */
export interface SectionProps {
  form: EventDraft
  problems: DraftProblems
  onChange: (change: Partial<EventDraft>) => void
  /** Whether the caller may not change the field now (nothing, or what the office reviewed). */
  isLocked: (field: DraftField) => boolean
}
