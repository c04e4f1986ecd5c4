// A small iCalendar (RFC 5545) writer for "add to my calendar" on the web: one VCALENDAR with
// VEVENTs that phone and desktop calendar apps import. Pure: the caller supplies the time stamp.
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import type { Day } from './time'

dayjs.extend(utc)

const CRLF = '\r\n'
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_OCTETS = 75

/** When: an instant range (written in UTC), or whole days (dates, the last day inclusive). */
export type IcsWhen =
  | { allDay?: false; start: Date | string; end?: Date | string }
  | { allDay: true; firstDay: Day; lastDay?: Day }

export interface IcsEvent {
  /** Globally unique and stable, so importing the same event again updates it. */
  uid: string
  summary: string
  when: IcsWhen
  location?: string
  description?: string
  url?: string
}

export interface IcsOptions {
  /** DTSTAMP: when this file was made. */
  stamp: Date | string
  /** PRODID, e.g. '-//IP Week//知识产权宣传周//ZH'. */
  productId?: string
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0
  if (code < 0x80) return 1
  if (code < 0x800) return 2
  if (code < 0x10000) return 3
  return 4
}

/**
 * Folds a content line into lines of at most 75 octets (UTF-8), each continuation starting with
 * one space (RFC 5545 §3.1). Never splits a character; joined with CRLF.
 */
export function foldLine(line: string): string {
  const lines: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = utf8Length(char)
    if (octets + size > MAX_OCTETS) {
      lines.push(current)
      current = ' '
      octets = 1
    }
    current += char
    octets += size
  }
  lines.push(current)
  return lines.join(CRLF)
}

/** '20250423T013000Z' */
export function formatUtc(instant: Date | string): string {
  return dayjs.utc(instant).format('YYYYMMDD[T]HHmmss[Z]')
}

/** '20250423' */
export function formatDate(day: Day): string {
  return day.replace(/-/g, '')
}

function nextDay(day: Day): Day {
  return dayjs.utc(day).add(1, 'day').format('YYYY-MM-DD')
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  const { when } = event
  const timing = when.allDay
    ? [
        `DTSTART;VALUE=DATE:${formatDate(when.firstDay)}`,
        // DTEND of an all-day event is exclusive: the day after the last day.
        `DTEND;VALUE=DATE:${formatDate(nextDay(when.lastDay ?? when.firstDay))}`,
      ]
    : [`DTSTART:${formatUtc(when.start)}`, ...(when.end ? [`DTEND:${formatUtc(when.end)}`] : [])]
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    ...timing,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    // URL is a URI value, not TEXT: written as is.
    ...(event.url ? [`URL:${event.url}`] : []),
    'END:VEVENT',
  ]
}

/** The whole .ics file: CRLF line endings (the last line too), long lines folded. */
export function buildIcs(events: readonly IcsEvent[], options: IcsOptions): string {
  const stamp = formatUtc(options.stamp)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.productId ?? '-//IP Week//知识产权宣传周//ZH'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join(CRLF) + CRLF
}
