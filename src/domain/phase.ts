// Where "now" falls in a campaign, by Shanghai calendar day.
import type { Campaign } from './campaign'
import { dayOf, daysBetween, type Day } from './time'

export type CampaignPhase =
  | { kind: 'before'; daysToStart: number }
  | { kind: 'preparation'; daysToStart: number }
  | { kind: 'week'; dayNumber: number; totalDays: number; today: Day }
  | { kind: 'summary'; summaryDueDay: Day }
  | { kind: 'over' }

type PhaseInput = Pick<Campaign, 'firstDay' | 'lastDay' | 'phases' | 'deadlines'>

export function campaignPhase(campaign: PhaseInput, now: Date): CampaignPhase {
  const today = dayOf(now)
  const daysToStart = daysBetween(today, campaign.firstDay)
  const preparation = campaign.phases.find((p) => p.id === 'preparation')
  const summaryDue = campaign.deadlines.find((d) => d.id === 'summary')?.dueDay ?? campaign.lastDay

  if (daysToStart > 0) {
    const preparing = preparation !== undefined && today >= preparation.firstDay
    return { kind: preparing ? 'preparation' : 'before', daysToStart }
  }
  if (today <= campaign.lastDay) {
    return {
      kind: 'week',
      dayNumber: -daysToStart + 1,
      totalDays: daysBetween(campaign.firstDay, campaign.lastDay) + 1,
      today,
    }
  }
  if (today <= summaryDue) return { kind: 'summary', summaryDueDay: summaryDue }
  return { kind: 'over' }
}

/** One line for the home page. */
export function phaseHeadline(phase: CampaignPhase): string {
  switch (phase.kind) {
    case 'before':
      return `距宣传周开幕还有 ${phase.daysToStart} 天`
    case 'preparation':
      return `准备阶段 · 距开幕还有 ${phase.daysToStart} 天`
    case 'week':
      return `宣传周第 ${phase.dayNumber} 天（共 ${phase.totalDays} 天）`
    case 'summary':
      return '宣传周已结束 · 总结阶段'
    case 'over':
      return '本届宣传周已圆满结束'
  }
}
