// The events collection seen through the calendar's filters: one query shape shared by the
// list and by the per-day counts, so the two always agree.
import type { EventFilters } from '@/contracts/events'
import type { EventRecord } from '@/domain/event'
import { countsByDay, literalPattern, searchText, SEARCH_FIELDS } from '@/domain/event-filters'
import type { Day } from '@/domain/time'
import { db } from './cloud'
import type { Filter } from './database-types'

/**
 * Published events of one campaign that pass every filter set, restricted to `days` when given.
 * Array fields (audiences, forms, unitIds, hosts) match when any element does, as in MongoDB.
 */
export function publishedEventsWhere(
  campaignId: string,
  { audience, form, unit, q }: EventFilters,
  days?: readonly Day[],
): Filter {
  const _ = db.command
  const fields: Filter = { campaignId, status: 'published' }
  if (days) fields.day = days.length === 1 ? days[0] : _.in([...days])
  if (audience) fields.audiences = audience
  if (form) fields.forms = form
  if (unit) fields.unitIds = unit
  const text = searchText(q)
  if (!text) return fields
  const pattern = db.RegExp({ regexp: literalPattern(text), options: 'i' })
  // A logic command is what `where()` and `match()` take for a query; typed as a plain filter.
  return _.and([fields, _.or(SEARCH_FIELDS.map((field) => ({ [field]: pattern })))]) as Filter
}

/** One page in calendar order: day, then start (an event without a time first), then id. */
export async function findEventPage(where: Filter, offset: number, limit: number) {
  const query = db.collection<EventRecord>('events').where(where)
  const [{ total }, { data }] = await Promise.all([
    query.count(),
    query
      .orderBy('day', 'asc')
      .orderBy('startAt', 'asc')
      .orderBy('_id', 'asc')
      .skip(offset)
      .limit(limit)
      .get(),
  ])
  return { records: data, total }
}

/** How many matching events fall on each day of `week`, in one aggregation (≤ 7 groups). */
export async function countEventsByDay(where: Filter, week: readonly Day[]) {
  const { list } = await db
    .collection<EventRecord>('events')
    .aggregate()
    .match(where)
    .group<{ _id: Day; count: number }>({ _id: '$day', count: { $sum: 1 } })
    .end()
  return countsByDay(
    week,
    list.map((group) => ({ day: group._id, count: group.count })),
  )
}
