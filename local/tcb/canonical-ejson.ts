// The forms of canonical EJSON the SDK sends with nearly every request (numbers, dates, plain
// objects and arrays, db.serverDate()), decoded straight from JSON.parse: several times cheaper
// than bson's EJSON.parse followed by unwrapping its Int32/Double/Long values. Anything else is
// UNUSUAL and goes through bson (ejson.ts), so the answers are bson's own; test/runtime/ejson.test.ts
// compares the two.
import { type Value, finite, serverDate } from './values'

export const UNUSUAL = Symbol('unusual EJSON')

// Keys bson gives a meaning (its codecs, and the forms it checks for besides).
const BSON_KEYS = new Set([
  '$oid',
  '$binary',
  '$uuid',
  '$symbol',
  '$numberInt',
  '$numberDecimal',
  '$numberDouble',
  '$numberLong',
  '$minKey',
  '$maxKey',
  '$regex',
  '$regularExpression',
  '$timestamp',
  '$undefined',
  '$date',
  '$code',
  '$scope',
  '$ref',
  '$id',
  '$db',
  '$dbPointer',
])

// Fifteen digits are always below 2^53, so the number is exact.
const SAFE_INTEGER = /^-?\d{1,15}$/

export function decodeCanonical(text: string, now: number): Value | typeof UNUSUAL {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return UNUSUAL
  }
  return decode(parsed, now)
}

function decode(value: unknown, now: number): Value | typeof UNUSUAL {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') {
    // bson reads a bare integer as an Int32 (which turns -0 into 0) or a Long.
    if (!Number.isInteger(value)) return value
    return Number.isSafeInteger(value) ? value + 0 : UNUSUAL
  }
  if (Array.isArray(value)) {
    const items: Value[] = []
    for (const item of value) {
      const decoded = decode(item, now)
      if (decoded === UNUSUAL) return UNUSUAL
      items.push(decoded)
    }
    return items
  }
  return typeof value === 'object' ? decodeObject(value as Record<string, unknown>, now) : UNUSUAL
}

function decodeObject(object: Record<string, unknown>, now: number): Value | typeof UNUSUAL {
  const keys = Object.keys(object)
  if (keys.length === 1) {
    const inner = object[keys[0]]
    switch (keys[0]) {
      case '$numberInt':
        if (typeof inner === 'string') return +inner | 0
        break
      case '$numberDouble':
        if (typeof inner === 'string') return finite(parseFloat(inner))
        break
      case '$numberLong':
        if (typeof inner === 'string' && SAFE_INTEGER.test(inner)) return Number(inner) + 0
        break
      case '$date': {
        const millis = (inner as { $numberLong?: unknown } | null)?.$numberLong
        if (
          typeof millis === 'string' &&
          SAFE_INTEGER.test(millis) &&
          Object.keys(inner as object).length === 1
        ) {
          return new Date(Number(millis))
        }
        break
      }
    }
  }
  const entries: [string, Value][] = []
  for (const key of keys) {
    if (BSON_KEYS.has(key) || key.includes('\x00')) return UNUSUAL
    const decoded = decode(object[key], now)
    if (decoded === UNUSUAL) return UNUSUAL
    entries.push([key, decoded])
  }
  if (entries.length === 1 && entries[0][0] === '$tcb_server_date') {
    return serverDate(entries[0][1], now)
  }
  return Object.fromEntries(entries)
}
