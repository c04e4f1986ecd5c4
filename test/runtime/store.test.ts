// The store's own behaviour: queries that pin a field are answered from an index kept up to date
// by every write, in the order a scan would give; each write is in the data file once it resolves.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compileQuery } from '../../local/tcb/database/engine'
import { Store } from '../../local/tcb/database/store'
import { applyUpdate } from '../../local/tcb/database/update'
import { validateUpdate } from '../../local/tcb/database/validate'
import type { Doc } from '../../local/tcb/ejson'
import { removeTempDirs, tempDataDir } from './support/local-cloud'

let store: Store
let dataDir: string

beforeEach(async () => {
  dataDir = tempDataDir()
  store = await Store.open(dataDir)
  await store.create('regs')
})

afterEach(() => store.close())
afterAll(removeTempDirs)

const filter = (query: Doc) => ({ query, matches: compileQuery(query) })
const ids = (docs: Doc[]) => docs.map((doc) => doc._id)
const matching = (query: Doc) => store.docs('regs', query).filter(compileQuery(query))

test('a pinned field is looked up, in _id order, and the index follows every write', async () => {
  await store.insert('regs', [
    { _id: 'c', eventId: 'e1', status: 'waitlisted' },
    { _id: 'a', eventId: 'e1', status: 'confirmed' },
    { _id: 'd', eventId: 'e2', status: 'waitlisted' },
    { _id: 'b', eventId: 'e1', status: 'waitlisted', tags: ['x', 'y'] },
    { _id: 7, eventId: 'e1', status: 'waitlisted' },
  ])
  // Only the documents holding the value are looked at, numbers before strings as NeDB orders ids.
  expect(ids(store.docs('regs', { status: 'waitlisted' }))).toEqual([7, 'b', 'c', 'd'])
  expect(
    ids(store.docs('regs', { $and: [{ eventId: 'e2' }, { status: { $eq: 'waitlisted' } }] })),
  ).toEqual(['d'])
  expect(ids(store.docs('regs', { tags: 'y' }))).toEqual(['b'])
  expect(ids(matching({ eventId: 'e1', status: 'waitlisted' }))).toEqual([7, 'b', 'c'])

  const promote = validateUpdate({ $set: { status: 'confirmed' } })
  const promoted = await store.update('regs', filter({ _id: 'c' }), false, (doc) =>
    applyUpdate(doc, promote),
  )
  expect(promoted).toBe(1)
  expect(ids(store.docs('regs', { status: 'waitlisted' }))).toEqual([7, 'b', 'd'])
  expect(ids(store.docs('regs', { status: 'confirmed' }))).toEqual(['a', 'c'])

  expect(await store.remove('regs', filter({ eventId: 'e1', status: 'waitlisted' }), true)).toBe(2)
  expect(ids(store.docs('regs', { status: 'waitlisted' }))).toEqual(['d'])
  await store.insert('regs', [{ _id: 'e', eventId: 'e1', status: 'waitlisted' }])
  expect(ids(store.docs('regs', { status: 'waitlisted' }))).toEqual(['d', 'e'])
})

test('queries that pin nothing, or only values an index cannot look up, see every document', async () => {
  await store.insert('regs', [
    { _id: 'a', n: 1, at: new Date(1) },
    { _id: 'b', n: null },
    { _id: 'c', sub: { k: 1 } },
  ])
  const queries: Doc[] = [{}, { n: null }, { 'sub.k': 1 }, { n: { $gt: 0 } }, { $or: [{ n: 1 }] }]
  for (const query of queries) {
    expect(ids(store.docs('regs', query))).toEqual(['a', 'b', 'c'])
  }
})

test('a write is in the data file once it resolves, and the store reopens as it was', async () => {
  await store.insert('regs', [{ _id: 'kept', status: 'waitlisted', at: new Date(5) }])
  const file = readFileSync(join(dataDir, 'db', 'regs.db'), 'utf8')
  expect(file).toContain('"_id":"kept"')
  const bump = validateUpdate({ $set: { status: 'confirmed' } })
  await store.update('regs', filter({ status: 'waitlisted' }), true, (doc) =>
    applyUpdate(doc, bump),
  )
  await store.close()

  store = await Store.open(dataDir)
  expect(store.docs('regs')).toEqual([{ _id: 'kept', status: 'confirmed', at: new Date(5) }])
  expect(ids(store.docs('regs', { status: 'confirmed' }))).toEqual(['kept'])
})
