// Persistence across restarts, no lost acknowledged write when the server process is SIGKILLed, and
// replay of the transaction write-ahead log.
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { WriteAheadLog } from '../../local/tcb/database/wal'
import { startTcbServer } from '../../local/tcb/server'
import {
  type Sdk,
  loadSdk,
  pointSdkAt,
  removeTempDirs,
  startLocalCloud,
  tempDataDir,
} from './support/local-cloud'
import type { Db } from './support/sdk-types'

const repoRoot = path.resolve(__dirname, '../..')

afterAll(removeTempDirs)

/** Starts the server in its own process (node with the tsx loader, so SIGKILL hits the server itself). */
async function startChild(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'support/tcb-child.ts'), dataDir],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve)
    child.once('exit', (code) =>
      reject(new Error(`the server process exited (${code}) before listening`)),
    )
  })
  return { child, url: (JSON.parse(line) as { url: string }).url }
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGKILL')
  await exited
}

test('documents and empty collections survive close and restart', async () => {
  const local = await startLocalCloud()
  await local.db.createCollection('kept')
  await local.db.createCollection('empty')
  await local.db
    .collection('kept')
    .add({ data: { _id: 'k1', at: new Date(1234), n: 1.5, list: [{ a: 1 }] } })
  await local.db
    .collection('kept')
    .doc('k1')
    .update({ data: { n: local.db.command.inc(1) } })
  await local.server.close()

  const restarted = await startTcbServer({ dataDir: local.dataDir, log: () => {} })
  pointSdkAt(restarted.url)
  try {
    expect((await local.db.collection('kept').doc('k1').get()).data).toEqual({
      _id: 'k1',
      at: new Date(1234),
      n: 2.5,
      list: [{ a: 1 }],
    })
    expect((await local.db.collection('empty').get()).data).toEqual([])
  } finally {
    await restarted.close()
  }
})

test('SIGKILL of the server loses no acknowledged write, and leaves no transaction half-applied', async () => {
  const dataDir = tempDataDir()
  const first = await startChild(dataDir)
  pointSdkAt(first.url)
  const cloud: Sdk = await loadSdk()
  const db = cloud.database() as unknown as Db
  const _ = db.command
  const journal = () => db.collection('journal')
  await db.createCollection('journal')
  await journal().add({
    data: [
      { _id: 'counter', n: 0 },
      { _id: 'A', balance: 100 },
      { _id: 'B', balance: 100 },
    ],
  })

  const acked = { inserts: [] as string[], increments: 0, transfers: 0 }
  const WRITERS = 8
  // Killed right as an insert is acknowledged, with the other writers' requests in flight.
  let requestKill = () => {}
  const killRequested = new Promise<void>((resolve) => (requestKill = resolve))
  // Each writer stops at its first failure: the server is gone.
  const writer = async (w: number) => {
    try {
      for (let i = 0; ; i++) {
        const id = `w${w}-${i}`
        await journal().add({ data: { _id: id, at: new Date() } })
        acked.inserts.push(id)
        if (acked.transfers >= 15) requestKill()
        await journal()
          .doc('counter')
          .update({ data: { n: _.inc(1) } })
        acked.increments++
        await db.runTransaction(async (t) => {
          await t
            .collection('journal')
            .doc('A')
            .update({ data: { balance: _.inc(-1) } })
          await t
            .collection('journal')
            .doc('B')
            .update({ data: { balance: _.inc(1) } })
        })
        acked.transfers++
      }
    } catch {
      return
    }
  }
  const writers = Array.from({ length: WRITERS }, (_unused, w) => writer(w))
  await killRequested
  await kill(first.child)
  await Promise.all(writers)

  const second = await startChild(dataDir)
  pointSdkAt(second.url)
  try {
    expect(
      (
        await journal()
          .where({ _id: _.in(acked.inserts) })
          .count()
      ).total,
    ).toBe(acked.inserts.length)
    const n = (await journal().doc('counter').get()).data.n as number
    expect(n).toBeGreaterThanOrEqual(acked.increments)
    expect(n).toBeLessThanOrEqual(acked.increments + WRITERS)
    const a = (await journal().doc('A').get()).data.balance as number
    const b = (await journal().doc('B').get()).data.balance as number
    expect(a + b).toBe(200)
    expect(b - 100).toBeGreaterThanOrEqual(acked.transfers)
    expect(b - 100).toBeLessThanOrEqual(acked.transfers + WRITERS)
  } finally {
    await kill(second.child)
  }
}, 30_000)

test('a commit logged but not applied before a crash is replayed at startup; a torn record is not', async () => {
  const setup = await startLocalCloud()
  const ledger = () => setup.db.collection('ledger')
  await setup.db.createCollection('ledger')
  await ledger().add({
    data: [
      { _id: 'keep', v: 1 },
      { _id: 'gone', v: 1 },
    ],
  })
  await setup.server.close()

  // What a crash between the log append and the apply leaves behind, plus a commit whose append was cut short.
  const walFile = path.join(setup.dataDir, 'transactions.wal')
  await new WriteAheadLog(walFile).append({
    transactionId: 'crashed',
    states: [
      { collection: 'ledger', id: 'keep', doc: { _id: 'keep', v: 2, at: new Date(99) } },
      { collection: 'ledger', id: 'new', doc: { _id: 'new', v: 3 } },
      { collection: 'ledger', id: 'gone', doc: null },
    ],
  })
  fs.appendFileSync(
    walFile,
    '{"transactionId":"torn","states":[{"collection":"ledger","id":"torn","doc":{"_id":"torn"}}]',
  )

  const restarted = await startTcbServer({ dataDir: setup.dataDir, log: () => {} })
  pointSdkAt(restarted.url)
  try {
    const { data } = await ledger().orderBy('_id', 'asc').get()
    expect(data).toEqual([
      { _id: 'keep', v: 2, at: new Date(99) },
      { _id: 'new', v: 3 },
    ])
    expect(fs.statSync(walFile).size).toBe(0)
  } finally {
    await restarted.close()
  }
})
