// Rate-limit counters (rate-limit.ts) are only needed until their window ends.
import type { AllowanceCleanupReport } from '@/contracts/scheduled'
import { now } from '../clock'
import { db } from '../cloud'

export async function removeExpiredAllowances(): Promise<AllowanceCleanupReport> {
  const { stats } = await db
    .collection('rateLimits')
    .where({ expiresAt: db.command.lt(now()) })
    .remove()
  return { removed: stats.removed }
}
