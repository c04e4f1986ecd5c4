// Registration reads its session through a short per-instance cache: thousands of registrants
// would otherwise each read the same event document. Only what cannot oversell may be judged
// from a cached copy: the seat update is conditional on the capacity and status the copy shows
// (seating.ts takeSeats), so a changed session fails it, and the registrant is then judged anew.
import type { EventRecord } from '@/domain/event'
import { db } from './cloud'

const FRESH_FOR_MS = 2000
const recent = new Map<string, { event: EventRecord; at: number }>()

/** The event as read at most FRESH_FOR_MS ago by this instance, or now. */
export async function recentEvent(id: string): Promise<EventRecord | null> {
  const hit = recent.get(id)
  if (hit && Date.now() - hit.at < FRESH_FOR_MS) return hit.event
  const { data } = await db.collection<EventRecord>('events').doc(id).get()
  if (data) recent.set(id, { event: data, at: Date.now() })
  else recent.delete(id)
  return data
}

/**
 * Drops this instance's copy once a seat update conditional on it has failed: the copy is out of
 * date, and the registrants after this one would otherwise each try for seats it still shows.
 */
export function forgetRecentEvent(id: string): void {
  recent.delete(id)
}
