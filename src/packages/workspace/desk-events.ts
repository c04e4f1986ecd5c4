// The events a desk can work on. Until the organisers' own event list exists this reads the public
// calendar (published events only) and filters it by role for display; the attendance function
// checks the role again on every call.
import type { CloudResult } from '@/contracts'
import type { EventView } from '@/domain/event'
import { callCloud } from '@/services/cloud'
import { EVENTS_PAGE_LIMIT } from '@/domain/request-limits'

/** A week has a few dozen events: this many pages is far more than enough, and never endless. */
const MAX_PAGES = 20

/** Every published event that takes registrations (only those have tickets to check). */
export async function eventsTakingRegistrations(): Promise<CloudResult<EventView[]>> {
  const found: EventView[] = []
  let offset = 0
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await callCloud('events', 'list', { limit: EVENTS_PAGE_LIMIT, offset })
    if (!result.ok) return result
    const { items, hasMore } = result.data
    found.push(...items.filter((event) => event.registration))
    if (!hasMore || items.length === 0) break
    offset += items.length
  }
  return { ok: true, data: found }
}
