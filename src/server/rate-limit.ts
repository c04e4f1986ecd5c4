// Per-user allowances in fixed windows: one counter document per person, action and window,
// raised only while below the limit, so concurrent calls cannot overspend it.
import { db } from '@/server/cloud'
import { now } from '@/server/clock'
import { AppError, isDuplicateKeyError } from '@/server/errors'
import { ALLOWANCES, exhaustedMessage, type AllowanceName } from './allowances'

interface AllowanceRecord {
  _id: string
  key: string
  count: number
  /** When the window ends; the retention job removes counters past it. */
  expiresAt: Date
}

const counters = () => db.collection<AllowanceRecord>('rateLimits')
const _ = db.command

/** The counter of `action` for `openid` in the window holding `at`, and when that window ends. */
export function allowanceCounter(action: AllowanceName, openid: string, at: Date) {
  const windowMs = ALLOWANCES[action].windowSeconds * 1000
  const windowStart = Math.floor(at.getTime() / windowMs) * windowMs
  const key = `${action}__${openid}`
  return { _id: `${key}__${windowStart}`, key, expiresAt: new Date(windowStart + windowMs) }
}

// Counters this instance has made or met, until their window ends. Most calls are a person's
// first of a window: trying to create the counter first makes those one round trip, not two.
const known = new Map<string, number>()

function remember(_id: string, expiresAt: Date): void {
  if (known.size >= 10_000) {
    const time = Date.now()
    for (const [id, end] of known) if (end <= time) known.delete(id)
    if (known.size >= 10_000) known.clear()
  }
  known.set(_id, expiresAt.getTime())
}

async function create(counter: ReturnType<typeof allowanceCounter>): Promise<boolean> {
  try {
    await counters().add({ data: { ...counter, count: 1 } })
    return true
  } catch (error) {
    if (isDuplicateKeyError(error)) return false
    throw error
  }
}

async function raise(_id: string, limit: number): Promise<boolean> {
  const { stats } = await counters()
    .where({ _id, count: _.lt(limit) })
    .update({ data: { count: _.inc(1) } })
  return stats.updated === 1
}

/** Spends one call of `action`'s allowance for `openid`, or throws RATE_LIMITED. */
export async function spendAllowance(action: AllowanceName, openid: string): Promise<void> {
  const rule = ALLOWANCES[action]
  const counter = allowanceCounter(action, openid, now())
  const fresh = !known.has(counter._id)
  remember(counter._id, counter.expiresAt)
  if (fresh && (await create(counter))) return
  if (await raise(counter._id, rule.limit)) return
  // Made by another instance since this one last looked (or gone with its window): try once more.
  if (!fresh && (await create(counter))) return
  throw new AppError('RATE_LIMITED', exhaustedMessage(rule))
}
