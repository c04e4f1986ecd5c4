// What the certificate says, from the campaign and the scored attempt: the painter and the page
// take it from here, so the poster, the page and the share card agree.
import type { QuizResult } from '@/contracts/quiz'
import type { Campaign } from '@/domain/campaign'
import { dayOf, formatDayLong } from '@/domain/time'

/** Printed when the taker left the name empty on submit. */
export const DEFAULT_NAME = '答题者'

export interface CertificateContent {
  /** '2025年营口市知识产权宣传周' */
  campaignTitle: string
  /** '知识产权与人工智能' */
  theme: string
  name: string
  score: number
  /** The submission day in Shanghai, '2025年4月23日'. */
  date: string
  /** The committee as the campaign names it. */
  issuer: string
}

export function certificateContent(campaign: Campaign, result: QuizResult): CertificateContent {
  return {
    campaignTitle: campaign.title,
    theme: campaign.theme,
    name: result.name?.trim() || DEFAULT_NAME,
    score: result.score,
    date: formatDayLong(dayOf(result.submittedAt)),
    issuer: campaign.committee.name,
  }
}

export function certificateShareTitle(score: number): string {
  return `我在知识产权宣传周答题中得了${score}分`
}

/** Both platforms' poster component (poster.tsx, poster.weapp.tsx). */
export interface CertificatePosterProps {
  content: CertificateContent
  /** WeChat: the painted poster as a temp file, for the share card. */
  onImage?: (path: string) => void
}
