import { randomUUID } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'
import type { Doc } from '../ejson'
import { TcbError } from '../errors'
import { type DocId, assertStorable } from './documents'
import type { FifoLock } from './lock'
import { pinnedId } from './pinned'
import {
  type Filter,
  type Modifier,
  type ReplaceOutcome,
  type Session,
  duplicateKey,
  selectMatching,
} from './session'
import type { DocState, Store } from './store'
import type { WriteAheadLog } from './wal'

/** One open transaction: reads see the store overlaid with its own writes, which stay buffered here. */
class Transaction implements Session {
  private readonly writes = new Map<string, Map<DocId, Doc | null>>()

  constructor(
    readonly id: string,
    private readonly store: Store,
  ) {}

  docs(collection: string, query: Doc = {}, anyOrder = false): Doc[] {
    const base = this.store.docs(collection, query, anyOrder)
    const written = this.writes.get(collection)
    if (!written) return base
    const only = pinnedId(query)
    if (only !== undefined) {
      if (!written.has(only)) return base
      const rewritten = written.get(only)
      return rewritten ? [rewritten] : []
    }
    // Documents written here that the store did not give (new ones, or ones whose stored version an
    // index left out) come last; the query's own test then decides.
    const seen = new Set(base.map((doc) => doc._id as DocId))
    const current = base.flatMap((doc): Doc[] => {
      const id = doc._id as DocId
      if (!written.has(id)) return [doc]
      const rewritten = written.get(id)
      return rewritten ? [rewritten] : []
    })
    const inserted = [...written].flatMap(([id, doc]) => (doc && !seen.has(id) ? [doc] : []))
    return current.concat(inserted)
  }

  async insert(collection: string, docs: Doc[]): Promise<void> {
    const ids = new Set<DocId>()
    for (const doc of docs) {
      const id = doc._id as DocId
      if (ids.has(id) || this.docs(collection, { _id: id }).length)
        throw duplicateKey(collection, id)
      ids.add(id)
    }
    for (const doc of docs) this.write(collection, doc._id as DocId, doc)
  }

  async update(
    collection: string,
    filter: Filter,
    multi: boolean,
    modify: Modifier,
  ): Promise<number> {
    const targets = selectMatching(this.docs(collection, filter.query), filter.matches, multi)
    const changed = targets.map(modify).flatMap((doc) => (doc ? [assertStorable(doc)] : []))
    for (const doc of changed) this.write(collection, doc._id as DocId, doc)
    return changed.length
  }

  async replace(collection: string, id: DocId, doc: Doc): Promise<ReplaceOutcome> {
    const existing = this.docs(collection, { _id: id })[0]
    if (existing && isDeepStrictEqual(existing, doc)) return 'unchanged'
    this.write(collection, id, doc)
    return existing ? 'updated' : 'inserted'
  }

  async remove(collection: string, filter: Filter, multi: boolean): Promise<number> {
    const targets = selectMatching(this.docs(collection, filter.query), filter.matches, multi)
    for (const doc of targets) this.write(collection, doc._id as DocId, null)
    return targets.length
  }

  states(): DocState[] {
    return [...this.writes].flatMap(([collection, docs]) =>
      [...docs].map(([id, doc]) => ({ collection, id, doc })),
    )
  }

  private write(collection: string, id: DocId, doc: Doc | null): void {
    const docs = this.writes.get(collection) ?? new Map<DocId, Doc | null>()
    this.writes.set(collection, docs.set(id, doc))
  }
}

interface OpenTransaction {
  transaction: Transaction
  release: () => void
  timer: NodeJS.Timeout
}

/**
 * Serialisable transactions: a transaction holds the global lock exclusively from start to commit or
 * abort, so every other operation waits. A transaction left open (its caller died, or its callback awaits
 * a non-transactional call that is itself waiting for the lock) is aborted after `timeoutMs`.
 */
export class Transactions {
  private open: OpenTransaction | undefined
  private closed = false

  constructor(
    private readonly store: Store,
    private readonly lock: FifoLock,
    private readonly log: WriteAheadLog,
    private readonly timeoutMs: number,
    private readonly notice: (line: string) => void,
  ) {}

  async start(): Promise<string> {
    const release = await this.lock.acquire(true)
    if (this.closed) {
      release()
      throw new TcbError('SYS_ERR', '[local runtime] the local TCB server is closing')
    }
    const transaction = new Transaction(`local-tx-${randomUUID()}`, this.store)
    const timer = setTimeout(() => this.expire(transaction.id), this.timeoutMs)
    this.open = { transaction, release, timer }
    return transaction.id
  }

  session(id: string): Session {
    return this.take(id, false).transaction
  }

  async commit(id: string): Promise<void> {
    const { transaction, release } = this.take(id, true)
    try {
      const states = transaction.states()
      if (states.length) {
        await this.log.append({ transactionId: id, states })
        await this.replayLog()
      }
    } finally {
      release()
    }
  }

  abort(id: string): void {
    this.take(id, true).release()
  }

  /** Applies every commit still in the write-ahead log (at startup; and at each commit, after its append). */
  async replayLog(): Promise<void> {
    for (const record of await this.log.pending()) await this.store.applyStates(record.states)
    await this.log.clear()
  }

  /** When the server closes: nobody can commit any more, nor start a transaction. */
  close(): void {
    this.closed = true
    if (this.open) this.abort(this.open.transaction.id)
  }

  private expire(id: string): void {
    this.abort(id)
    this.notice(
      `[local] transaction ${id} aborted after ${this.timeoutMs} ms: it was left open (its caller died, or the ` +
        `transaction callback awaited a non-transactional database call, e.g. where().update(), which waits for the transaction)`,
    )
  }

  // Answered as a conflict: the SDK's runTransaction retries when commit reports one, as after a conflict in the cloud.
  private take(id: string, end: boolean): OpenTransaction {
    const open = this.open
    if (!open || open.transaction.id !== id) {
      throw new TcbError(
        'DATABASE_TRANSACTION_CONFLICT',
        `[local runtime] transaction ${id} is not open (committed, aborted, timed out after ${this.timeoutMs} ms, or unknown)`,
      )
    }
    if (end) {
      clearTimeout(open.timer)
      this.open = undefined
    }
    return open
  }
}
