// Malformed requests for one action, built from its contract's shape: the real field names with
// hostile values (some missing, some extra), and the contract's own verdict on each as the server
// will see it, after the JSON round trip.
import fc from 'fast-check'
import * as z from 'zod/mini'
import type { Effect } from './fuzzed-actions'
import {
  hostileKey,
  hostileNumber,
  hostileValue,
  MEGA_STRINGS,
  objectOf,
  toJson,
} from './hostile-values'
import type { Shape } from './schema-shape'

/** Containers nest at most this deep, besides the deliberately deep RawJson values. */
const DEPTH = 3
type ObjectShape = Extract<Shape, { kind: 'object' }>

function nearMisses(values: unknown[]): unknown[] {
  return values.flatMap((value) =>
    typeof value === 'string' ? [value.toUpperCase(), ` ${value}`, `${value}\u0000`, [value]] : [],
  )
}

/** A value of roughly the declared kind, hostile in content; now and then anything at all. */
function valueFor(
  shape: Shape,
  strings: fc.Arbitrary<unknown>,
  depth: number,
): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: nearValue(shape, strings, depth) },
    { weight: 1, arbitrary: hostileValue(strings, Math.min(depth, 1)) },
  )
}

function nearValue(
  shape: Shape,
  strings: fc.Arbitrary<unknown>,
  depth: number,
): fc.Arbitrary<unknown> {
  switch (shape.kind) {
    case 'string':
      return strings
    case 'number':
      // Small counts, in range and out (attendees, offsets), or anything numeric.
      return fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: -2, max: 30 }) },
        { weight: 2, arbitrary: hostileNumber },
      )
    case 'boolean':
      return fc.constantFrom<unknown>(true, false, 'true', 0, 1)
    case 'choice': {
      const misses = nearMisses(shape.values)
      return misses.length > 0
        ? fc.oneof(fc.constantFrom(...shape.values), fc.constantFrom(...misses))
        : fc.constantFrom(...shape.values)
    }
    case 'object':
      return depth > 0 ? objectFor(shape, strings, depth - 1) : hostileValue(strings, 0)
    case 'union':
      return fc.oneof(...shape.options.map((option) => nearValue(option, strings, depth)))
    case 'list': {
      if (depth <= 0) return fc.constant([])
      const item = valueFor(shape.item, strings, depth - 1)
      // Past every contract's longest list (20) now and then: one item, repeated.
      return fc.oneof(
        { weight: 5, arbitrary: fc.array(item, { maxLength: 3 }) },
        { weight: 1, arbitrary: item.map((value) => Array.from({ length: 21 }, () => value)) },
      )
    }
    case 'record': {
      if (depth <= 0) return fc.constant({})
      const key = fc.oneof(hostileKey, fc.string({ maxLength: 70 }))
      return fc
        .array(fc.tuple(key, valueFor(shape.value, strings, depth - 1)), { maxLength: 4 })
        .map(objectOf)
    }
    case 'unknown':
      return hostileValue(strings, Math.min(depth, 1))
  }
}

/**
 * The declared fields, required ones nearly always and optional ones half the time, and now and
 * then keys nobody declared (always some, for an object that declares none).
 */
export function objectFor(
  shape: ObjectShape,
  strings: fc.Arbitrary<unknown>,
  depth: number,
): fc.Arbitrary<Record<string, unknown>> {
  const declared = Object.entries(shape.fields).map(([name, field]) =>
    fc.option(
      valueFor(field, strings, depth).map((value) => [name, value] as const),
      { nil: undefined, freq: shape.optional.includes(name) ? 2 : 10 },
    ),
  )
  const undeclared = fc.array(fc.tuple(hostileKey, hostileValue(strings, 1)), {
    minLength: 1,
    maxLength: 2,
  })
  const extra = fc.oneof(
    { weight: declared.length > 0 ? 3 : 1, arbitrary: fc.constant([]) },
    { weight: declared.length > 0 ? 1 : 9, arbitrary: undeclared },
  )
  return fc
    .tuple(fc.tuple(...declared), extra)
    .map(([present, more]) =>
      objectOf([
        ...present.filter((entry): entry is readonly [string, unknown] => entry !== undefined),
        ...more,
      ]),
    )
}

/** The object shapes a request may take: its own, or each option of a union. */
function objectOptions(shape: Shape): ObjectShape[] {
  return (shape.kind === 'union' ? shape.options : [shape]).filter(
    (option): option is ObjectShape => option.kind === 'object',
  )
}

/** Every top-level field a request may have. */
export function fieldNames(shape: Shape): string[] {
  return [...new Set(objectOptions(shape).flatMap((option) => Object.keys(option.fields)))]
}

/** `action` comes last, so no generated key can replace it. */
const withAction = (params: Record<string, unknown>, action: string) =>
  objectOf([...Object.entries(params).filter(([key]) => key !== 'action'), ['action', action]])

/** A request for `action`; one in a thousand carries a 1 MB string (see megaRequest). */
export function requestFor(
  action: string,
  shape: Shape,
  strings: fc.Arbitrary<unknown>,
): fc.Arbitrary<Record<string, unknown>> {
  const bodies = fc.oneof(
    ...objectOptions(shape).map((option) => objectFor(option, strings, DEPTH)),
  )
  const huge = fc
    .tuple(bodies, fc.constantFrom(...fieldNames(shape), 'q'), fc.constantFrom(...MEGA_STRINGS))
    .map(([params, name, text]) => objectOf([...Object.entries(params), [name, text]]))
  return fc
    .oneof({ weight: 999, arbitrary: bodies }, { weight: 1, arbitrary: huge })
    .map((params) => withAction(params, action))
}

/**
 * A request for `action` with a 1 MB string in one field (`variant` picks which string and which
 * field), so that every action gets one, whatever the random draws: each costs milliseconds.
 */
export function megaRequest(
  action: string,
  shape: Shape,
  variant: number,
): Record<string, unknown> {
  const names = [...fieldNames(shape), 'q']
  const text = MEGA_STRINGS[variant % MEGA_STRINGS.length]
  return withAction(objectOf([[names[variant % names.length], text]]), action)
}

export interface ContractVerdict {
  /** The JSON text sent. */
  body: string
  /** The contract accepts the request as the function will receive it. */
  accepted: boolean
  /** The parsed request, when accepted. */
  parsed?: Record<string, unknown>
}

/** What the contract makes of a request, judged on the JSON the function will parse. */
export function contractVerdict(schema: z.ZodMiniType, request: unknown): ContractVerdict {
  const body = toJson(request)
  // The function drops `action` and WeChat's `userInfo` before validating (define-function.ts).
  const {
    action: _action,
    userInfo: _userInfo,
    ...params
  } = JSON.parse(body) as Record<string, unknown>
  const result = z.safeParse(schema, params)
  return result.success
    ? { body, accepted: true, parsed: result.data as Record<string, unknown> }
    : { body, accepted: false }
}

/** contractVerdict, once per request: the filter and the property both need it. */
export function verdictsOf(schema: z.ZodMiniType) {
  const cache = new WeakMap<object, ContractVerdict>()
  return (request: Record<string, unknown>): ContractVerdict => {
    let verdict = cache.get(request)
    if (!verdict) cache.set(request, (verdict = contractVerdict(schema, request)))
    return verdict
  }
}

/**
 * Whether the suite may send this request without it legitimately changing data: the contract
 * refuses it, the action only reads, or it names (by a string that is no existing identifier)
 * something that does not exist.
 */
export function cannotChangeData(
  effect: Effect,
  verdict: ContractVerdict,
  known: ReadonlySet<string>,
): boolean {
  if (!verdict.accepted || !effect.writes) return true
  return effect.names.some((name) => {
    const value = verdict.parsed?.[name]
    return typeof value === 'string' && !known.has(value) && !known.has(value.trim())
  })
}
