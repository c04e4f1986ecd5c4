import type { Doc } from '../ejson'
import { TcbError } from '../errors'
import type { DocId } from './documents'
import type { Matcher } from './engine'

export type ReplaceOutcome = 'inserted' | 'updated' | 'unchanged'

/** Returns the changed copy of a document, or undefined when nothing changes. */
export type Modifier = (doc: Doc) => Doc | undefined

/**
 * What a database action needs from where it runs: the store itself (each write atomic on its own)
 * or an open transaction (reads see its own buffered writes, which are applied at commit).
 */
export interface Session {
  /** Every document, or only the one with `only` as its _id (found by the _id index). */
  docs(collection: string, only?: DocId): Doc[]
  insert(collection: string, docs: Doc[]): Promise<void>
  /** Returns how many documents actually changed. */
  update(
    collection: string,
    matches: Matcher,
    multi: boolean,
    modify: Modifier,
    only?: DocId,
  ): Promise<number>
  replace(collection: string, id: DocId, doc: Doc): Promise<ReplaceOutcome>
  remove(collection: string, matches: Matcher, multi: boolean, only?: DocId): Promise<number>
}

/**
 * The _id a query pins (`{ _id: x, … }` or `{ _id: { $eq: x }, … }`), so only that document need
 * be looked at: the cloud finds it by its index too, and a scan per call would make every call
 * slower as a collection grows.
 */
export function pinnedId(query: Doc): DocId | undefined {
  const value = query._id
  const pinned =
    typeof value === 'object' && value !== null && Object.keys(value).length === 1
      ? (value as Doc).$eq
      : value
  return typeof pinned === 'string' || typeof pinned === 'number' ? pinned : undefined
}

export function selectMatching(docs: Doc[], matches: Matcher, multi: boolean): Doc[] {
  if (multi) return docs.filter(matches)
  const first = docs.find(matches)
  return first ? [first] : []
}

/** Worded like the cloud's MongoDB error so product code can recognise a duplicate (E11000 + the _id). */
export function duplicateKey(collection: string, id: DocId): TcbError {
  return new TcbError(
    'DATABASE_REQUEST_FAILED',
    `[FailedOperation.Insert] bulk write error: E11000 duplicate key error collection: local.${collection} index: _id_ dup key: { _id: ${JSON.stringify(id)} }`,
  )
}
