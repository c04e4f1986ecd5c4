// Walks decoded queries, updates, projections, orders and pipelines and rejects every operator that is
// not on the allow-lists, so the local database never silently behaves differently from the cloud.
import { type Doc, type Value, isPlainObject } from '../ejson'
import { failedOperation, invalidParam, unsupported } from '../errors'
import {
  ACCUMULATORS,
  EXPRESSION_OPERATORS,
  FIELD_QUERY_OPERATORS,
  LOGICAL_QUERY_OPERATORS,
  PIPELINE_STAGES,
  PROJECTION_OPERATORS,
  PUSH_MODIFIERS,
  UPDATE_OPERATORS,
} from './allowlists'

export type UpdateSpec = Record<string, Doc>

const isOperator = (key: string) => key.startsWith('$')

function asDoc(value: Value, what: string): Doc {
  if (!isPlainObject(value)) throw invalidParam(`${what} must be an object`)
  return value
}

export function validateQuery(value: Value, what = 'query'): Doc {
  const query = asDoc(value, what)
  for (const [key, condition] of Object.entries(query)) {
    if (!isOperator(key)) {
      validateCondition(condition)
      continue
    }
    if (!LOGICAL_QUERY_OPERATORS.includes(key)) throw unsupported(`query operator ${key}`)
    if (!Array.isArray(condition) || condition.length === 0) {
      throw failedOperation(`${key} must be a nonempty array`)
    }
    condition.forEach((clause) => validateQuery(clause, `${key} clause`))
  }
  return query
}

/** The value given for one field: a literal to match, or an object of field operators. */
function validateCondition(condition: Value): void {
  if (!isPlainObject(condition) || !Object.keys(condition).some(isOperator)) {
    return assertLiteral(condition)
  }
  for (const [op, argument] of Object.entries(condition)) {
    if (!isOperator(op)) throw failedOperation(`unknown operator: ${op}`)
    if (op === '$options' && '$regex' in condition) continue
    if (!FIELD_QUERY_OPERATORS.includes(op)) throw unsupported(`query operator ${op}`)
    if (op === '$not') {
      if (!(argument instanceof RegExp)) validateOperatorObject(argument, op)
    } else if (op === '$elemMatch') {
      const inner = asDoc(argument, '$elemMatch')
      if (
        Object.keys(inner).some((key) => isOperator(key) && !LOGICAL_QUERY_OPERATORS.includes(key))
      ) {
        validateOperatorObject(inner, op)
      } else validateQuery(inner, op)
    } else if (op === '$in' || op === '$nin' || op === '$all') {
      if (!Array.isArray(argument)) throw failedOperation(`${op} needs an array`)
      argument.forEach(assertLiteral)
    } else assertLiteral(argument)
  }
}

function validateOperatorObject(value: Value, within: string): void {
  if (!isPlainObject(value) || !Object.keys(value).every(isOperator)) {
    throw failedOperation(`${within} needs an object of query operators`)
  }
  validateCondition(value)
}

/** Literal values cannot smuggle operators in (the cloud would reject or misread them). */
function assertLiteral(value: Value): void {
  if (Array.isArray(value)) return value.forEach(assertLiteral)
  if (!isPlainObject(value)) return
  for (const [key, inner] of Object.entries(value)) {
    if (isOperator(key)) throw unsupported(`operator ${key} inside a literal value`)
    assertLiteral(inner)
  }
}

export function validateUpdate(value: Value): UpdateSpec {
  const update = asDoc(value, 'update data')
  const spec: UpdateSpec = {}
  for (const [op, fields] of Object.entries(update)) {
    if (!isOperator(op)) {
      throw unsupported(`update of field ${op} without an operator (merge:true expects operators)`)
    }
    if (!UPDATE_OPERATORS.includes(op)) throw unsupported(`update operator ${op}`)
    spec[op] = asDoc(fields, op)
    for (const [path, argument] of Object.entries(spec[op])) {
      validateUpdatePath(path)
      validateUpdateArgument(op, path, argument)
    }
  }
  return spec
}

export function validateUpdatePath(path: string): void {
  const segments = path.split('.')
  if (segments.some((s) => s === '')) {
    throw failedOperation(`an update path cannot contain an empty field name: '${path}'`)
  }
  if (segments.some(isOperator)) throw unsupported(`positional or $-prefixed update path ${path}`)
  if (segments[0] === '_id') {
    throw failedOperation(
      `Performing an update on the path '_id' would modify the immutable field '_id'`,
    )
  }
}

function validateUpdateArgument(op: string, path: string, argument: Value): void {
  switch (op) {
    case '$inc':
    case '$mul':
      if (typeof argument !== 'number') {
        throw failedOperation(
          `Cannot ${op === '$inc' ? 'increment' : 'multiply'} with non-numeric argument: {${path}: ${JSON.stringify(argument)}}`,
        )
      }
      return
    case '$pop':
      if (argument !== 1 && argument !== -1) {
        throw failedOperation(`$pop expects 1 or -1, found: ${JSON.stringify(argument)}`)
      }
      return
    case '$rename':
      if (typeof argument !== 'string') {
        throw failedOperation(`The 'to' field for $rename must be a string: ${path}`)
      }
      return validateUpdatePath(argument)
    case '$pullAll':
      if (!Array.isArray(argument)) {
        throw failedOperation(
          `$pullAll requires an array argument but was given a ${typeof argument}`,
        )
      }
      return assertLiteral(argument)
    case '$pull':
      // Either a value to remove or a condition on the elements (operators, or a query on element fields).
      if (isPlainObject(argument) && Object.keys(argument).some(isOperator)) {
        return validateCondition(argument)
      }
      if (isPlainObject(argument)) return void validateQuery(argument, '$pull condition')
      return assertLiteral(argument)
    case '$push':
    case '$addToSet':
      return validateArrayInsert(op, argument)
    default:
      return assertLiteral(argument)
  }
}

function validateArrayInsert(op: string, argument: Value): void {
  if (!isPlainObject(argument) || !Object.keys(argument).some(isOperator)) {
    return assertLiteral(argument)
  }
  const allowed = op === '$push' ? PUSH_MODIFIERS : ['$each']
  for (const [modifier, inner] of Object.entries(argument)) {
    if (!allowed.includes(modifier)) throw unsupported(`${op} modifier ${modifier}`)
    if (modifier === '$sort' && isPlainObject(inner)) validateOrder(inner)
    else if (modifier !== '$sort') assertLiteral(inner)
  }
  if (!Array.isArray(argument.$each)) throw failedOperation(`${op} modifiers need an $each array`)
}

export function validateOrder(value: Value): Doc {
  const order = asDoc(value, 'order')
  for (const [field, direction] of Object.entries(order)) {
    if (isOperator(field)) throw unsupported(`sort key ${field}`)
    if (direction !== 1 && direction !== -1) {
      throw unsupported(`sort direction ${JSON.stringify(direction)} for ${field}`)
    }
  }
  return order
}

export function validateProjection(value: Value): Doc {
  const projection = asDoc(value, 'projection')
  for (const [field, spec] of Object.entries(projection)) {
    if (isOperator(field)) throw unsupported(`projection key ${field}`)
    if (spec === 0 || spec === 1 || typeof spec === 'boolean') continue
    if (!isPlainObject(spec)) {
      throw unsupported(`projection value ${JSON.stringify(spec)} for ${field}`)
    }
    for (const [op, argument] of Object.entries(spec)) {
      if (!PROJECTION_OPERATORS.includes(op)) throw unsupported(`projection operator ${op}`)
      if (op === '$elemMatch') validateQuery(argument, op)
    }
  }
  return projection
}

export function validatePipeline(stages: Doc[]): Doc[] {
  for (const stage of stages) {
    const [name, ...extra] = Object.keys(stage)
    if (name === undefined || extra.length) {
      throw failedOperation('an aggregation stage must have exactly one key')
    }
    if (!PIPELINE_STAGES.includes(name)) throw unsupported(`aggregation stage ${name}`)
    const body = stage[name]
    if (name === '$match') validateQuery(body, '$match')
    else if (name === '$lookup') validateLookup(asDoc(body, '$lookup'))
    else validateExpression(body)
  }
  return stages
}

// $lookup's sub-pipeline is a pipeline of its own; its other keys (from, localField, let, …) are expressions or names.
function validateLookup(lookup: Doc): void {
  const { pipeline, ...rest } = lookup
  if (pipeline !== undefined) {
    if (!Array.isArray(pipeline)) throw failedOperation('$lookup pipeline must be an array')
    validatePipeline(pipeline.map((stage) => asDoc(stage, '$lookup pipeline stage')))
  }
  validateExpression(rest)
}

function validateExpression(value: Value): void {
  if (Array.isArray(value)) return value.forEach(validateExpression)
  if (!isPlainObject(value)) return
  for (const [key, inner] of Object.entries(value)) {
    if (isOperator(key) && !EXPRESSION_OPERATORS.includes(key) && !ACCUMULATORS.includes(key)) {
      throw unsupported(`aggregation operator ${key}`)
    }
    if (key !== '$literal') validateExpression(inner)
  }
}
