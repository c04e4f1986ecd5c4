// The local runtime as the crash rounds (crash.ts) run it: in a process group of its own, so one
// SIGKILL takes it and its function instances down together. It opens the data directory given as
// its argument as `npm start` does (without building the H5 app): the TCB server over the store,
// the workers, the seed, the seat recount at start-up, then the gateway. Prints one JSON line
// once it serves: the gateway's and the TCB server's URLs and what the recount did. It runs until
// killed.
import { startSeededCloud } from '../../local/seeded-cloud'
import type { SeatRecountReport } from '../../src/contracts/scheduled'

export interface RuntimeReady {
  gateway: string
  tcb: string
  seats: SeatRecountReport
}

async function main() {
  const dataDir = process.argv[2]
  if (!dataDir) throw new Error('usage: crash-runtime.ts <dataDir>')
  const cloud = await startSeededCloud({
    dataDir,
    includeSamples: false,
    workers: Number(process.env.IPWEEK_CRASH_WORKERS) || undefined,
    now: process.env.IPWEEK_NOW,
    // Aborted transactions and the like: not part of what the rounds check.
    log: () => {},
  })
  const ready: RuntimeReady = {
    gateway: cloud.gateway.url,
    tcb: cloud.cloud.tcb.url,
    seats: cloud.seats,
  }
  process.stdout.write(JSON.stringify(ready) + '\n')
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exit(1)
})
