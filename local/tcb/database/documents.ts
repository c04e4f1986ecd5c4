import { randomBytes } from 'node:crypto'
import { calculateObjectSize } from 'bson'
import { type Doc, type Value, isPlainObject } from '../ejson'
import { failedOperation, invalidParam, unsupported } from '../errors'

export type DocId = string | number

// @cloudbase/database's db_doc_size_limit; the cloud rejects larger documents.
export const DOC_SIZE_LIMIT = 512 * 1024

/** Ids the cloud generates look like 32 lowercase hex characters. */
export function newDocId(): string {
  return randomBytes(16).toString('hex')
}

export function docIdOf(value: Value | undefined, what = '_id'): DocId {
  if ((typeof value === 'string' && value !== '') || typeof value === 'number') return value
  throw unsupported(
    `${what} ${JSON.stringify(value)} (the local runtime supports string and number ids)`,
  )
}

export function asDocument(value: Value, what: string): Doc {
  if (!isPlainObject(value)) throw invalidParam(`${what} must be an object`)
  return value
}

/** Checked before anything is written (also inside transactions, where the write happens only at commit). */
export function assertStorable(doc: Doc): Doc {
  docIdOf(doc._id)
  assertFields(doc)
  const size = calculateObjectSize(doc)
  if (size > DOC_SIZE_LIMIT) {
    throw failedOperation(
      `document is too large: ${size} bytes (limit ${DOC_SIZE_LIMIT} bytes, 512 KB)`,
    )
  }
  return doc
}

function assertFields(value: Value): void {
  if (value instanceof RegExp) throw unsupported('regular expression values in documents')
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw unsupported(`number ${value} (cannot be persisted by the local store)`)
  }
  if (Array.isArray(value)) return value.forEach(assertFields)
  if (!isPlainObject(value)) return
  for (const [key, inner] of Object.entries(value)) {
    if (key.startsWith('$')) {
      throw failedOperation(`The dollar ($) prefixed field '${key}' is not valid for storage.`)
    }
    if (key.includes('.')) {
      throw failedOperation(`The dotted field '${key}' is not valid for storage.`)
    }
    assertFields(inner)
  }
}
