// Load generators: a fixed number of tasks shared by concurrent clients, or a timed loop.
import { performance } from 'node:perf_hooks'

export interface Timed<T> {
  value: T
  /** When the task started and ended, ms since the run began. */
  start: number
  end: number
}

/** Runs task(0..count-1) with `concurrency` clients, each taking the next index when free. */
export async function runCount<T>(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<T>,
): Promise<{ results: Timed<T>[]; elapsedMs: number }> {
  const results: Timed<T>[] = new Array(count)
  let next = 0
  const began = performance.now()
  const client = async () => {
    for (let index = next++; index < count; index = next++) {
      const start = performance.now() - began
      const value = await task(index)
      results[index] = { value, start, end: performance.now() - began }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, client))
  return { results, elapsedMs: performance.now() - began }
}

/** Runs `op` back to back in `concurrency` callers for `durationMs`; counts completed calls. */
export async function runFor(
  durationMs: number,
  concurrency: number,
  op: (caller: number, iteration: number) => Promise<void>,
): Promise<{ ops: number; elapsedMs: number }> {
  let ops = 0
  const began = performance.now()
  const deadline = began + durationMs
  const caller = async (id: number) => {
    for (let iteration = 0; performance.now() < deadline; iteration++) {
      await op(id, iteration)
      ops++
    }
  }
  await Promise.all(Array.from({ length: concurrency }, (_, id) => caller(id)))
  return { ops, elapsedMs: performance.now() - began }
}
