// Runs the local TCB server in its own process (durability tests SIGKILL it). Prints its URL as one JSON line.
import { startTcbServer } from '../../../local/tcb/server'

startTcbServer({ dataDir: process.argv[2], log: () => {} }).then(
  (server) => process.stdout.write(JSON.stringify({ url: server.url }) + '\n'),
  (e: unknown) => {
    console.error(e)
    process.exit(1)
  },
)
