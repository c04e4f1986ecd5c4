// Best scores and the leaderboard. Better means a higher score, or the same score in less time.
import type { Leaderboard, LeaderboardEntry } from '@/contracts/quiz'
import { maskPersonName } from '@/domain/person-name'
import { db } from '@/server/cloud'
import { isDuplicateKeyError } from '@/server/errors'
import { bests, type BestRecord } from './records'

const _ = db.command
const BOARD_SIZE = 50

type Best = Omit<BestRecord, '_id' | 'name' | 'school'>
export interface Profile {
  name?: string
  school?: string
}

/**
 * Keeps the user's best. Each update applies only when the new score is strictly better than the
 * stored one, so concurrent submits settle on the best of them in any order.
 */
export async function recordBest(openid: string, best: Best, profile: Profile): Promise<void> {
  try {
    await bests().add({ data: { _id: openid, ...best, ...profile } })
    return
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error
  }
  const { score, durationSeconds } = best
  await bests()
    .where({ _id: openid, score: _.lt(score) })
    .update({ data: best })
  await bests()
    .where({ _id: openid, score, durationSeconds: _.gt(durationSeconds) })
    .update({ data: best })
  if (profile.name || profile.school)
    await bests()
      .doc(openid)
      .update({ data: { ...profile } })
}

/** Ties share a rank: one more than the number of strictly better scores. */
function rankEntries(records: BestRecord[]): LeaderboardEntry[] {
  const entries: LeaderboardEntry[] = []
  records.forEach((record, i) => {
    const previous = entries[i - 1]
    const tied =
      previous?.score === record.score && previous.durationSeconds === record.durationSeconds
    entries.push({
      rank: tied ? previous.rank : i + 1,
      name: maskPersonName(record.name) || '匿名',
      ...(record.school ? { school: record.school } : {}),
      score: record.score,
      durationSeconds: record.durationSeconds,
    })
  })
  return entries
}

export async function leaderboard(openid: string, school?: string): Promise<Leaderboard> {
  const filter = school ? { school } : {}
  const { data } = await bests()
    .where(filter)
    .orderBy('score', 'desc')
    .orderBy('durationSeconds', 'asc')
    .orderBy('achievedAt', 'asc')
    .limit(BOARD_SIZE)
    .get()
  const { data: own } = await bests().doc(openid).get()
  if (!own || (school && own.school !== school)) return { items: rankEntries(data), mine: null }
  const higher = await bests()
    .where({ ...filter, score: _.gt(own.score) })
    .count()
  const faster = await bests()
    .where({ ...filter, score: own.score, durationSeconds: _.lt(own.durationSeconds) })
    .count()
  return {
    items: rankEntries(data),
    mine: {
      rank: higher.total + faster.total + 1,
      score: own.score,
      durationSeconds: own.durationSeconds,
      ...(own.school ? { school: own.school } : {}),
    },
  }
}
