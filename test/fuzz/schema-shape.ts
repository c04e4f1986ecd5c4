// The shape of a request as its contract's zod schema declares it: field names, nesting and the
// kind of each value. Read from the schema itself, so a new field or action is fuzzed without a
// change here.
import type * as z from 'zod/mini'

export type Shape =
  | { kind: 'object'; fields: Record<string, Shape>; optional: string[] }
  | { kind: 'union'; options: Shape[] }
  | { kind: 'choice'; values: unknown[] }
  | { kind: 'list'; item: Shape }
  | { kind: 'record'; value: Shape }
  | { kind: 'string' | 'number' | 'boolean' | 'unknown' }

/** The parts of zod's internal definition this reads (zod/mini keeps them on `_zod.def`). */
interface Definition {
  type: string
  shape?: Record<string, z.ZodMiniType>
  options?: z.ZodMiniType[]
  innerType?: z.ZodMiniType
  in?: z.ZodMiniType
  element?: z.ZodMiniType
  valueType?: z.ZodMiniType
  entries?: Record<string, unknown>
  values?: unknown[]
}

const definition = (schema: z.ZodMiniType) =>
  (schema as unknown as { _zod: { def: Definition } })._zod.def

export function shapeOf(schema: z.ZodMiniType): Shape {
  const def = definition(schema)
  switch (def.type) {
    case 'object': {
      const fields = Object.entries(def.shape ?? {})
      return {
        kind: 'object',
        fields: Object.fromEntries(fields.map(([name, field]) => [name, shapeOf(field)])),
        optional: fields
          .filter(([, field]) => ['optional', 'default'].includes(definition(field).type))
          .map(([name]) => name),
      }
    }
    case 'union':
      return { kind: 'union', options: (def.options ?? []).map(shapeOf) }
    case 'optional':
    case 'default':
    case 'nullable':
      return shapeOf(def.innerType as z.ZodMiniType)
    case 'pipe':
      return shapeOf(def.in as z.ZodMiniType)
    case 'enum':
      return { kind: 'choice', values: Object.values(def.entries ?? {}) }
    case 'literal':
      return { kind: 'choice', values: def.values ?? [] }
    case 'array':
      return { kind: 'list', item: shapeOf(def.element as z.ZodMiniType) }
    case 'record':
      return { kind: 'record', value: shapeOf(def.valueType as z.ZodMiniType) }
    case 'string':
    case 'number':
    case 'boolean':
      return { kind: def.type }
    default:
      return { kind: 'unknown' }
  }
}
