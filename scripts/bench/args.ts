// Command-line options of `npm run bench`.
import { DEFAULT_POOL_SIZE } from '../../local/runner/pool'

export interface BenchOptions {
  /** Function worker processes (the pool size). */
  workers: number
  /** Registrations sent through the gateway. */
  registrations: number
  /** Concurrent clients (and concurrent callers of the store loop). */
  clients: number
  /** How long each store loop runs. */
  storeSeconds: number
  /** People at once in the mixed load (mixed.ts). */
  mixedClients: number
  /** How long the mixed load runs. */
  mixedSeconds: number
  /** Sections to run; all when absent. */
  only?: string[]
}

// The local runtime's own default: one worker per core, at least two (see local/runner/pool.ts).
export const DEFAULT_WORKERS = DEFAULT_POOL_SIZE

export const USAGE = `usage: npm run bench -- [options]
  --workers N          function worker processes (default ${DEFAULT_WORKERS})
  --registrations N    registrations through the gateway (default 3000)
  --clients N          concurrent clients (default 50)
  --store-seconds S    duration of each raw store loop (default 3)
  --mixed-clients N    people at once in the mixed load (default 500)
  --mixed-seconds S    duration of the mixed load (default 60)
  --only a,b           run only these sections`

/** A mistake on the command line: reported without a stack trace. */
export class UsageError extends Error {}

export function parseArgs(argv: string[]): BenchOptions {
  const options: BenchOptions = {
    workers: DEFAULT_WORKERS,
    registrations: 3000,
    clients: 50,
    storeSeconds: 3,
    mixedClients: 500,
    mixedSeconds: 60,
  }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2)
    const value = () => {
      const text = inline ?? argv[++i]
      if (text === undefined) throw new UsageError(`${flag} needs a value\n${USAGE}`)
      return text
    }
    const positive = (min = 1) => {
      const n = Number(value())
      if (!Number.isFinite(n) || n < min) throw new UsageError(`${flag} must be a number ≥ ${min}`)
      return n
    }
    switch (flag) {
      case '--workers':
        options.workers = Math.floor(positive())
        break
      case '--registrations':
        options.registrations = Math.floor(positive(2))
        break
      case '--clients':
        options.clients = Math.floor(positive())
        break
      case '--store-seconds':
        options.storeSeconds = positive(0.1)
        break
      case '--mixed-clients':
        options.mixedClients = Math.floor(positive())
        break
      case '--mixed-seconds':
        options.mixedSeconds = positive(1)
        break
      case '--only':
        options.only = value()
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean)
        break
      case '--help':
      case '-h':
        console.log(USAGE)
        process.exit(0)
        break
      default:
        throw new UsageError(`unknown option ${argv[i]}\n${USAGE}`)
    }
  }
  return options
}
