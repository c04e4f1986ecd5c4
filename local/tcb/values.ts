// The values documents and queries are made of once decoded, and the checks every decoder applies.
import { invalidParam, unsupported } from './errors'

/** RegExp only ever appears in queries. */
export type Value =
  null | boolean | number | string | Date | RegExp | Value[] | { [key: string]: Value }
export type Doc = { [key: string]: Value }

export function isPlainObject(v: unknown): v is { [key: string]: Value } {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof Date) &&
    !(v instanceof RegExp)
  )
}

// NeDB persists documents as JSON, which would silently turn NaN/Infinity into null.
export function finite(n: number): number {
  if (!Number.isFinite(n)) throw unsupported(`number ${n} (cannot be persisted by the local store)`)
  return n
}

/** `{ $tcb_server_date: { offset } }` (db.serverDate()), its inside already decoded: the cloud resolves it. */
export function serverDate(inside: Value, now: number): Date {
  const offset = isPlainObject(inside) ? (inside.offset ?? 0) : 0
  if (typeof offset !== 'number') throw invalidParam('serverDate offset must be a number')
  return new Date(now + offset)
}
