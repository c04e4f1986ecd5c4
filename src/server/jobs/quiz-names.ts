// Quiz takers may give a name and school for the leaderboard and certificate. Once a campaign's
// retention period is over (privacy.ts), the names given until then are removed; scores stay.
import type { QuizNamesReport } from '@/contracts/scheduled'
import type { Campaign } from '@/domain/campaign'
import { anonymiseFrom } from '@/domain/privacy'
import { now } from '../clock'
import { db } from '../cloud'
import { batches } from './batches'

export async function clearExpiredQuizNames(): Promise<QuizNamesReport> {
  const _ = db.command
  let until: Date | undefined
  type Retention = Pick<Campaign, '_id' | 'deadlines' | 'lastDay'>
  for await (const batch of batches<Retention>(
    'campaigns',
    {},
    { deadlines: true, lastDay: true },
  )) {
    for (const campaign of batch) {
      const from = anonymiseFrom(campaign)
      if (now() >= from && (!until || from > until)) until = from
    }
  }
  if (!until) return { cleared: 0 }
  const named = { name: _.exists(true) }
  const [bests, attempts] = await Promise.all([
    db
      .collection('quizBest')
      .where({ ...named, achievedAt: _.lt(until) })
      .update({ data: { name: _.remove() } }),
    db
      .collection('quizAttempts')
      .where({ ...named, submittedAt: _.lt(until) })
      .update({ data: { name: _.remove() } }),
  ])
  return { cleared: bests.stats.updated + attempts.stats.updated }
}
