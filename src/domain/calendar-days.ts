// The calendar's day strip: which day it opens on, how a day is labelled, and where to send
// someone whose chosen day has nothing for them. Days are Shanghai calendar days ('YYYY-MM-DD').
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { formatDayLabel, type Day } from './time'

dayjs.extend(utc)

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

export interface DayCount {
  day: Day
  count: number
}

/**
 * The day the calendar opens on: the day the reader chose earlier if it is still in the week,
 * else today when today is in the week, else the nearest end of the week.
 */
export function initialDay(days: readonly Day[], today: Day, chosen?: Day): Day {
  if (chosen && days.includes(chosen)) return chosen
  if (days.includes(today)) return today
  return today < days[0] ? days[0] : days[days.length - 1]
}

/** The pieces of a day-strip cell: '周三', '23', and '4月23日' for the cell's label. */
export function dayParts(day: Day): { weekday: string; date: string; monthDay: string } {
  const d = dayjs.utc(day)
  return {
    weekday: WEEKDAYS[d.day()],
    date: String(d.date()),
    monthDay: `${d.month() + 1}月${d.date()}日`,
  }
}

/** '4月23日 周三（今天）' */
export function dayHeading(day: Day, today: Day): string {
  return `${formatDayLabel(day)}${day === today ? '（今天）' : ''}`
}

/**
 * The closest other day that has events, to suggest when the chosen day has none. On a tie the
 * later day wins: what is still to come is more useful than what is over.
 */
export function nearestDayWithEvents(counts: readonly DayCount[], from: Day): DayCount | undefined {
  const distance = (day: Day) => Math.abs(dayjs.utc(day).diff(dayjs.utc(from), 'day'))
  return counts
    .filter((c) => c.day !== from && c.count > 0)
    .sort((a, b) => distance(a.day) - distance(b.day) || b.day.localeCompare(a.day))[0]
}
