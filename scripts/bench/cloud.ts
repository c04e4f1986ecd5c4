// A fresh local cloud for one section, keeping what the TCB server printed.
import { startSeededCloud, type SeededCloud } from '../../local/seeded-cloud'

export interface BenchCloud extends SeededCloud {
  /** Notices the TCB server printed (e.g. aborted transactions). */
  notices: string[]
}

export interface BenchCloudOptions {
  workers: number
  /** IPWEEK_NOW for the function workers. */
  now: string
}

/** Without the samples: the bench writes its own session. */
export async function startBenchCloud(options: BenchCloudOptions): Promise<BenchCloud> {
  const notices: string[] = []
  const cloud = await startSeededCloud({
    ...options,
    includeSamples: false,
    log: (line) => notices.push(line),
  })
  return { ...cloud, notices }
}
