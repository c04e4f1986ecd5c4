// What wx-server-sdk's database really returns (its bundled typings predate promises and type
// every call as `Promise | void | string`). Only the calls the product uses are listed.
import type { CollectionName } from './collections'

export type Filter = Record<string, unknown>
export type Changes = Record<string, unknown>

export interface Query<T> {
  where(filter: Filter): Query<T>
  orderBy(field: string, direction: 'asc' | 'desc'): Query<T>
  skip(count: number): Query<T>
  limit(count: number): Query<T>
  field(projection: Record<string, boolean>): Query<T>
  get(): Promise<{ data: T[] }>
  count(): Promise<{ total: number }>
  update(options: { data: Changes }): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

export interface DocumentRef<T> {
  get(): Promise<{ data: T | null }>
  set(options: {
    data: Omit<T, '_id'>
  }): Promise<{ _id: string; stats: { updated: number; created: number } }>
  update(options: { data: Changes }): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

/** An aggregation pipeline; wx-server-sdk's `end()` resolves to `{ list }`. */
export interface Aggregate<T> {
  match(filter: Filter): Aggregate<T>
  group<G>(spec: Record<string, unknown>): Aggregate<G>
  sort(order: Record<string, 1 | -1>): Aggregate<T>
  limit(count: number): Aggregate<T>
  end(): Promise<{ list: T[] }>
}

export interface Collection<T> extends Query<T> {
  doc(id: string): DocumentRef<T>
  add(options: { data: T | Omit<T, '_id'> }): Promise<{ _id: string }>
  aggregate(): Aggregate<T>
}

/** What `db.RegExp` makes: sent as EJSON `$regularExpression`, a BSON regular expression. */
export interface DatabaseRegExp {
  readonly $regularExpression?: { pattern?: string; options?: string }
}

/** Inside runTransaction: only document operations and add(). */
export interface Transaction {
  collection<T>(name: CollectionName): {
    doc(id: string): DocumentRef<T>
    add(options: { data: T | Omit<T, '_id'> }): Promise<{ _id: string }>
  }
}

export interface Database {
  collection<T>(name: CollectionName): Collection<T>
  runTransaction<R>(callback: (transaction: Transaction) => Promise<R>): Promise<R>
  createCollection(name: CollectionName): Promise<unknown>
  serverDate(options?: { offset: number }): unknown
  /** Options as MongoDB's: `i` case-insensitive, `m`, `s`. */
  RegExp(options: { regexp: string; options?: string }): DatabaseRegExp
  command: Record<string, (...args: unknown[]) => unknown>
}
