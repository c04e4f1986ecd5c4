// One function instance: runs one invocation at a time, as the cloud runs one request per
// instance, so the identity set in process.env before a call belongs to that call alone.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { InvokeMessage, ResultMessage } from './protocol'
import { CONTEXT_KEYS } from './sdk-env'

const functionsDir = process.env.IPWEEK_FUNCTIONS_DIR as string
type Main = (event: unknown, context: unknown) => Promise<unknown>

// A warm cloud instance keeps its loaded function. Kept here rather than left to the module
// loader's cache: a repeated import() still goes through the loader's resolve hooks on every call.
const loaded = new Map<string, Promise<Main>>()

function load(name: string): Promise<Main> {
  let main = loaded.get(name)
  if (!main) {
    main = import(pathToFileURL(join(functionsDir, name, 'index.js')).href).then(
      (module: { main: Main }) => module.main,
    )
    // A load that failed is tried afresh at the next call.
    main.catch(() => loaded.delete(name))
    loaded.set(name, main)
  }
  return main
}

process.on('message', async (message: InvokeMessage) => {
  for (const key of CONTEXT_KEYS) delete process.env[key]
  Object.assign(process.env, message.identity)
  let answer: ResultMessage
  try {
    const main = await load(message.functionName)
    const result = await main(message.event, {})
    answer = { id: message.id, ok: true, result: result === undefined ? null : result }
  } catch (error) {
    answer = {
      id: message.id,
      ok: false,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    }
  }
  reply(answer)
})

/**
 * A result the IPC channel cannot carry (a BigInt, nesting too deep) fails its call with a clear
 * error instead of an unhandled rejection that would end this instance. Serialising fails before
 * anything is written, so the error reply can follow.
 */
function reply(answer: ResultMessage): void {
  try {
    process.send?.(answer)
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    process.send?.({
      id: answer.id,
      ok: false,
      error: `the function's result cannot be sent: ${why}`,
    })
  }
}

// The pool is gone (or gave up on this instance): nobody can be answered, so do not linger, even
// with a call that never settles.
process.on('disconnect', () => process.exit(0))

// Load every function before taking calls, like a warm instance: a first call then costs what
// later ones do, instead of loading the SDK inside the function's 3 s timeout.
async function warmUp(): Promise<void> {
  const names = readdirSync(functionsDir).filter((name) =>
    existsSync(join(functionsDir, name, 'index.js')),
  )
  // A bundle that fails to load fails again, visibly, when it is called.
  await Promise.allSettled(names.map(load))
}

void warmUp().then(() => process.send?.({ ready: true }))
