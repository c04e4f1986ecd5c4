// Query, projection, sort and aggregation evaluation with mingo, restricted to the allow-listed
// operators: mingo itself refuses anything outside this context, backing up the validation in validate.ts.
import { Aggregator } from 'mingo/aggregator'
import { Context, ProcessingMode } from 'mingo/core'
import * as accumulatorOperators from 'mingo/operators/accumulator'
import * as expressionOperators from 'mingo/operators/expression'
import * as pipelineOperators from 'mingo/operators/pipeline'
import * as projectionOperators from 'mingo/operators/projection'
import * as queryOperators from 'mingo/operators/query'
import { Query } from 'mingo/query'
import type { Options } from 'mingo/types'
import type { Doc } from '../ejson'
import { TcbError, failedOperation } from '../errors'
import {
  ACCUMULATORS,
  EXPRESSION_OPERATORS,
  FIELD_QUERY_OPERATORS,
  LOGICAL_QUERY_OPERATORS,
  PIPELINE_STAGES,
  PROJECTION_OPERATORS,
} from './allowlists'
import { compileSimpleQuery } from './simple-query'

export type Matcher = (doc: Doc) => boolean

export interface FindParams {
  query: Doc
  order?: Doc
  offset?: number
  limit?: number
  projection?: Doc
}

function pick<T>(operators: object, names: string[]): Record<`$${string}`, T> {
  const all = operators as Record<string, T>
  return Object.fromEntries(names.map((name) => [name, all[name]]))
}

const context = Context.init({
  query: pick(queryOperators, [...LOGICAL_QUERY_OPERATORS, ...FIELD_QUERY_OPERATORS]),
  projection: pick(projectionOperators, PROJECTION_OPERATORS),
  pipeline: pick(pipelineOperators, PIPELINE_STAGES),
  expression: pick(expressionOperators, EXPRESSION_OPERATORS),
  accumulator: pick(accumulatorOperators, ACCUMULATORS),
})

// CLONE_INPUT: the documents handed in are NeDB's live in-memory copies and must never be mutated.
function options(collectionResolver?: (name: string) => Doc[]): Partial<Options> {
  return {
    context,
    idKey: '_id',
    scriptEnabled: false,
    useStrictMode: true,
    processingMode: ProcessingMode.CLONE_INPUT,
    collectionResolver,
  }
}

export function compileQuery(query: Doc): Matcher {
  const simple = compileSimpleQuery(query)
  if (simple) return simple
  const compiled = evaluate(() => new Query(query, options()))
  return (doc) => evaluate(() => compiled.test(doc))
}

export function findDocs(docs: Doc[], params: FindParams): Doc[] {
  return evaluate(() => {
    const projection =
      params.projection && Object.keys(params.projection).length ? params.projection : undefined
    const cursor = new Query(params.query, options()).find<Doc>(docs, projection)
    if (params.order) cursor.sort(params.order)
    if (params.offset) cursor.skip(params.offset)
    if (params.limit !== undefined) cursor.limit(params.limit)
    return cursor.all()
  })
}

export function aggregateDocs(
  docs: Doc[],
  pipeline: Doc[],
  resolveCollection: (name: string) => Doc[],
): Doc[] {
  return evaluate(() => new Aggregator(pipeline, options(resolveCollection)).run<Doc>(docs))
}

// mingo reports bad arguments (e.g. "$size requires an array") by throwing; the cloud answers those as failed requests.
function evaluate<T>(fn: () => T): T {
  try {
    return fn()
  } catch (e) {
    if (e instanceof TcbError) throw e
    throw failedOperation((e as Error).message)
  }
}
