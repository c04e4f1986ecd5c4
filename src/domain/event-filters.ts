// Pure rules behind the calendar's filters, shared by the events function and, later, the
// organisers' write path.
import { dayOf, type Day } from './time'

/** The fields free-text search looks in; `hosts` is an array (any host may match). */
export const SEARCH_FIELDS = ['title', 'hosts', 'place.name', 'description'] as const

/** The text to search for, or undefined when there is nothing to search (absent or blank). */
export function searchText(q: string | undefined): string | undefined {
  const text = q?.trim()
  return text ? text : undefined
}

/**
 * The pattern that matches `text` literally: every regular-expression metacharacter escaped.
 * The escapes are read the same way by JavaScript and by the cloud database (PCRE).
 */
export function literalPattern(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
}

/** Every day of `week` in order with its count, zero for a day without events. */
export function countsByDay(
  week: readonly Day[],
  counts: ReadonlyArray<{ day: Day; count: number }>,
): { day: Day; count: number }[] {
  const byDay = new Map(counts.map(({ day, count }) => [day, count]))
  return week.map((day) => ({ day, count: byDay.get(day) ?? 0 }))
}

/**
 * An event as written: its `day` is the Shanghai day of its start whenever it has one (whatever
 * `day` was given), else the day given, as when the plan names the day but not the time.
 */
export function withDerivedDay<T extends { startAt?: Date | string; day?: Day }>(
  event: T,
): T & { day: Day } {
  if (event.startAt !== undefined) return { ...event, day: dayOf(event.startAt) }
  if (event.day === undefined) throw new Error('活动需要开始时间或日期')
  return { ...event, day: event.day }
}
