import { open, readFile, truncate } from 'node:fs/promises'
import { type Doc, decodeEjson, encodeEjson, isPlainObject } from '../ejson'
import type { DocState } from './store'

export interface WalRecord {
  transactionId: string
  states: DocState[]
}

/**
 * Write-ahead log of committed transactions (`<dataDir>/transactions.wal`, one EJSON line per commit).
 * A commit's final document states are appended and fsynced before they are applied; the log is
 * truncated once they are applied and fsynced. Anything still in it at startup was committed but perhaps
 * not fully applied, and is replayed (applying full states is idempotent). A torn last line is a commit
 * whose append never completed: it was never acknowledged, so it is ignored.
 */
export class WriteAheadLog {
  constructor(private readonly file: string) {}

  async append(record: WalRecord): Promise<void> {
    const handle = await open(this.file, 'a')
    try {
      await handle.write(
        encodeEjson({
          transactionId: record.transactionId,
          states: record.states as unknown as Doc[],
        }) + '\n',
      )
      await handle.sync()
    } finally {
      await handle.close()
    }
  }

  async pending(): Promise<WalRecord[]> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw e
    }
    const complete = text
      .split('\n')
      .slice(0, -1)
      .filter((line) => line !== '')
    return complete.map((line) => {
      const record = decodeEjson(line, 'write-ahead log record')
      if (!isPlainObject(record) || !Array.isArray(record.states)) {
        throw new Error(`corrupt write-ahead log ${this.file}`)
      }
      return record as unknown as WalRecord
    })
  }

  async clear(): Promise<void> {
    try {
      await truncate(this.file, 0)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
    }
  }
}
