import { EJSON, Long } from 'bson'
import { UNUSUAL, decodeCanonical } from './canonical-ejson'
import { TcbError, invalidParam, unsupported } from './errors'
import { type Value, finite, serverDate } from './values'

export { type Doc, type Value, isPlainObject } from './values'

/**
 * Decodes a canonical EJSON string sent by the SDK into plain JS values. `{ $tcb_server_date: { offset } }`
 * (db.serverDate()) becomes a real Date, as the cloud resolves it on the server.
 */
export function decodeEjson(text: unknown, field: string, now = Date.now()): Value {
  if (typeof text !== 'string') throw invalidParam(`${field} must be an EJSON string`)
  const canonical = decodeCanonical(text, now)
  return canonical === UNUSUAL ? decodeWithBson(text, field, now) : canonical
}

/**
 * Any EJSON, through bson. Canonical parsing keeps the Int32/Double/Long wrappers so we convert them
 * ourselves: relaxed parsing would silently round a Long beyond 2^53.
 */
export function decodeWithBson(text: string, field: string, now: number): Value {
  let parsed: unknown
  try {
    parsed = EJSON.parse(text, { relaxed: false })
  } catch (e) {
    throw invalidParam(`${field} is not valid EJSON: ${(e as Error).message}`)
  }
  return toNative(parsed, now)
}

/** Canonical EJSON keeps Dates and number types exact for the SDK's EJSON.parse. */
export function encodeEjson(value: Value): string {
  return EJSON.stringify(value, { relaxed: false })
}

function toNative(v: unknown, now: number): Value {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v
  if (typeof v === 'number') return finite(v)
  if (v instanceof Date) return v
  if (Array.isArray(v)) return v.map((item) => toNative(item, now))
  if (typeof v !== 'object') throw invalidParam(`cannot decode a value of type ${typeof v}`)
  const bsonType = (v as { _bsontype?: unknown })._bsontype
  if (typeof bsonType === 'string') return fromBson(bsonType, v, now)
  const entries = Object.entries(v as Record<string, unknown>)
  if (entries.length === 1 && entries[0][0] === '$tcb_server_date') {
    const { offset } = (entries[0][1] ?? {}) as { offset?: unknown }
    return serverDate({ offset: toNative(offset ?? 0, now) }, now)
  }
  return Object.fromEntries(entries.map(([key, item]) => [key, toNative(item, now)]))
}

function fromBson(bsonType: string, v: object, now: number): Value {
  switch (bsonType) {
    case 'Int32':
    case 'Double':
      return toNative((v as { value: number }).value, now)
    case 'Long': {
      const long = v as Long
      if (long.greaterThan(Number.MAX_SAFE_INTEGER) || long.lessThan(Number.MIN_SAFE_INTEGER)) {
        throw unsupported(`integer ${long.toString()} beyond 2^53 (stored as a JS number locally)`)
      }
      return long.toNumber()
    }
    case 'BSONRegExp': {
      const { pattern, options } = v as { pattern: string; options: string }
      return toRegExp(pattern, options)
    }
    default:
      throw unsupported(`BSON type ${bsonType}`)
  }
}

// MongoDB regex options i, m, s, u map onto JS flags; x (extended) has no JS equivalent.
function toRegExp(pattern: string, options: string): RegExp {
  for (const flag of options) {
    if (flag === 'x') throw unsupported('regex option x')
    if (!'imsu'.includes(flag)) {
      throw new TcbError('DATABASE_REQUEST_FAILED', `invalid flag in regex options: ${flag}`)
    }
  }
  return new RegExp(pattern, options)
}
