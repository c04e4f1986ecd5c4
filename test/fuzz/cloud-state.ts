// What a malformed call must leave as it was: every document of every collection, the files in
// cloud storage and the outbox (messages sent, content checks made); and the function instances,
// which must neither crash nor be replaced.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { COLLECTIONS, type CollectionName } from '@/server/collections'
import type { TestCloud } from '../functions/local-cloud'

const PAGE = 100

export interface CloudState {
  /** sha256 of each collection's documents in _id order, of storage and of the outbox. */
  digests: Record<string, string>
  /** Every document _id: requests that must name nothing avoid these. */
  ids: Set<string>
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

async function documents(name: CollectionName): Promise<{ _id: string }[]> {
  const { db } = await import('@/server/cloud')
  const all: { _id: string }[] = []
  for (;;) {
    const { data } = await db
      .collection<{ _id: string }>(name)
      .orderBy('_id', 'asc')
      .skip(all.length)
      .limit(PAGE)
      .get()
    all.push(...data)
    if (data.length < PAGE) return all
  }
}

function storageFiles(dataDir: string): string[] {
  try {
    return readdirSync(join(dataDir, 'storage'), { recursive: true, encoding: 'utf8' }).sort()
  } catch {
    return []
  }
}

export async function cloudState(t: TestCloud): Promise<CloudState> {
  const digests: Record<string, string> = {}
  const ids = new Set<string>()
  // Rate-limit counters record calls, not data: a well-formed call spends its caller's allowance.
  for (const name of COLLECTIONS.filter((collection) => collection !== 'rateLimits')) {
    const docs = await documents(name)
    for (const doc of docs) ids.add(doc._id)
    digests[name] = sha256(JSON.stringify(docs))
  }
  digests['(storage)'] = sha256(JSON.stringify(storageFiles(t.dataDir)))
  digests['(outbox)'] = sha256(JSON.stringify(await t.cloud.tcb.outbox()))
  return { digests, ids }
}

/** Process ids of this process's function instances (Linux /proc): a crashed one is replaced. */
export function functionInstancePids(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // Fields after the command name, which is in parentheses: state, then the parent's pid.
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
        return (
          parent === process.pid &&
          readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('runner/worker')
        )
      } catch {
        // Exited while being looked at.
        return false
      }
    })
    .map(Number)
    .sort((a, b) => a - b)
}
