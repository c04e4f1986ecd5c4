// runTransaction / startTransaction through the real wx-server-sdk: commit, rollback, isolation,
// serialisability under concurrency, and the timeout that releases an abandoned transaction.
import {
  failure,
  type LocalCloud,
  removeTempDirs,
  sleep,
  startLocalCloud,
} from './support/local-cloud'

const TIMEOUT_MS = 400
let local: LocalCloud

beforeAll(async () => {
  local = await startLocalCloud({ transactionTimeoutMs: TIMEOUT_MS })
  await local.db.createCollection('accounts')
})

afterAll(async () => {
  await local.server.close()
  removeTempDirs()
})

const accounts = () => local.db.collection('accounts')
const balance = async (id: string) => (await accounts().doc(id).get()).data.balance as number

beforeEach(async () => {
  await accounts()
    .where({ balance: local.db.command.exists(true) })
    .remove()
  await accounts().add({
    data: [
      { _id: 'A', balance: 100 },
      { _id: 'B', balance: 100 },
    ],
  })
})

test('runTransaction commits every write and returns the callback result', async () => {
  const _ = local.db.command
  const result = await local.db.runTransaction(async (t) => {
    await t
      .collection('accounts')
      .doc('A')
      .update({ data: { balance: _.inc(-30) } })
    await t
      .collection('accounts')
      .doc('B')
      .update({ data: { balance: _.inc(30) } })
    await t.collection('accounts').add({ data: { _id: 'log1', moved: 30 } })
    return 'moved'
  })
  expect(result).toBe('moved')
  expect([await balance('A'), await balance('B')]).toEqual([70, 130])
  expect((await accounts().doc('log1').get()).data.moved).toBe(30)
})

test('throwing inside runTransaction aborts it: nothing is applied', async () => {
  const _ = local.db.command
  const error = await local.db
    .runTransaction(async (t) => {
      await t
        .collection('accounts')
        .doc('A')
        .update({ data: { balance: _.inc(-50) } })
      await t.collection('accounts').doc('B').remove()
      throw new Error('changed my mind')
    })
    .catch((e: Error) => e)
  expect((error as Error).message).toBe('changed my mind')
  expect([await balance('A'), await balance('B')]).toEqual([100, 100])
})

test('reads inside a transaction see its own writes; others see them only after commit', async () => {
  const _ = local.db.command
  const t = await local.db.startTransaction()
  await t
    .collection('accounts')
    .doc('A')
    .update({ data: { balance: _.inc(-1) } })
  await t
    .collection('accounts')
    .doc('C')
    .set({ data: { balance: 5 } })
  expect((await t.collection('accounts').doc('A').get()).data.balance).toBe(99)
  expect((await t.collection('accounts').doc('C').get()).data.balance).toBe(5)

  // A non-transactional read waits for the transaction (serialisable: no dirty read, no stale read).
  let outside: number | undefined
  const read = balance('A').then((b) => (outside = b))
  await sleep(100)
  expect(outside).toBeUndefined()
  await t.commit()
  await read
  expect(outside).toBe(99)
  expect(await balance('C')).toBe(5)
})

test('20 concurrent read-modify-write transfers lose no update', async () => {
  const transfer = () =>
    local.db.runTransaction(async (t) => {
      const a = (await t.collection('accounts').doc('A').get()).data.balance as number
      const b = (await t.collection('accounts').doc('B').get()).data.balance as number
      await t
        .collection('accounts')
        .doc('A')
        .update({ data: { balance: a - 1 } })
      await t
        .collection('accounts')
        .doc('B')
        .update({ data: { balance: b + 1 } })
    })
  await Promise.all(Array.from({ length: 20 }, transfer))
  expect([await balance('A'), await balance('B')]).toEqual([80, 120])
})

test('an abandoned transaction is aborted after the timeout and releases everything', async () => {
  const _ = local.db.command
  const abandoned = await local.db.startTransaction()
  await abandoned
    .collection('accounts')
    .doc('A')
    .update({ data: { balance: _.inc(-100) } })
  const started = Date.now()
  await accounts()
    .doc('B')
    .update({ data: { balance: _.inc(1) } })
  expect(Date.now() - started).toBeGreaterThanOrEqual(TIMEOUT_MS - 50)
  expect([await balance('A'), await balance('B')]).toEqual([100, 101])
  expect(local.logs.some((line) => /aborted after 400 ms/.test(line))).toBe(true)

  const late = await failure(abandoned.commit())
  expect(late.errCode).toBe('DATABASE_TRANSACTION_CONFLICT')
  expect(await balance('A')).toBe(100)
})

// The SDK retries runTransaction when commit answers DATABASE_TRANSACTION_CONFLICT (a transactional read or
// write failing reaches it through wx-server-sdk without its code, so that is not retried).
test('runTransaction retries when its transaction expired before commit, and applies once', async () => {
  const _ = local.db.command
  let attempts = 0
  await local.db.runTransaction(async (t) => {
    attempts++
    await t
      .collection('accounts')
      .doc('A')
      .update({ data: { balance: _.inc(-10) } })
    if (attempts === 1) await sleep(TIMEOUT_MS + 200)
  })
  expect(attempts).toBe(2)
  expect(await balance('A')).toBe(90)
})

test('a read or write on an expired transaction fails and is not retried', async () => {
  const _ = local.db.command
  let attempts = 0
  const error = await failure(
    local.db.runTransaction(async (t) => {
      attempts++
      await sleep(TIMEOUT_MS + 200)
      await t
        .collection('accounts')
        .doc('A')
        .update({ data: { balance: _.inc(-10) } })
    }),
  )
  expect(error.errMsg).toMatch(/transaction .* is not open/)
  expect(attempts).toBe(1)
  expect(await balance('A')).toBe(100)
})

test('where() queries inside a transaction are refused loudly (the cloud takes doc() operations only)', async () => {
  const t = await local.db.startTransaction()
  const error = await failure(t.collection('accounts').where({ balance: 100 }).get())
  expect(error.errMsg).toMatch(/\[local runtime\] unsupported where\(\) query inside a transaction/)
  await t.rollback()
})
