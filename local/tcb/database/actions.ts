// The database.* actions of the TCB admin protocol: decode and validate the SDK's parameters, run them in
// the store (each write atomic) or in the open transaction they name, and answer in the shapes the SDK reads.
import { type Doc, decodeEjson, encodeEjson } from '../ejson'
import { failedOperation, invalidParam, unsupported } from '../errors'
import type { Body, Handler } from '../handler'
import { asDocument, assertStorable, docIdOf, newDocId } from './documents'
import { aggregateDocs, compileQuery, findDocs } from './engine'
import type { FifoLock } from './lock'
import type { Filter, Session } from './session'
import type { Store } from './store'
import type { Transactions } from './transactions'
import { applyUpdate } from './update'
import {
  validateOrder,
  validatePipeline,
  validateProjection,
  validateQuery,
  validateUpdate,
} from './validate'

export interface Database {
  store: Store
  lock: FifoLock
  transactions: Transactions
}

export function databaseActions({ store, lock, transactions }: Database): Record<string, Handler> {
  // Ordinary operations share the lock; an open transaction holds it exclusively.
  async function shared<T>(fn: () => Promise<T> | T): Promise<T> {
    const release = await lock.acquire(false)
    try {
      return await fn()
    } finally {
      release()
    }
  }

  // A call naming a transaction runs inside it (it already holds the lock).
  async function run<T>(body: Body, fn: (session: Session) => Promise<T> | T): Promise<T> {
    const transactionId = transactionIdOf(body)
    return transactionId ? fn(transactions.session(transactionId)) : shared(() => fn(store))
  }

  return {
    'database.getDocument': async (body) => {
      const collection = collectionOf(body)
      const params = {
        query: queryOf(body),
        order:
          body.order === undefined ? undefined : validateOrder(decodeEjson(body.order, 'order')),
        projection:
          body.projection === undefined
            ? undefined
            : validateProjection(decodeEjson(body.projection, 'projection')),
        offset: countOf(body.offset, 'offset'),
        limit: countOf(body.limit, 'limit'),
      }
      const list = await run(body, (session) =>
        findDocs(session.docs(collection, params.query), params),
      )
      return { data: { list: list.map(encodeEjson) } }
    },

    'database.calculateDocument': async (body) => {
      const collection = collectionOf(body)
      const { query, matches } = filterOf(body)
      const total = await run(
        body,
        (session) => session.docs(collection, query, true).filter(matches).length,
      )
      return { data: { total } }
    },

    'database.insertDocument': async (body) => {
      const collection = collectionOf(body)
      if (!Array.isArray(body.data) || body.data.length === 0) {
        throw invalidParam('data must be a nonempty array of EJSON documents')
      }
      const now = Date.now()
      const docs = body.data.map((text, i) => {
        const doc = asDocument(decodeEjson(text, `data[${i}]`, now), 'an inserted document')
        return assertStorable(doc._id === undefined ? { _id: newDocId(), ...doc } : doc)
      })
      await run(body, (session) => session.insert(collection, docs))
      return { data: { insertedIds: docs.map((doc) => doc._id) } }
    },

    'database.modifyDocument': async (body) => {
      const collection = collectionOf(body)
      const query = queryOf(body)
      const multi = flagOf(body, 'multi')
      const merge = flagOf(body, 'merge')
      const upsert = flagOf(body, 'upsert')
      if (merge && !upsert) {
        // update(): operator update of the first or of every matching document.
        const spec = validateUpdate(decodeEjson(body.data, 'data'))
        const filter = { query, matches: compileQuery(query) }
        const updated = await run(body, (session) =>
          session.update(collection, filter, multi, (doc) => applyUpdate(doc, spec)),
        )
        return { data: { updated } }
      }
      if (!merge && upsert && body.queryType === 'DOC') {
        // doc(id).set(): replace the document, or create it.
        const id = docIdOf(query._id)
        const { _id, ...fields } = asDocument(decodeEjson(body.data, 'data'), 'set data')
        if (_id !== undefined && _id !== id) {
          throw failedOperation(`the _id of a document cannot be changed`)
        }
        const doc = assertStorable({ _id: id, ...fields })
        const outcome = await run(body, (session) => session.replace(collection, id, doc))
        return {
          data: {
            updated: outcome === 'updated' ? 1 : 0,
            upsert_id: outcome === 'inserted' ? id : undefined,
          },
        }
      }
      throw unsupported(
        `modifyDocument with merge:${merge} upsert:${upsert} queryType:${String(body.queryType)}`,
      )
    },

    'database.removeDocument': async (body) => {
      const collection = collectionOf(body)
      const filter = filterOf(body)
      const multi = flagOf(body, 'multi')
      const deleted = await run(body, (session) => session.remove(collection, filter, multi))
      return { data: { deleted } }
    },

    'database.aggregateDocuments': async (body) => {
      const collection = collectionOf(body)
      if (!Array.isArray(body.stages)) throw invalidParam('stages must be an array')
      const pipeline = validatePipeline(
        body.stages.map((stage: { stageKey?: unknown; stageValue?: unknown }, i): Doc => {
          if (typeof stage?.stageKey !== 'string') {
            throw invalidParam(`stages[${i}].stageKey must be a string`)
          }
          return { [stage.stageKey]: decodeEjson(stage.stageValue, `stages[${i}].stageValue`) }
        }),
      )
      const list = await run(body, (session) =>
        // $lookup of a collection that does not exist joins nothing, as in MongoDB.
        aggregateDocs(session.docs(collection), pipeline, (name) =>
          store.has(name) ? session.docs(name) : [],
        ),
      )
      return { data: { list: list.map(encodeEjson) } }
    },

    'database.startTransaction': async () => ({ transactionId: await transactions.start() }),

    'database.commitTransaction': async (body) => {
      await transactions.commit(requiredTransactionId(body))
      return {}
    },

    'database.abortTransaction': async (body) => {
      transactions.abort(requiredTransactionId(body))
      return {}
    },

    'database.addCollection': async (body) => {
      const collection = collectionOf(body)
      await shared(() => store.create(collection))
      return {}
    },
  }
}

function collectionOf(body: Body): string {
  if (typeof body.collectionName !== 'string' || body.collectionName === '') {
    throw invalidParam('collectionName is required')
  }
  return body.collectionName
}

function transactionIdOf(body: Body): string | undefined {
  const id = body.transactionId
  if (id === undefined || id === '') return undefined
  if (typeof id !== 'string') throw invalidParam('transactionId must be a string')
  return id
}

function requiredTransactionId(body: Body): string {
  const id = transactionIdOf(body)
  if (!id) throw invalidParam('transactionId is required')
  return id
}

function queryOf(body: Body): Doc {
  const query = body.query === undefined ? {} : validateQuery(decodeEjson(body.query, 'query'))
  if (body.queryType === 'DOC') {
    if (Object.keys(query).length !== 1) throw invalidParam('a DOC query must be exactly { _id }')
    docIdOf(query._id, 'doc id')
    return query
  }
  if (body.queryType !== undefined && body.queryType !== 'WHERE') {
    throw invalidParam(`unknown queryType ${String(body.queryType)}`)
  }
  if (transactionIdOf(body)) {
    throw unsupported(
      'where() query inside a transaction (transactions in the cloud take doc() operations and add() only)',
    )
  }
  return query
}

function filterOf(body: Body): Filter {
  const query = queryOf(body)
  return { query, matches: compileQuery(query) }
}

function countOf(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw invalidParam(`${name} must be a nonnegative integer`)
  }
  return value
}

function flagOf(body: Body, name: string): boolean {
  const value = body[name]
  if (value === undefined) return false
  if (typeof value !== 'boolean') throw invalidParam(`${name} must be a boolean`)
  return value
}
