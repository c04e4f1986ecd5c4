// The raw store's conditional-update rate, in three layers, so the cost of each is visible:
//   sdk      wx-server-sdk in this process → HTTP → the running local TCB server (what a function does)
//   handler  the TCB database action called in-process (EJSON decoding, validation, lock; no HTTP)
//   store    the NeDB store layer itself (mingo match and update, NeDB write and file append)
// Each caller alternates taking a seat (`seatsTaken ≤ CAP − 1` → +1) and releasing one
// (`seatsTaken ≥ 1` → −1), the conditional updates registration takes and cancels with.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { decodeEjson, encodeEjson, type Doc } from '../../local/tcb/ejson'
import { compileQuery } from '../../local/tcb/database/engine'
import { openDatabase } from '../../local/tcb/database/open'
import { Store } from '../../local/tcb/database/store'
import { applyUpdate } from '../../local/tcb/database/update'
import { validateUpdate } from '../../local/tcb/database/validate'
import type { CollectionName } from '../../src/server/collections'
import { runFor } from './load'
import { perSecond } from './stats'

const COLLECTION = 'benchCounters'
const COUNTER = 'counter'
// Half the callers can hold a seat at once, so both outcomes of the condition occur.
const seatCap = (callers: number) => Math.max(1, Math.floor(callers / 2))

export interface LoopResult {
  layer: 'sdk' | 'handler' | 'store'
  ops: number
  elapsedMs: number
  opsPerSecond: number
  /** seatsTaken at the end must equal takes − releases and stay within 0..CAP. */
  consistent: boolean
  detail: string
}

interface Counter {
  take(): Promise<boolean>
  release(): Promise<boolean>
  read(): Promise<number>
}

async function loop(
  layer: LoopResult['layer'],
  counter: Counter,
  cap: number,
  callers: number,
  durationMs: number,
): Promise<LoopResult> {
  let takes = 0
  let releases = 0
  const { ops, elapsedMs } = await runFor(durationMs, callers, async (_caller, iteration) => {
    if (iteration % 2 === 0) {
      if (await counter.take()) takes++
    } else if (await counter.release()) releases++
  })
  const final = await counter.read()
  const consistent = final >= 0 && final <= cap && final === takes - releases
  return {
    layer,
    ops,
    elapsedMs,
    opsPerSecond: perSecond(ops, elapsedMs),
    consistent,
    detail: `seatsTaken ${final} (takes ${takes} − releases ${releases}, cap ${cap})`,
  }
}

/** Through the SDK against the TCB server this process already points the SDK at. */
export async function sdkLoop(callers: number, durationMs: number): Promise<LoopResult> {
  const { db } = await import('../../src/server/cloud')
  const name = COLLECTION as CollectionName
  const cap = seatCap(callers)
  await db.createCollection(name)
  await db.collection(name).add({ data: { _id: COUNTER, seatsTaken: 0 } })
  const _ = db.command
  const where = (condition: unknown) =>
    db.collection(name).where({ _id: COUNTER, seatsTaken: condition })
  const counter: Counter = {
    take: async () =>
      (await where(_.lte(cap - 1)).update({ data: { seatsTaken: _.inc(1) } })).stats.updated === 1,
    release: async () =>
      (await where(_.gte(1)).update({ data: { seatsTaken: _.inc(-1) } })).stats.updated === 1,
    read: async () =>
      (await db.collection<{ seatsTaken: number }>(name).doc(COUNTER).get()).data?.seatsTaken ?? -1,
  }
  return loop('sdk', counter, cap, callers, durationMs)
}

/** The TCB database actions in-process, with the request bodies the SDK sends. */
export async function handlerLoop(callers: number, durationMs: number): Promise<LoopResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ipweek-bench-handler-'))
  const database = await openDatabase(dataDir, 10_000, () => undefined)
  try {
    const { actions } = database
    const cap = seatCap(callers)
    const common = { envName: 'local', collectionName: COLLECTION }
    await actions['database.addCollection'](common)
    await actions['database.insertDocument']({
      ...common,
      data: [encodeEjson({ _id: COUNTER, seatsTaken: 0 })],
    })
    const modify = (condition: Doc, by: number) => async () => {
      const answer = await actions['database.modifyDocument']({
        ...common,
        queryType: 'WHERE',
        multi: true,
        merge: true,
        upsert: false,
        query: encodeEjson({ _id: COUNTER, seatsTaken: condition }),
        data: encodeEjson({ $inc: { seatsTaken: by } }),
      })
      return (answer.data as { updated: number }).updated === 1
    }
    const counter: Counter = {
      take: modify({ $lte: cap - 1 }, 1),
      release: modify({ $gte: 1 }, -1),
      read: async () => {
        const answer = await actions['database.getDocument']({
          ...common,
          queryType: 'DOC',
          query: encodeEjson({ _id: COUNTER }),
        })
        const [text] = (answer.data as { list: string[] }).list
        const doc = decodeEjson(text, 'counter') as Doc
        return typeof doc.seatsTaken === 'number' ? doc.seatsTaken : -1
      },
    }
    return await loop('handler', counter, cap, callers, durationMs)
  } finally {
    await database.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** The NeDB store layer directly: no protocol, no lock. */
export async function storeLoop(callers: number, durationMs: number): Promise<LoopResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ipweek-bench-store-'))
  const store = await Store.open(dataDir)
  try {
    const cap = seatCap(callers)
    await store.create(COLLECTION)
    await store.insert(COLLECTION, [{ _id: COUNTER, seatsTaken: 0 }])
    const modify = (condition: Doc, by: number) => {
      const query = { _id: COUNTER, seatsTaken: condition }
      const filter = { query, matches: compileQuery(query) }
      const spec = validateUpdate({ $inc: { seatsTaken: by } })
      return async () =>
        (await store.update(COLLECTION, filter, false, (doc) => applyUpdate(doc, spec))) === 1
    }
    const counter: Counter = {
      take: modify({ $lte: cap - 1 }, 1),
      release: modify({ $gte: 1 }, -1),
      read: async () => Number(store.docs(COLLECTION, { _id: COUNTER })[0]?.seatsTaken ?? -1),
    }
    return await loop('store', counter, cap, callers, durationMs)
  } finally {
    await store.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
