import { countsByDay, literalPattern, searchText, withDerivedDay } from '@/domain/event-filters'

describe('literalPattern', () => {
  const metacharacters = '\\^$.*+?()[]{}|'

  it('escapes every metacharacter so the pattern matches the text itself', () => {
    for (const text of [metacharacters, ...metacharacters, 'a.*b', '(beta)', '1+1=2?', 'x{2}']) {
      const pattern = new RegExp(literalPattern(text), 'i')
      expect(pattern.test(`before ${text} after`)).toBe(true)
      expect(new RegExp(`^${literalPattern(text)}$`).test(text)).toBe(true)
    }
  })

  it('matches nothing else', () => {
    expect(new RegExp(literalPattern('a.*b')).test('aXXb')).toBe(false)
    expect(new RegExp(literalPattern('B|C')).test('B')).toBe(false)
    expect(new RegExp(literalPattern('x{2}')).test('xx')).toBe(false)
    expect(new RegExp(literalPattern('[AI]')).test('A')).toBe(false)
  })

  it('leaves other text alone', () => {
    expect(literalPattern('知识产权 与 AI-2025')).toBe('知识产权 与 AI-2025')
  })
})

describe('searchText', () => {
  it.each([undefined, '', '   ', '\t\n'])('finds nothing to search in %j', (q) => {
    expect(searchText(q)).toBeUndefined()
  })

  it('trims the text', () => {
    expect(searchText('  人工智能 ')).toBe('人工智能')
  })
})

describe('countsByDay', () => {
  const week = ['2025-04-20', '2025-04-21', '2025-04-22']

  it('lists every day in order, zeros included, ignoring days outside the week', () => {
    expect(
      countsByDay(week, [
        { day: '2025-04-22', count: 2 },
        { day: '2025-04-20', count: 1 },
        { day: '2025-05-01', count: 9 },
      ]),
    ).toEqual([
      { day: '2025-04-20', count: 1 },
      { day: '2025-04-21', count: 0 },
      { day: '2025-04-22', count: 2 },
    ])
  })
})

describe('withDerivedDay', () => {
  it('puts 23:30 on 22 April Beijing time (15:30 UTC) on 22 April', () => {
    const startAt = new Date('2025-04-22T15:30:00Z')
    expect(withDerivedDay({ startAt }).day).toBe('2025-04-22')
  })

  it('puts 00:30 on 23 April Beijing time (16:30 UTC, 22 April in UTC) on 23 April', () => {
    expect(withDerivedDay({ startAt: '2025-04-22T16:30:00Z' }).day).toBe('2025-04-23')
  })

  it('corrects a day that disagrees with the start, keeping every other field', () => {
    const event = { title: '夜场', day: '2025-04-22', startAt: new Date('2025-04-22T16:30:00Z') }
    expect(withDerivedDay(event)).toEqual({ ...event, day: '2025-04-23' })
    expect(event.day).toBe('2025-04-22')
  })

  it('keeps the given day while the time is not announced', () => {
    expect(withDerivedDay({ day: '2025-04-23' })).toEqual({ day: '2025-04-23' })
  })

  it('refuses an event with neither', () => {
    expect(() => withDerivedDay({})).toThrow()
  })
})
