// A direct test for the queries functions send most: top-level fields compared with one string,
// number, boolean or date, combined with $and and $or. It gives exactly mingo's answer for them
// (test/runtime/simple-query.test.ts compares the two) at a small fraction of mingo's cost per
// document, which matters when a count looks at every document of a waiting list.
import { type Doc, type Value, isPlainObject } from '../ejson'
import type { Matcher } from './engine'

type Scalar = string | number | boolean | Date

const COMPARISONS: Record<string, (order: number) => boolean> = {
  $lt: (order) => order < 0,
  $lte: (order) => order <= 0,
  $gt: (order) => order > 0,
  $gte: (order) => order >= 0,
}

/** The test for `query`, or undefined when it uses anything else (mingo then tests it). */
export function compileSimpleQuery(query: Doc): Matcher | undefined {
  const tests: Matcher[] = []
  for (const [key, condition] of Object.entries(query)) {
    const test = key === '$and' || key === '$or' ? logical(key, condition) : field(key, condition)
    if (!test) return undefined
    tests.push(test)
  }
  return (doc) => tests.every((test) => test(doc))
}

function logical(operator: '$and' | '$or', clauses: Value): Matcher | undefined {
  if (!Array.isArray(clauses) || clauses.length === 0) return undefined
  const tests: Matcher[] = []
  for (const clause of clauses) {
    const test = isPlainObject(clause) ? compileSimpleQuery(clause) : undefined
    if (!test) return undefined
    tests.push(test)
  }
  return operator === '$and'
    ? (doc) => tests.every((test) => test(doc))
    : (doc) => tests.some((test) => test(doc))
}

function field(name: string, condition: Value): Matcher | undefined {
  // Dotted paths reach into arrays of documents; __proto__ is refused by mingo.
  if (name.startsWith('$') || name.includes('.') || name === '__proto__') return undefined
  const value = (doc: Doc) => (Object.hasOwn(doc, name) ? doc[name] : undefined)
  if (isScalar(condition)) return equalTo(value, condition)
  if (!isPlainObject(condition)) return undefined
  const tests: Matcher[] = []
  for (const [operator, operand] of Object.entries(condition)) {
    const holds = Object.hasOwn(COMPARISONS, operator) ? COMPARISONS[operator] : undefined
    if (!isScalar(operand) || (operator !== '$eq' && !holds)) return undefined
    tests.push(holds ? comparedTo(value, operand, holds) : equalTo(value, operand))
  }
  if (tests.length === 0) return undefined
  return (doc) => tests.every((test) => test(doc))
}

function isScalar(value: Value): value is Scalar {
  return (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  )
}

function same(a: Value | undefined, b: Scalar): boolean {
  if (b instanceof Date) return a instanceof Date && a.getTime() === b.getTime()
  return a === b
}

/** The value itself, or an element of it when it is an array (mingo's $eq). */
function equalTo(value: (doc: Doc) => Value | undefined, operand: Scalar): Matcher {
  return someItem(value, (item) => same(item, operand))
}

/**
 * Some value of the same type (the value, or an element of it when it is an array) in the
 * order asked: mingo compares nothing across types.
 */
function comparedTo(
  value: (doc: Doc) => Value | undefined,
  operand: Scalar,
  holds: (order: number) => boolean,
): Matcher {
  const type = typeOf(operand)
  const key = operand instanceof Date ? operand.getTime() : operand
  return someItem(value, (item) => {
    if (typeOf(item) !== type) return false
    const itemKey = item instanceof Date ? item.getTime() : (item as string | number | boolean)
    return holds(itemKey < key ? -1 : itemKey > key ? 1 : 0)
  })
}

function someItem(
  value: (doc: Doc) => Value | undefined,
  test: (item: Value | undefined) => boolean,
): Matcher {
  return (doc) => {
    const found = value(doc)
    if (test(found)) return true
    if (!Array.isArray(found)) return false
    for (const item of found) if (test(item)) return true
    return false
  }
}

function typeOf(value: Value | undefined): string {
  return value instanceof Date ? 'date' : typeof value
}
