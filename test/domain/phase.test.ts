import { campaign } from '@/campaigns/yingkou-2025'
import { campaignPhase, phaseHeadline } from '@/domain/phase'

const at = (iso: string) => campaignPhase(campaign, new Date(iso))

describe('where "now" falls in the 2025 week (Asia/Shanghai days)', () => {
  it('counts down before the preparation phase', () => {
    expect(at('2025-04-01T12:00:00+08:00')).toEqual({ kind: 'before', daysToStart: 19 })
  })

  it('is in preparation from 11 April', () => {
    expect(at('2025-04-10T23:59:00+08:00').kind).toBe('before')
    expect(at('2025-04-11T00:01:00+08:00')).toEqual({ kind: 'preparation', daysToStart: 9 })
    expect(at('2025-04-19T23:59:00+08:00')).toEqual({ kind: 'preparation', daysToStart: 1 })
  })

  it('numbers the days of the week by Shanghai date, not UTC date', () => {
    // 00:30 on 20 April in Shanghai is still 19 April in UTC.
    expect(at('2025-04-19T16:30:00Z')).toEqual({
      kind: 'week',
      dayNumber: 1,
      totalDays: 7,
      today: '2025-04-20',
    })
    expect(at('2025-04-23T10:00:00+08:00')).toMatchObject({ kind: 'week', dayNumber: 4 })
    expect(at('2025-04-26T23:59:00+08:00')).toMatchObject({ kind: 'week', dayNumber: 7 })
  })

  it('is in the summary phase until the 29 April deadline, then over', () => {
    expect(at('2025-04-27T08:00:00+08:00')).toEqual({
      kind: 'summary',
      summaryDueDay: '2025-04-29',
    })
    expect(at('2025-04-29T23:59:00+08:00').kind).toBe('summary')
    expect(at('2025-04-30T00:00:00+08:00')).toEqual({ kind: 'over' })
  })

  it('says it in one line', () => {
    expect(phaseHeadline(at('2025-04-23T10:00:00+08:00'))).toBe('宣传周第 4 天（共 7 天）')
    expect(phaseHeadline(at('2025-04-15T10:00:00+08:00'))).toBe('准备阶段 · 距开幕还有 5 天')
    expect(phaseHeadline({ kind: 'over' })).toBe('本届宣传周已圆满结束')
  })
})
