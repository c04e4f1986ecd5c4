import type { Doc } from '../ejson'
import { TcbError } from '../errors'
import type { DocId } from './documents'
import type { Matcher } from './engine'

export type ReplaceOutcome = 'inserted' | 'updated' | 'unchanged'

/** Returns the changed copy of a document, or undefined when nothing changes. */
export type Modifier = (doc: Doc) => Doc | undefined

/** A decoded query and its compiled test: the query tells which documents are worth testing. */
export interface Filter {
  query: Doc
  matches: Matcher
}

/**
 * What a database action needs from where it runs: the store itself (each write atomic on its own)
 * or an open transaction (reads see its own buffered writes, which are applied at commit).
 */
export interface Session {
  /**
   * The documents that may match `query` (all, or those an index gives for a value it pins), in
   * _id order unless `anyOrder` says the caller does not care.
   */
  docs(collection: string, query?: Doc, anyOrder?: boolean): Doc[]
  insert(collection: string, docs: Doc[]): Promise<void>
  /** Returns how many documents actually changed. */
  update(collection: string, filter: Filter, multi: boolean, modify: Modifier): Promise<number>
  replace(collection: string, id: DocId, doc: Doc): Promise<ReplaceOutcome>
  remove(collection: string, filter: Filter, multi: boolean): Promise<number>
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
