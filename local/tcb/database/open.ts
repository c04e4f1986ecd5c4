import { join } from 'node:path'
import type { Handler } from '../handler'
import { databaseActions } from './actions'
import { FifoLock } from './lock'
import { Store } from './store'
import { Transactions } from './transactions'
import { WriteAheadLog } from './wal'

export interface LocalDatabase {
  actions: Record<string, Handler>
  /** Aborts an open transaction and waits for running operations; no operation runs afterwards. */
  close(): Promise<void>
}

export async function openDatabase(
  dataDir: string,
  transactionTimeoutMs: number,
  notice: (line: string) => void,
): Promise<LocalDatabase> {
  const store = await Store.open(dataDir)
  const lock = new FifoLock()
  const transactions = new Transactions(
    store,
    lock,
    new WriteAheadLog(join(dataDir, 'transactions.wal')),
    transactionTimeoutMs,
    notice,
  )
  // Commits that were logged but maybe not applied before a crash.
  await transactions.replayLog()
  return {
    actions: databaseActions({ store, lock, transactions }),
    close: async () => {
      transactions.close()
      await lock.acquire(true)
      await store.close()
    },
  }
}
