// The hostile values a bad client can put in a request: wrong types, markup and script, emoji and
// right-to-left text, MongoDB operators where values belong, `__proto__` and `constructor` keys,
// negative and fractional counts, dates out of range, 1 MB strings and deep nesting.
import fc from 'fast-check'

/** JSON text sent as it is: values too big or too deep to build (or print) as objects. */
export class RawJson {
  constructor(
    readonly text: string,
    private readonly label: string,
  ) {}

  /** How fast-check prints it in a counterexample, instead of a megabyte. */
  [fc.toStringMethod](): string {
    return this.label
  }
}

/** JSON text of a generated value; RawJson is inlined, own `__proto__` keys are kept. */
export function toJson(value: unknown): string {
  if (value instanceof RawJson) return value.text
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    const members = Object.keys(record).map(
      (key) => `${JSON.stringify(key)}:${toJson(record[key])}`,
    )
    return `{${members.join(',')}}`
  }
  // NaN and ±Infinity become null, as JSON.stringify makes them.
  return JSON.stringify(value) ?? 'null'
}

/** An object with exactly these own keys: `__proto__` is a key here, not the prototype. */
export function objectOf(
  entries: readonly (readonly [string, unknown])[],
): Record<string, unknown> {
  const object: Record<string, unknown> = {}
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return object
}

const MARKUP = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '</textarea><svg onload=alert(1)>',
  "javascript:alert('x')",
  '{{constructor.constructor("return process")()}}',
  '${process.exit(1)}',
  '=HYPERLINK("http://evil.example","x")',
]
const OPERATOR_TEXT = [
  '$where',
  '$gt',
  '$ne',
  '{"$gt": ""}',
  '{"$where": "sleep(5000)"}',
  '.*',
  '(a+)+$',
  '\\',
  "'; db.dropDatabase(); '",
]
const KEY_TEXT = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString']
const SCRIPTS = [
  '😀',
  '👨‍👩‍👧‍👦🇨🇳',
  '\u202Eevil\u202C',
  'مرحبا بالعالم',
  'שלום עולם',
  '\u200B\u200D\uFEFF',
  'Z̷̢͉a̸͇l̵g̶o̴',
  '\u0000',
  '\uD800',
  '\r\n',
  '   ',
  '',
]
const PATHS = ['../../etc/passwd', 'a/b', 'a.b', 'cloud://', 'cloud://../../x', 'http://127.0.0.1/']
const DATES = [
  '0000-00-00',
  '2025-02-30',
  '2025-13-01',
  '-000001-01-01',
  '+275760-09-13T00:00:00.001Z',
  '9999-12-31T23:59:59.999Z',
  '2025-04-23T25:61:00Z',
  '1969-12-31T23:59:59Z',
  '2025-04-31 09:30',
  '24:00',
  '09:60',
  '-1:00',
]
const FIXED_STRINGS = [...MARKUP, ...OPERATOR_TEXT, ...KEY_TEXT, ...SCRIPTS, ...PATHS, ...DATES]

const MEGABYTE = 1024 * 1024
/** 1 MB strings, made once: generating them character by character would take seconds. */
export const MEGA_STRINGS: readonly RawJson[] = [
  new RawJson(JSON.stringify('A'.repeat(MEGABYTE)), '<1 MB of A>'),
  new RawJson(JSON.stringify('😀'.repeat(MEGABYTE / 4)), '<1 MB of emoji>'),
  new RawJson(JSON.stringify('<script>'.repeat(MEGABYTE / 8)), '<1 MB of <script>>'),
]

/** Strings just inside and outside the length limits contracts set (20, 60, 200, 5000 …). */
const boundaryLength = fc
  .tuple(
    fc.constantFrom(1, 2, 6, 10, 11, 12, 18, 20, 30, 32, 40, 50, 60, 64, 100, 128, 200, 300, 5000),
    fc.constantFrom(-1, 0, 1),
    fc.constantFrom('字', 'a', '😀', ' '),
  )
  .map(([limit, offset, unit]) => unit.repeat(Math.max(0, limit + offset)))

/**
 * Any hostile string (but 1 MB ones: requestFor puts those in now and then). `known` adds real
 * identifiers (event ids, unit ids …) so that some requests name things that exist and get past
 * the first lookup.
 */
export function hostileString(known: readonly string[] = []): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...FIXED_STRINGS) },
    { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 2, arbitrary: boundaryLength },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...FIXED_STRINGS), fc.string({ maxLength: 8 }))
        .map(([a, b]) => a + b),
    },
    ...(known.length > 0 ? [{ weight: 2, arbitrary: fc.constantFrom(...known) }] : []),
  )
}

/** Negative, fractional, huge, non-finite (sent as null) and borderline numbers. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(-1, -0, 0, 0.5, -0.5, 1.5, 2.000001, 1e21, -1e21, 2 ** 53 + 2, 1e-7),
  fc.constantFrom(Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity),
  fc.integer({ min: -1000, max: 1_000_000 }),
  fc.double(),
)

/** MongoDB query and update operators, and EJSON type wrappers, where a value belongs. */
export const operatorObject: fc.Arbitrary<Record<string, unknown>> = fc.constantFrom(
  { $gt: '' },
  { $ne: null },
  { $where: 'sleep(5000) || true' },
  { $regex: '.*', $options: 'i' },
  { $in: ['', null] },
  { $exists: true },
  { $nin: [] },
  { $expr: { $eq: [1, 1] } },
  { $set: { status: 'published' } },
  { $inc: { seatsTaken: -100 } },
  { $date: '2025-04-23T00:00:00Z' },
  { $date: { $numberLong: '-99999999999999' } },
  { $oid: '000000000000000000000000' },
  { $numberLong: '9223372036854775807' },
)

/** Prototype pollution attempts: own `__proto__`, `constructor` and `prototype` keys. */
export const pollutingObject: fc.Arbitrary<Record<string, unknown>> = fc.constantFrom(
  objectOf([['__proto__', { isAdmin: true, role: { kind: 'office-admin' } }]]),
  objectOf([['constructor', { prototype: { polluted: 'yes' } }]]),
  objectOf([['prototype', { polluted: 'yes' }]]),
  objectOf([
    ['__proto__', null],
    ['toString', 'x'],
  ]),
)

/**
 * Nested arrays and objects: as values up to 60 deep; as raw text 99 deep (just within what the
 * gateway takes), and 200 and 5,000 deep (beyond it, and beyond what IPC can carry).
 */
export const deepNesting: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .integer({ min: 10, max: 60 })
    .map((depth) => Array.from({ length: depth }).reduce<unknown>((inner) => ({ a: inner }), 1)),
  fc.constantFrom(
    ...[99, 200, 5_000].map(
      (depth) => new RawJson(`${'['.repeat(depth)}${']'.repeat(depth)}`, `<arrays ${depth} deep>`),
    ),
    ...[99, 5_000].map(
      (depth) =>
        new RawJson(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`, `<objects ${depth} deep>`),
    ),
  ),
)

/** Keys a client should never get to choose. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '$where',
    '$gt',
    '$set',
    '_id',
    'openid',
    'userInfo',
    'a.b',
    '',
    ' ',
    '😀',
    '\u202E',
  ),
  fc.string({ maxLength: 12 }),
)

/** A hostile value of any type; `depth` bounds the nesting of generated containers. */
export function hostileValue(strings: fc.Arbitrary<unknown>, depth: number): fc.Arbitrary<unknown> {
  const leaves = [
    { weight: 8, arbitrary: strings },
    { weight: 6, arbitrary: hostileNumber },
    { weight: 2, arbitrary: fc.constantFrom<unknown>(true, false, null) },
    { weight: 6, arbitrary: operatorObject },
    { weight: 4, arbitrary: pollutingObject },
    { weight: 1, arbitrary: deepNesting },
  ]
  if (depth <= 0) return fc.oneof(...leaves)
  const inner = hostileValue(strings, depth - 1)
  return fc.oneof(
    ...leaves,
    { weight: 1, arbitrary: fc.array(inner, { maxLength: 4 }) },
    {
      weight: 1,
      arbitrary: fc.array(fc.tuple(hostileKey, inner), { maxLength: 3 }).map(objectOf),
    },
  )
}
