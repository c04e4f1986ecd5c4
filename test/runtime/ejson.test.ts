// The direct decoder of canonical EJSON gives bson's answer (value or error) whenever it answers.
import { EJSON } from 'bson'
import { UNUSUAL, decodeCanonical } from '../../local/tcb/canonical-ejson'
import { decodeWithBson } from '../../local/tcb/ejson'

const NOW = 1_745_000_000_000

type Outcome = { value: unknown } | { error: string } | typeof UNUSUAL

function outcome(decode: () => unknown): Outcome {
  try {
    const value = decode()
    return value === UNUSUAL ? UNUSUAL : { value }
  } catch (e) {
    return { error: (e as Error).message }
  }
}

function expectSameAnswer(text: string): 'direct' | 'bson' {
  const direct = outcome(() => decodeCanonical(text, NOW))
  if (direct === UNUSUAL) return 'bson'
  expect({ text, ...direct }).toStrictEqual({
    text,
    ...(outcome(() => decodeWithBson(text, 'x', NOW)) as object),
  })
  return 'direct'
}

test('agrees with bson on edge cases, or leaves them to it', () => {
  const cases: [string, 'direct' | 'bson'][] = [
    ['{"a":-0}', 'direct'],
    ['{"a":1.5,"b":2147483648,"c":-2147483649}', 'direct'],
    ['{"a":9007199254740993}', 'bson'],
    ['{"a":1e300}', 'bson'],
    ['{"a":{"$numberInt":"7"},"b":{"$numberInt":"1.5"},"c":{"$numberInt":"x"}}', 'direct'],
    ['{"a":{"$numberInt":7}}', 'bson'],
    ['{"a":{"$numberDouble":"-0.0"},"b":{"$numberDouble":"2.5"}}', 'direct'],
    ['{"a":{"$numberDouble":"NaN"}}', 'direct'],
    ['{"a":{"$numberDouble":"Infinity"}}', 'direct'],
    ['{"a":{"$numberLong":"-0"},"b":{"$numberLong":"123456789012345"}}', 'direct'],
    ['{"a":{"$numberLong":"9007199254740993"}}', 'bson'],
    ['{"a":{"$date":{"$numberLong":"1745000000123"}}}', 'direct'],
    ['{"a":{"$date":"2025-04-23T01:00:00Z"}}', 'bson'],
    ['{"a":{"$date":{"$numberLong":"1","x":1}}}', 'bson'],
    ['{"a":{"$regularExpression":{"pattern":"a","options":"i"}}}', 'bson'],
    ['{"a":{"$regex":"a","$options":"i"}}', 'bson'],
    ['{"a":{"$undefined":true}}', 'bson'],
    ['{"a":{"$ref":"c","$id":"1"}}', 'bson'],
    ['{"a\\u0000b":1}', 'bson'],
    ['{"__proto__":{"x":1},"y":[1,{"z":null}]}', 'direct'],
    ['{"a":{"$tcb_server_date":{"offset":{"$numberInt":"60000"}}}}', 'direct'],
    ['{"a":{"$tcb_server_date":{"offset":"soon"}}}', 'direct'],
    ['{"a":{"$tcb_server_date":null}}', 'direct'],
    ['{"a":{"$tcb_server_date":{"offset":{"$numberInt":"1"}},"b":1}}', 'direct'],
    ['{"$and":[{"n":{"$gt":{"$numberInt":"0"}}}],"$inc":{"k":{"$numberLong":"5"}}}', 'direct'],
    ['[{"$numberInt":"1"},"x",true,null]', 'direct'],
    ['not json', 'bson'],
  ]
  for (const [text, path] of cases) expect([text, expectSameAnswer(text)]).toEqual([text, path])
})

test('agrees with bson on documents as the SDK encodes them', () => {
  const values: unknown[] = [
    0,
    -7,
    2 ** 31,
    2 ** 40 + 1,
    0.1,
    -0,
    '',
    '文字',
    true,
    null,
    new Date(0),
    new Date(NOW),
    [],
    {},
    { $gt: 1 },
  ]
  let seed = 7
  const pick = () => values[(seed = (seed * 48271) % 2147483647) % values.length]
  const build = (depth: number): unknown => {
    if (depth === 0) return pick()
    const shape = seed % 3
    seed = (seed * 48271) % 2147483647
    if (shape === 0) return [build(depth - 1), build(depth - 1)]
    if (shape === 1) return { a: build(depth - 1), $in: [pick(), build(depth - 1)] }
    return pick()
  }
  for (let i = 0; i < 500; i++) {
    const text = EJSON.stringify({ doc: build(3) } as never, { relaxed: false })
    expect(expectSameAnswer(text)).toBe('direct')
  }
})
