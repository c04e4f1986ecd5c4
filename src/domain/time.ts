// Every instant is stored as an instant (Date / ISO string) and shown in Asia/Shanghai,
// whatever the TZ of the machine that runs the code (cloud functions run in UTC).
import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'

dayjs.extend(utc)
dayjs.extend(timezone)

export const CAMPAIGN_TZ = 'Asia/Shanghai'

/** A calendar day in Asia/Shanghai, 'YYYY-MM-DD'. */
export type Day = string

export const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** The instant as seen on a clock in Asia/Shanghai. */
export function shanghai(instant: Date | string | number): Dayjs {
  return dayjs(instant).tz(CAMPAIGN_TZ)
}

/** Parses a Shanghai wall-clock time such as '2025-04-23 09:30' into an instant. */
export function shanghaiInstant(wallClock: string): Date {
  return dayjs.tz(wallClock, CAMPAIGN_TZ).toDate()
}

/** The Shanghai calendar day an instant falls on. */
export function dayOf(instant: Date | string | number): Day {
  return shanghai(instant).format('YYYY-MM-DD')
}

/** First instant of a Shanghai day. */
export function startOfDay(day: Day): Date {
  return dayjs.tz(day, CAMPAIGN_TZ).startOf('day').toDate()
}

/** Last millisecond of a Shanghai day: a deadline "by 19 April" holds until then. */
export function endOfDay(day: Day): Date {
  return dayjs.tz(day, CAMPAIGN_TZ).endOf('day').toDate()
}

/** Whole days from `from` to `to` (both Shanghai days); negative when `to` is earlier. */
export function daysBetween(from: Day, to: Day): number {
  return dayjs.utc(to).diff(dayjs.utc(from), 'day')
}

/** The Shanghai days from `first` to `last` inclusive. */
export function daysInRange(first: Day, last: Day): Day[] {
  const count = daysBetween(first, last) + 1
  return Array.from({ length: Math.max(count, 0) }, (_, i) =>
    dayjs.utc(first).add(i, 'day').format('YYYY-MM-DD'),
  )
}

export function isValidDay(value: string): boolean {
  return DAY_PATTERN.test(value) && dayjs.utc(value).format('YYYY-MM-DD') === value
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** '4月23日 周三' */
export function formatDayLabel(day: Day): string {
  const d = dayjs.utc(day)
  return `${d.month() + 1}月${d.date()}日 ${WEEKDAYS[d.day()]}`
}

/** '2025年4月20日' */
export function formatDayLong(day: Day): string {
  const d = dayjs.utc(day)
  return `${d.year()}年${d.month() + 1}月${d.date()}日`
}

/** '09:30' in Shanghai. */
export function formatClock(instant: Date | string): string {
  return shanghai(instant).format('HH:mm')
}
