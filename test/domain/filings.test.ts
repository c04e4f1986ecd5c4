// Filing deadlines are Shanghai days, whatever zone the server runs in (npm test runs this under
// TZ=UTC and TZ=Asia/Shanghai).
import { campaign } from '@/campaigns'
import { daysLeft, deadlineState, dueDayOf, isLate } from '@/domain/filings'

describe('filing deadlines', () => {
  it('come from the plan: the activity list by 19 April, the summary by 29 April', () => {
    expect(dueDayOf(campaign, 'activity-list')).toBe('2025-04-19')
    expect(dueDayOf(campaign, 'summary')).toBe('2025-04-29')
    expect(dueDayOf(campaign, 'report')).toBeUndefined()
  })

  it('hold until the end of the Shanghai day', () => {
    // 23:59 on the 19th in Shanghai is 15:59 UTC: on time.
    expect(isLate('2025-04-19', '2025-04-19T15:59:59.999Z')).toBe(false)
    // 00:00 on the 20th in Shanghai is 16:00 UTC on the 19th: late.
    expect(isLate('2025-04-19', '2025-04-19T16:00:00.000Z')).toBe(true)
  })

  it('say due, overdue, on time or late', () => {
    const before = new Date('2025-04-19T10:00:00+08:00')
    const after = new Date('2025-04-20T00:00:01+08:00')
    expect(deadlineState('2025-04-19', undefined, before)).toBe('due')
    expect(deadlineState('2025-04-19', undefined, after)).toBe('overdue')
    expect(deadlineState('2025-04-19', before, after)).toBe('on-time')
    expect(deadlineState('2025-04-19', after, after)).toBe('late')
  })

  it('count the days left in Shanghai days', () => {
    // 08:30 on the 18th in Shanghai is still the 18th, though it is the 18th 00:30 UTC too.
    expect(daysLeft('2025-04-19', new Date('2025-04-18T08:30:00+08:00'))).toBe(1)
    // 07:00 on the 19th in Shanghai is 23:00 UTC on the 18th: the day itself, 0 left.
    expect(daysLeft('2025-04-19', new Date('2025-04-19T07:00:00+08:00'))).toBe(0)
    expect(daysLeft('2025-04-19', new Date('2025-04-21T12:00:00+08:00'))).toBe(-2)
  })
})
