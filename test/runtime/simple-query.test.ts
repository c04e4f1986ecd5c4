// The direct test for simple queries gives mingo's answer on every document, and leaves
// everything else to mingo.
import { Query } from 'mingo'
import type { Doc, Value } from '../../local/tcb/ejson'
import { compileSimpleQuery } from '../../local/tcb/database/simple-query'

// A fixed-seed generator (mulberry32), so a failure can be reproduced.
function generator(seed: number) {
  let state = seed
  const next = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
  return <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]
}

const OPERANDS: Value[] = ['a', 'b', '', 0, -1, 1, 1.5, true, false, new Date(1000), new Date(2000)]
const STORED: (Value | undefined)[] = [
  ...OPERANDS,
  undefined,
  null,
  [],
  ['a', 1],
  ['b', new Date(1000), false],
  [[1], 'a'],
  { x: 1 },
  new Date(1500),
]
const FIELDS = ['f', 'g']
const OPERATORS = ['$eq', '$lt', '$lte', '$gt', '$gte']

function randomQuery(pick: ReturnType<typeof generator>, depth: number): Doc {
  const query: Doc = {}
  for (const field of FIELDS) {
    const shape = pick(['skip', 'literal', 'operators'])
    if (shape === 'literal') query[field] = pick(OPERANDS)
    if (shape === 'operators') {
      const condition: Doc = { [pick(OPERATORS)]: pick(OPERANDS) }
      condition[pick(OPERATORS)] = pick(OPERANDS)
      query[field] = condition
    }
  }
  if (depth > 0 && pick([true, false])) {
    const clauses = Array.from({ length: pick([1, 2, 3]) }, () => randomQuery(pick, depth - 1))
    query[pick(['$and', '$or'])] = clauses
  }
  return query
}

function randomDoc(pick: ReturnType<typeof generator>, id: number): Doc {
  const doc: Doc = { _id: `d${id}` }
  for (const field of FIELDS) {
    const value = pick(STORED)
    if (value !== undefined) doc[field] = value
  }
  return doc
}

test('answers exactly as mingo on simple queries', () => {
  const pick = generator(20250423)
  const docs = Array.from({ length: 200 }, (_, i) => randomDoc(pick, i))
  let compared = 0
  for (let q = 0; q < 400; q++) {
    const query = randomQuery(pick, 2)
    const simple = compileSimpleQuery(query)
    expect(simple).toBeDefined()
    const mingo = new Query(query)
    for (const doc of docs) {
      const expected = mingo.test(doc)
      if (simple!(doc) !== expected) {
        throw new Error(
          `${JSON.stringify(query)} on ${JSON.stringify(doc)}: mingo says ${expected}`,
        )
      }
      compared++
    }
  }
  expect(compared).toBe(80_000)
})

test('leaves every other query to mingo', () => {
  const others: Doc[] = [
    { 'a.b': 1 },
    { f: { $in: [1, 2] } },
    { f: { $ne: 1 } },
    { f: { $exists: true } },
    { f: null },
    { f: /a/ },
    { f: { x: 1 } },
    { f: {} },
    { f: { toString: 1 } },
    { f: [1] },
    { f: { $lt: null } },
    { $nor: [{ f: 1 }] },
    { $or: [{ f: 1 }, { f: { $size: 1 } }] },
    // Own key, as a decoded request has it (a literal would set the prototype instead).
    JSON.parse('{"__proto__": 1}') as Doc,
  ]
  for (const query of others) expect(compileSimpleQuery(query)).toBeUndefined()
})
