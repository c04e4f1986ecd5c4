import { mkdir, open, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import Datastore from '@seald-io/nedb'
import type { Doc } from '../ejson'
import { TcbError, invalidParam } from '../errors'
import { type DocId, assertStorable } from './documents'
import type { Matcher } from './engine'
import { runExclusive } from './nedb-atomic'
import {
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

/** NeDB keeps every datastore indexed by _id; its typings do not show the index. */
interface IdIndexed {
  indexes: { _id: { getMatching(value: DocId): Doc[] } }
}

const EXTENSION = '.db'
// Collection names become file names, so they are restricted to characters that are safe there.
const COLLECTION_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}$/

/**
 * The collections, one persistent NeDB datastore file each under `<dataDir>/db/`. Every write resolves
 * only after NeDB has appended it to the file, so an acknowledged write survives the process being killed.
 */
export class Store implements Session {
  private readonly collections = new Map<string, Datastore>()
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

  docs(collection: string, only?: DocId): Doc[] {
    const datastore = this.datastore(collection)
    if (only === undefined) return datastore.getAllData() as Doc[]
    return (datastore as unknown as IdIndexed).indexes._id.getMatching(only)
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

  update(
    collection: string,
    matches: Matcher,
    multi: boolean,
    modify: Modifier,
    only?: DocId,
  ): Promise<number> {
    const datastore = this.datastore(collection)
    return runExclusive(datastore, async (writer) => {
      const targets = selectMatching(this.docs(collection, only), matches, multi)
      // Every new version is computed and checked before the first write, so a failing update writes nothing.
      const changed = targets.map(modify).flatMap((doc) => (doc ? [assertStorable(doc)] : []))
      for (const doc of changed) await writer.replace(doc)
      return changed.length
    })
  }

  replace(collection: string, id: DocId, doc: Doc): Promise<ReplaceOutcome> {
    const datastore = this.datastore(collection)
    return runExclusive(datastore, async (writer) => {
      const existing = this.docs(collection, id)[0]
      if (!existing) {
        await writer.insert(doc)
        return 'inserted'
      }
      if (isDeepStrictEqual(existing, doc)) return 'unchanged'
      await writer.replace(doc)
      return 'updated'
    })
  }

  remove(collection: string, matches: Matcher, multi: boolean, only?: DocId): Promise<number> {
    return this.datastore(collection).removeAsync(
      {
        // NeDB narrows by its _id index first, then runs $where on what is left.
        ...(only === undefined ? {} : { _id: only }),
        $where(this: Doc) {
          return matches(this)
        },
      },
      { multi },
    )
  }

  /** Applies full document states (idempotent), then fsyncs the files: used by commit and log replay. */
  async applyStates(states: DocState[]): Promise<void> {
    for (const { collection, id, doc } of states) {
      const datastore = this.datastore(collection)
      if (doc) await datastore.updateAsync({ _id: id }, doc, { upsert: true })
      else await datastore.removeAsync({ _id: id }, {})
    }
    for (const collection of new Set(states.map((s) => s.collection))) {
      const file = await open(this.file(collection), 'r+')
      try {
        await file.sync()
      } finally {
        await file.close()
      }
    }
  }

  private datastore(collection: string): Datastore {
    const datastore = this.collections.get(collection)
    if (datastore) return datastore
    throw new TcbError(
      'DATABASE_COLLECTION_NOT_EXIST',
      `[ResourceNotFound] Db or Table not exist: ${collection}`,
    )
  }

  private file(collection: string): string {
    return join(this.dir, collection + EXTENSION)
  }

  private async load(collection: string): Promise<void> {
    const datastore = new Datastore({ filename: this.file(collection) })
    await datastore.loadDatabaseAsync()
    this.collections.set(collection, datastore)
  }
}
