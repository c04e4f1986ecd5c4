// Applies a validated update to one document: mingo's update operators, preceded by the type checks
// where MongoDB fails the write but mingo would silently skip the field.
import { update as mingoUpdate } from 'mingo/updater'
import { type Doc, type Value, isPlainObject } from '../ejson'
import { failedOperation } from '../errors'
import type { UpdateSpec } from './validate'

// Operators that create missing fields along their path (the others are no-ops on missing paths).
const CREATING = new Set(['$set', '$inc', '$mul', '$min', '$max', '$push', '$addToSet'])
const NUMERIC = new Set(['$inc', '$mul'])
const ARRAY_TARGET = new Set(['$push', '$addToSet', '$pull', '$pullAll', '$pop'])

/** Returns the updated copy, or undefined when the update changes nothing (the cloud does not count it). */
export function applyUpdate(doc: Doc, spec: UpdateSpec): Doc | undefined {
  for (const [op, fields] of Object.entries(spec)) {
    for (const [path, argument] of Object.entries(fields)) {
      checkTarget(doc, op, path)
      if (op === '$rename') checkTarget(doc, '$set', argument as string)
    }
  }
  const copy = structuredClone(doc)
  try {
    const changed = mingoUpdate(copy, spec, undefined, undefined, { cloneMode: 'deep' })
    return changed.length ? copy : undefined
  } catch (e) {
    throw failedOperation((e as Error).message)
  }
}

function checkTarget(doc: Doc, op: string, path: string): void {
  const segments = path.split('.')
  let parent: Value = doc
  let parentName = ''
  for (const [i, segment] of segments.entries()) {
    const child = childOf(parent, segment)
    if (child === NOT_TRAVERSABLE) {
      if (!CREATING.has(op)) return
      throw failedOperation(
        `Cannot create field '${segment}' in element {${parentName}: ${show(parent)}}`,
      )
    }
    if (child === undefined) return
    if (i === segments.length - 1) return checkValue(doc, op, segment, child)
    parent = child
    parentName = segment
  }
}

const NOT_TRAVERSABLE = Symbol('not traversable')

function childOf(parent: Value, segment: string): Value | undefined | typeof NOT_TRAVERSABLE {
  if (Array.isArray(parent)) {
    return /^\d+$/.test(segment) ? parent[Number(segment)] : NOT_TRAVERSABLE
  }
  if (isPlainObject(parent)) return parent[segment]
  return NOT_TRAVERSABLE
}

function checkValue(doc: Doc, op: string, field: string, value: Value): void {
  if (NUMERIC.has(op) && typeof value !== 'number') {
    throw failedOperation(
      `Cannot apply ${op} to a value of non-numeric type. {_id: ${show(doc._id)}} has the field '${field}' of non-numeric type ${typeName(value)}`,
    )
  }
  if (ARRAY_TARGET.has(op) && !Array.isArray(value)) {
    throw op === '$push' || op === '$addToSet'
      ? failedOperation(
          `The field '${field}' must be an array but is of type ${typeName(value)} in document {_id: ${show(doc._id)}}`,
        )
      : failedOperation(`Cannot apply ${op} to a non-array value`)
  }
}

function typeName(value: Value): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (value instanceof Date) return 'date'
  if (value instanceof RegExp) return 'regex'
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double'
  if (typeof value === 'boolean') return 'bool'
  return typeof value
}

function show(value: Value): string {
  return JSON.stringify(value) ?? String(value)
}
