// Per-user allowances in fixed windows: one counter document per key and window, raised only while
// below the limit, so concurrent calls cannot overspend it.
import { db } from '@/server/cloud'
import { now } from '@/server/clock'
import { AppError, isDuplicateKeyError } from '@/server/errors'

interface AllowanceRecord {
  _id: string
  key: string
  count: number
  /** When the window ends; the retention job removes counters past it. */
  expiresAt: Date
}

export interface Allowance {
  /** Who and what, e.g. `bind__<openid>`. */
  key: string
  limit: number
  windowSeconds: number
  /** Shown with RATE_LIMITED. */
  message: string
}

const counters = () => db.collection<AllowanceRecord>('rateLimits')
const _ = db.command

async function raise(_id: string, limit: number): Promise<boolean> {
  const { stats } = await counters()
    .where({ _id, count: _.lt(limit) })
    .update({ data: { count: _.inc(1) } })
  return stats.updated === 1
}

/** Spends one call of the allowance, or throws RATE_LIMITED when it is used up. */
export async function spendAllowance({ key, limit, windowSeconds, message }: Allowance) {
  const windowMs = windowSeconds * 1000
  const windowStart = Math.floor(now().getTime() / windowMs) * windowMs
  const _id = `${key}__${windowStart}`
  if (await raise(_id, limit)) return
  try {
    await counters().add({
      data: { _id, key, count: 1, expiresAt: new Date(windowStart + windowMs) },
    })
    return
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error
  }
  // A concurrent first call made the counter meanwhile.
  if (await raise(_id, limit)) return
  throw new AppError('RATE_LIMITED', message)
}
