import { events } from '@/campaigns'
import { calendarEntry } from '@/domain/calendar-event'
import { toEventView } from '@/domain/event'
import { buildIcs, escapeText, foldLine, formatUtc, type IcsEvent } from '@/domain/ics'

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8')

/** Undoes folding (RFC 5545 §3.1) to get the logical content lines back. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n')

const timed: IcsEvent = {
  uid: 'sample-0421@ipweek',
  summary: '进企业：跨境电商知识产权海关保护',
  when: { start: '2025-04-21T01:30:00.000Z', end: '2025-04-21T03:30:00.000Z' },
  location: '营口港区企业（示例）',
  description: '第一行\n第二行',
}

describe('escaping TEXT values', () => {
  it('escapes backslash, semicolon and comma, and turns line breaks into \\n', () => {
    expect(escapeText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d')
    expect(escapeText('一\r\n二\n三\r四')).toBe('一\\n二\\n三\\n四')
  })

  it('escapes the backslash first, so escapes are not doubled', () => {
    expect(escapeText(';')).toBe('\\;')
    expect(escapeText('\\;')).toBe('\\\\\\;')
  })
})

describe('folding long lines', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = `SUMMARY:${'a'.repeat(67)}`
    expect(utf8(line)).toBe(75)
    expect(foldLine(line)).toBe(line)
  })

  it('folds at 75 octets, each continuation starting with one space', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`
    const parts = foldLine(line).split('\r\n')
    expect(parts.length).toBeGreaterThan(2)
    parts.forEach((part) => expect(utf8(part)).toBeLessThanOrEqual(75))
    parts.slice(1).forEach((part) => expect(part.startsWith(' ')).toBe(true))
    expect(parts[0]).toHaveLength(75)
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line)
  })

  it('counts UTF-8 octets and never splits a Chinese character or an emoji', () => {
    const line = `SUMMARY:${'知识产权与人工智能'.repeat(6)}🎉${'宣传周'.repeat(5)}`
    const parts = foldLine(line).split('\r\n')
    parts.forEach((part) => expect(utf8(part)).toBeLessThanOrEqual(75))
    // Lossless: no replacement characters, nothing dropped.
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line)
    expect(parts.join('')).not.toContain('\uFFFD')
  })
})

describe('a calendar file', () => {
  const ics = buildIcs([timed], { stamp: '2025-04-23T02:00:00Z' })

  it('uses CRLF line endings throughout, ending with one', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('has the calendar and event envelope with the required properties', () => {
    const lines = unfold(ics)
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0'])
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true)
    expect(lines).toContain('BEGIN:VEVENT')
    expect(lines).toContain('UID:sample-0421@ipweek')
    expect(lines).toContain('DTSTAMP:20250423T020000Z')
    expect(lines).toContain('END:VEVENT')
  })

  it('writes instants in UTC with Z', () => {
    const lines = unfold(ics)
    expect(lines).toContain('DTSTART:20250421T013000Z')
    expect(lines).toContain('DTEND:20250421T033000Z')
    expect(formatUtc(new Date('2025-04-22T16:30:00Z'))).toBe('20250422T163000Z')
  })

  it('writes summary, location and description as escaped text', () => {
    const lines = unfold(ics)
    expect(lines).toContain('SUMMARY:进企业：跨境电商知识产权海关保护')
    expect(lines).toContain('LOCATION:营口港区企业（示例）')
    expect(lines).toContain('DESCRIPTION:第一行\\n第二行')
  })

  it('writes an all-day event as dates, the end being the next day (exclusive)', () => {
    const allDay = buildIcs(
      [{ uid: 'a@ipweek', summary: '全天', when: { allDay: true, firstDay: '2025-04-30' } }],
      { stamp: '2025-04-23T02:00:00Z' },
    )
    const lines = unfold(allDay)
    expect(lines).toContain('DTSTART;VALUE=DATE:20250430')
    expect(lines).toContain('DTEND;VALUE=DATE:20250501')
  })

  it('leaves DTEND out when no end is known', () => {
    const open = buildIcs([{ ...timed, when: { start: '2025-04-21T01:30:00Z' } }], {
      stamp: '2025-04-23T02:00:00Z',
    })
    expect(unfold(open).some((l) => l.startsWith('DTEND'))).toBe(false)
  })

  it('keeps every physical line within 75 octets for a real event with a long description', () => {
    const plan = toEventView(events.find((e) => !e.sample)!)
    const file = buildIcs([calendarEntry(plan)], { stamp: '2025-04-23T02:00:00Z' })
    file.split('\r\n').forEach((line) => expect(utf8(line)).toBeLessThanOrEqual(75))
    const lines = unfold(file)
    expect(lines).toContain(`SUMMARY:${plan.title}`)
    expect(lines).toContain(`DTSTART;VALUE=DATE:${plan.day.replace(/-/g, '')}`)
    const description = lines.find((l) => l.startsWith('DESCRIPTION:'))!
    expect(description).toContain('具体时间待主办单位公布')
    expect(description).toContain(plan.invited[0])
  })
})
