import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import Datastore from '@seald-io/nedb'
import Index from '@seald-io/nedb/lib/indexes.js'
import type { Doc } from '../ejson'
import { TcbError, invalidParam } from '../errors'
import { Datafile } from './datafile'
import { type DocId, assertStorable } from './documents'
import { runExclusive } from './nedb-atomic'
import { pinnedId, pinnedValues } from './pinned'
import {
  type Filter,
  type Modifier,
  type ReplaceOutcome,
  type Session,
  duplicateKey,
  selectMatching,
} from './session'

/** A document's final state after a committed transaction: the document, or null once removed. */
export interface DocState {
  collection: string
  id: DocId
  doc: Doc | null
}

/** NeDB's indexes by field name (always one on _id); its typings do not show them. */
interface Indexed {
  indexes: Record<string, Index>
}

interface Collection {
  datastore: Datastore
  datafile: Datafile
}

const EXTENSION = '.db'
// Collection names become file names, so they are restricted to characters that are safe there.
const COLLECTION_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}$/

/**
 * The collections, one persistent NeDB datastore file each under `<dataDir>/db/`. Every write resolves
 * only after it has been appended to the file, so an acknowledged write survives the process being killed.
 * A query looks only at the documents an index gives for a value it pins, when it pins one: every
 * top-level field a query pins gets an index the first time (in memory; NeDB keeps it up to date).
 */
export class Store implements Session {
  private readonly collections = new Map<string, Collection>()
  private readonly creating = new Set<string>()

  private constructor(private readonly dir: string) {}

  static async open(dataDir: string): Promise<Store> {
    const store = new Store(join(dataDir, 'db'))
    await mkdir(store.dir, { recursive: true })
    const files = (await readdir(store.dir)).filter((file) => file.endsWith(EXTENSION))
    for (const file of files) await store.load(file.slice(0, -EXTENSION.length))
    return store
  }

  has(collection: string): boolean {
    return this.collections.has(collection)
  }

  async create(collection: string): Promise<void> {
    if (!COLLECTION_NAME.test(collection)) {
      throw invalidParam(`invalid collection name ${JSON.stringify(collection)}`)
    }
    if (this.collections.has(collection) || this.creating.has(collection)) {
      // The cloud's wording, which callers match to tell "already exists" from a real failure.
      throw new TcbError(
        'DATABASE_COLLECTION_ALREADY_EXIST',
        `[ResourceUnavailable.ResourceExist] Table exist. (collection ${collection})`,
      )
    }
    this.creating.add(collection)
    try {
      await this.load(collection)
    } finally {
      this.creating.delete(collection)
    }
  }

  docs(collection: string, query: Doc = {}, anyOrder = false): Doc[] {
    const datastore = this.datastore(collection)
    const { indexes } = datastore as unknown as Indexed
    const id = pinnedId(query)
    if (id !== undefined) return indexes._id.getMatching(id).slice() as Doc[]
    let fewest: Doc[] | undefined
    for (const [field, value] of pinnedValues(query)) {
      const found = indexOn(datastore, field).getMatching(value) as Doc[]
      if (!fewest || found.length < fewest.length) fewest = found
    }
    if (!fewest) return datastore.getAllData() as Doc[]
    // Without an index, documents come in _id order; a query that can tell keeps that order.
    return anyOrder ? fewest.slice() : fewest.slice().sort(byId)
  }

  async insert(collection: string, docs: Doc[]): Promise<void> {
    try {
      // NeDB inserts an array all-or-nothing: one duplicate _id and nothing is inserted.
      await this.datastore(collection).insertAsync(docs)
    } catch (e) {
      const error = e as { errorType?: string; key?: DocId }
      if (error.errorType === 'uniqueViolated' && error.key !== undefined) {
        throw duplicateKey(collection, error.key)
      }
      throw e
    }
  }

  update(collection: string, filter: Filter, multi: boolean, modify: Modifier): Promise<number> {
    const datastore = this.datastore(collection)
    return runExclusive(datastore, async (writer) => {
      const targets = selectMatching(
        this.docs(collection, filter.query, multi),
        filter.matches,
        multi,
      )
      // Every new version is computed and checked before the first write, so a failing update writes nothing.
      const changed = targets.map(modify).flatMap((doc) => (doc ? [assertStorable(doc)] : []))
      for (const doc of changed) await writer.replace(doc)
      return changed.length
    })
  }

  replace(collection: string, id: DocId, doc: Doc): Promise<ReplaceOutcome> {
    const datastore = this.datastore(collection)
    return runExclusive(datastore, async (writer) => {
      const existing = this.docs(collection, { _id: id })[0]
      if (!existing) {
        await writer.insert(doc)
        return 'inserted'
      }
      if (isDeepStrictEqual(existing, doc)) return 'unchanged'
      await writer.replace(doc)
      return 'updated'
    })
  }

  remove(collection: string, filter: Filter, multi: boolean): Promise<number> {
    const datastore = this.datastore(collection)
    return runExclusive(datastore, async (writer) => {
      const targets = selectMatching(
        this.docs(collection, filter.query, multi),
        filter.matches,
        multi,
      )
      if (targets.length) await writer.remove(targets.map((doc) => doc._id as DocId))
      return targets.length
    })
  }

  /** Applies full document states (idempotent), then fsyncs the files: used by commit and log replay. */
  async applyStates(states: DocState[]): Promise<void> {
    for (const { collection, id, doc } of states) {
      const datastore = this.datastore(collection)
      if (doc) await datastore.updateAsync({ _id: id }, doc, { upsert: true })
      else await datastore.removeAsync({ _id: id }, {})
    }
    for (const collection of new Set(states.map((s) => s.collection))) {
      await this.collection(collection).datafile.sync()
    }
  }

  /** Closes the data files: no operation may run afterwards. */
  async close(): Promise<void> {
    for (const { datafile } of this.collections.values()) await datafile.close()
    this.collections.clear()
  }

  private datastore(collection: string): Datastore {
    return this.collection(collection).datastore
  }

  private collection(name: string): Collection {
    const collection = this.collections.get(name)
    if (collection) return collection
    throw new TcbError(
      'DATABASE_COLLECTION_NOT_EXIST',
      `[ResourceNotFound] Db or Table not exist: ${name}`,
    )
  }

  private file(collection: string): string {
    return join(this.dir, collection + EXTENSION)
  }

  private async load(collection: string): Promise<void> {
    const filename = this.file(collection)
    // A write cut short by a crash leaves a torn last line; nothing else is expected, so anything
    // else unreadable stops the load (NeDB by default drops up to 10% of a file's lines silently).
    await Datafile.dropTornTail(filename)
    const datastore = new Datastore({ filename, corruptAlertThreshold: 0 })
    await datastore.loadDatabaseAsync()
    this.collections.set(collection, {
      datastore,
      datafile: await Datafile.attach(datastore, filename),
    })
  }
}

/** The datastore's index on `field`, built the first time a query pins the field. */
function indexOn(datastore: Datastore, field: string): Index {
  const { indexes } = datastore as unknown as Indexed
  if (!Object.hasOwn(indexes, field)) {
    const index = new Index({ fieldName: field })
    index.insert(datastore.getAllData())
    indexes[field] = index
  }
  return indexes[field]
}

/** The order of NeDB's _id index: numbers before strings, each in ascending order. */
function byId(a: Doc, b: Doc): number {
  const [x, y] = [a._id as DocId, b._id as DocId]
  if (typeof x !== typeof y) return typeof x === 'number' ? -1 : 1
  return x < y ? -1 : x > y ? 1 : 0
}
