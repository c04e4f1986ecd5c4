import { db } from '../cloud'
import type { CollectionName } from '../collections'
import type { Filter } from '../database-types'

export const BATCH_SIZE = 100

/**
 * Every document matching `where` (which must not constrain `_id`), in batches in `_id` order.
 * Paged by the last `_id` seen rather than by offset, so handling a batch may update or remove
 * its documents without making the next batch skip any.
 */
export async function* batches<T extends { _id: string }>(
  collection: CollectionName,
  where: Filter,
  fields?: Record<string, boolean>,
): AsyncGenerator<T[]> {
  const _ = db.command
  let after: string | undefined
  for (;;) {
    let query = db
      .collection<T>(collection)
      .where(after === undefined ? where : { ...where, _id: _.gt(after) })
    if (fields) query = query.field(fields)
    const { data } = await query.orderBy('_id', 'asc').limit(BATCH_SIZE).get()
    if (data.length > 0) yield data
    if (data.length < BATCH_SIZE) return
    after = data[data.length - 1]._id
  }
}

/** `items` in chunks of BATCH_SIZE: the most ids one `_.in` query is given. */
export function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = []
  for (let i = 0; i < items.length; i += BATCH_SIZE) result.push(items.slice(i, i + BATCH_SIZE))
  return result
}
