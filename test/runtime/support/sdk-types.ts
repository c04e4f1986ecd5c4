// The promise-returning part of wx-server-sdk's database API that the tests use. The SDK's own typings
// declare most calls as `Promise<T> | void | string` (callback style), which would need a cast per call.

export type DocData = Record<string, unknown>
type Operator = (...args: unknown[]) => object

export interface Command {
  eq: Operator
  neq: Operator
  gt: Operator
  gte: Operator
  lt: Operator
  lte: Operator
  in: Operator
  exists: Operator
  mod: Operator
  or: Operator
  inc: Operator
  mul: Operator
  max: Operator
  set: Operator
  remove: Operator
  push: Operator
  pull: Operator
  aggregate: { sum: Operator }
}

export interface Query {
  where(condition: object): Query
  orderBy(field: string, order: 'asc' | 'desc'): Query
  skip(offset: number): Query
  limit(max: number): Query
  field(projection: object): Query
  get(): Promise<{ data: DocData[] }>
  count(): Promise<{ total: number }>
  update(options: { data: object }): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

export interface DocumentRef {
  get(): Promise<{ data: DocData }>
  set(options: {
    data: object
  }): Promise<{ _id: string; stats: { updated: number; created: number } }>
  update(options: { data: object }): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

export interface Aggregate {
  match(condition: object): Aggregate
  group(spec: object): Aggregate
  sort(spec: object): Aggregate
  project(spec: object): Aggregate
  geoNear(spec: object): Aggregate
  lookup(spec: object): Aggregate
  unwind(path: string): Aggregate
  count(field: string): Aggregate
  end(): Promise<{ list: DocData[] }>
}

export interface Collection extends Query {
  doc(id: string): DocumentRef
  add(options: { data: object }): Promise<{ _id?: string; _ids?: string[] }>
  aggregate(): Aggregate
}

export interface Transaction {
  collection(name: string): Collection
  commit(): Promise<unknown>
  rollback(): Promise<unknown>
}

export interface Db {
  command: Command
  serverDate(options?: { offset: number }): object
  RegExp(options: { regexp: string; options?: string }): object
  Geo: { Point: new (longitude: number, latitude: number) => object }
  collection(name: string): Collection
  createCollection(name: string): Promise<{ errMsg: string }>
  runTransaction<T>(callback: (transaction: Transaction) => Promise<T>): Promise<T>
  startTransaction(): Promise<Transaction>
}
