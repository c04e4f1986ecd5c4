import {
  dayOf,
  daysBetween,
  daysInRange,
  endOfDay,
  formatClock,
  formatDayLabel,
  isValidDay,
  shanghaiInstant,
  startOfDay,
} from '@/domain/time'

describe('Shanghai calendar days, whatever the machine TZ', () => {
  it('puts 23:30 on 22 April Beijing time on 22 April, although it is 15:30 UTC', () => {
    const instant = new Date('2025-04-22T15:30:00Z')
    expect(dayOf(instant)).toBe('2025-04-22')
    expect(formatClock(instant)).toBe('23:30')
  })

  it('puts 00:30 on 23 April Beijing time on 23 April, although it is still 22 April in UTC', () => {
    expect(dayOf(new Date('2025-04-22T16:30:00Z'))).toBe('2025-04-23')
  })

  it('reads wall-clock times as Shanghai time', () => {
    expect(shanghaiInstant('2025-04-23 09:30').toISOString()).toBe('2025-04-23T01:30:00.000Z')
  })

  it('gives the bounds of a Shanghai day', () => {
    expect(startOfDay('2025-04-19').toISOString()).toBe('2025-04-18T16:00:00.000Z')
    expect(endOfDay('2025-04-19').toISOString()).toBe('2025-04-19T15:59:59.999Z')
  })

  it('counts and lists days', () => {
    expect(daysBetween('2025-04-20', '2025-04-26')).toBe(6)
    expect(daysBetween('2025-04-26', '2025-04-20')).toBe(-6)
    expect(daysInRange('2025-04-20', '2025-04-26')).toEqual([
      '2025-04-20',
      '2025-04-21',
      '2025-04-22',
      '2025-04-23',
      '2025-04-24',
      '2025-04-25',
      '2025-04-26',
    ])
  })

  it('labels days in Chinese with the weekday', () => {
    expect(formatDayLabel('2025-04-23')).toBe('4月23日 周三')
    expect(formatDayLabel('2025-04-20')).toBe('4月20日 周日')
  })

  it('accepts only real calendar days', () => {
    expect(isValidDay('2025-04-23')).toBe(true)
    expect(isValidDay('2025-02-30')).toBe(false)
    expect(isValidDay('2025-4-3')).toBe(false)
    expect(isValidDay('20250423')).toBe(false)
  })
})
