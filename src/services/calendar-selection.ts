// What the reader chose on the 活动 tab, the filters and the day, kept while the app runs: it
// survives opening an event and coming back, switching tabs, and the page being built anew.
import type { CalendarFilters } from '@/domain/calendar-filters'
import type { Day } from '@/domain/time'

export interface CalendarSelection {
  filters: CalendarFilters
  /** Absent until the reader picks a day: the page then opens on today. */
  day?: Day
}

let selection: CalendarSelection = { filters: {} }

export function calendarSelection(): CalendarSelection {
  return selection
}

export function rememberFilters(filters: CalendarFilters): void {
  selection = { ...selection, filters }
}

export function rememberDay(day: Day): void {
  selection = { ...selection, day }
}

/** Back to no filters and today (tests; a future "reset" action). */
export function forgetCalendarSelection(): void {
  selection = { filters: {} }
}
