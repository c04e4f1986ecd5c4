// A collection's data file after the process was killed in the middle of an append: the torn
// last line (a write never acknowledged) is cut off and the collection loads without it; damage
// anywhere else still stops the load rather than losing documents silently.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Datastore from '@seald-io/nedb'
import { Store } from '../../local/tcb/database/store'
import { removeTempDirs, tempDataDir } from './support/local-cloud'

afterAll(removeTempDirs)

const file = (dataDir: string) => join(dataDir, 'db', 'regs.db')

/** A store with three acknowledged documents in `regs`, closed again. */
async function threeDocuments(): Promise<string> {
  const dataDir = tempDataDir()
  const store = await Store.open(dataDir)
  await store.create('regs')
  await store.insert('regs', [{ _id: 'a', n: 1, name: '营口' }])
  await store.insert('regs', [{ _id: 'b', n: 2 }])
  await store.insert('regs', [{ _id: 'c', n: 3 }])
  await store.close()
  return dataDir
}

async function ids(dataDir: string): Promise<unknown[]> {
  const store = await Store.open(dataDir)
  try {
    return store.docs('regs').map((doc) => doc._id)
  } finally {
    await store.close()
  }
}

// Where an append of `{"_id":"d",…}` may stop: mid-field, inside a multi-byte character, and
// with the whole document but not its newline.
const line = JSON.stringify({ _id: 'd', n: 4, name: '知识产权' })
const cuts = {
  'mid-field': line.slice(0, 9),
  'mid-character': Buffer.from(line, 'utf8').subarray(0, Buffer.byteLength(line) - 4),
  'before the newline': line,
}

test('NeDB alone refuses a small file with a torn last line (why the store cuts it off)', async () => {
  const dataDir = await threeDocuments()
  appendFileSync(file(dataDir), cuts['mid-field'])
  const datastore = new Datastore({ filename: file(dataDir) })
  await expect(datastore.loadDatabaseAsync()).rejects.toThrow(/corrupt/)
})

test.each(Object.entries(cuts))(
  'a torn last line (%s) is cut off; the acknowledged documents load and writes go on',
  async (_name, torn) => {
    const dataDir = await threeDocuments()
    appendFileSync(file(dataDir), torn)
    expect(await ids(dataDir)).toEqual(['a', 'b', 'c'])
    expect(readFileSync(file(dataDir), 'utf8').endsWith('\n')).toBe(true)

    const store = await Store.open(dataDir)
    await store.insert('regs', [{ _id: 'd', n: 4 }])
    await store.close()
    expect(await ids(dataDir)).toEqual(['a', 'b', 'c', 'd'])
  },
)

test('a file that is one torn line loads empty', async () => {
  const dataDir = await threeDocuments()
  writeFileSync(file(dataDir), cuts['mid-field'])
  expect(await ids(dataDir)).toEqual([])
})

test('a damaged line that is not the last still stops the load', async () => {
  const dataDir = await threeDocuments()
  const lines = readFileSync(file(dataDir), 'utf8').split('\n')
  lines[1] = lines[1].slice(0, 5)
  writeFileSync(file(dataDir), lines.join('\n'))
  await expect(Store.open(dataDir)).rejects.toThrow(/corrupt/)
})
