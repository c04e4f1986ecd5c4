// What a query pins to a single value, so that an index can find the only documents it can match
// (the cloud answers such queries from its indexes too): a scan per call would make every call
// slower as a collection grows. A document matching the query holds the pinned value in that
// field, or in an array there; so does every document of a condition of its top-level $and.
import { type Doc, type Value, isPlainObject } from '../ejson'
import type { DocId } from './documents'

/** A value an index can look up with the same equality the query uses. */
export type IndexKey = string | number | boolean

/** The _id the query pins (`{ _id: x }` or `{ _id: { $eq: x } }`, at the top or in an $and). */
export function pinnedId(query: Doc): DocId | undefined {
  const id = pinnedValues(query).find(([field]) => field === '_id')?.[1]
  return typeof id === 'string' || typeof id === 'number' ? id : undefined
}

/**
 * Every [field, value] the query pins, for top-level fields only: dotted paths reach into arrays
 * of documents, where an index and the query could disagree. Null is never pinned: it matches a
 * missing field too.
 */
export function pinnedValues(query: Doc): [string, IndexKey][] {
  const found: [string, IndexKey][] = []
  for (const [field, condition] of Object.entries(query)) {
    if (field === '$and' && Array.isArray(condition)) {
      for (const clause of condition) if (isPlainObject(clause)) found.push(...pinnedValues(clause))
      continue
    }
    // Names an index cannot take: dotted, comma-joined (a compound index) or Object's own.
    if (field.startsWith('$') || /[.,]/.test(field) || field in Object.prototype) continue
    const value = equalTo(condition)
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      found.push([field, value])
    }
  }
  return found
}

function equalTo(condition: Value): Value | undefined {
  if (!isPlainObject(condition)) return condition
  const keys = Object.keys(condition)
  return keys.length === 1 && keys[0] === '$eq' ? condition.$eq : undefined
}
