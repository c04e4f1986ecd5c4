// A function worker's cold start: from spawning a worker of the local pool (runner/pool.ts) until
// it answers its first call. A worker loads every bundled function before it says ready, so this
// is what a caller waits for after a worker crashed or timed out and was replaced. Each run is a
// fresh one-worker pool against one seeded TCB server; one bundle's load alone in a plain node
// process shows how much of it is the SDK, the bundle and the tsx runtime.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { FUNCTIONS_DIR } from '../../local/cloud'
import { FunctionPool } from '../../local/runner/pool'
import { sdkEnvironment } from '../../local/runner/sdk-env'
import type { CloudResult } from '../../src/contracts/errors'
import { startBenchCloud } from './cloud'
import { waitForIdleWorkers } from './cpu'
import type { Row, Section } from './section'
import { ms, summarize } from './stats'

const NOW = '2025-04-18T10:00:00+08:00'
const RUNS = 5
/** A small bundle answered from the seeded campaign document. */
const FIRST_CALL = { name: 'campaign', event: { action: 'get' } }

/** ms from `new FunctionPool` (one worker) to the answer of its first call. */
async function coldStart(tcbUrl: string): Promise<{ ms: number; failure?: string }> {
  const began = performance.now()
  const pool = new FunctionPool({
    functionsDir: FUNCTIONS_DIR,
    tcbUrl,
    size: 1,
    env: { IPWEEK_NOW: NOW },
  })
  try {
    const result = (await pool.invoke(FIRST_CALL.name, FIRST_CALL.event, {
      openid: 'bench-cold-start',
    })) as CloudResult<unknown>
    const elapsed = performance.now() - began
    return { ms: elapsed, failure: result.ok ? undefined : result.error.code }
  } catch (error) {
    return { ms: performance.now() - began, failure: (error as Error).message }
  } finally {
    await pool.close()
  }
}

// Plain node, no tsx: the SDK first, then the bundle (which then finds the SDK already loaded).
const LOAD_ONE = `
const { performance } = require('node:perf_hooks')
const { createRequire } = require('node:module')
const bundle = process.argv[1]
const t0 = performance.now()
createRequire(bundle)('wx-server-sdk')
const t1 = performance.now()
require(bundle)
console.log(JSON.stringify({ sdk: t1 - t0, bundle: performance.now() - t1 }))`

function loadOne(name: string, tcbUrl: string): { sdk: number; bundle: number } {
  const run = spawnSync(process.execPath, ['-e', LOAD_ONE, join(FUNCTIONS_DIR, name, 'index.js')], {
    env: { ...process.env, ...sdkEnvironment(tcbUrl) },
    encoding: 'utf8',
  })
  if (run.status !== 0) throw new Error(`loading ${name} failed: ${run.stderr}`)
  return JSON.parse(run.stdout)
}

/** A node process with the tsx loader the workers use, doing nothing: the floor under a cold start. */
function bareTsx(): number {
  const began = performance.now()
  spawnSync(process.execPath, ['--import', 'tsx', '-e', ''], { stdio: 'ignore' })
  return performance.now() - began
}

export const coldStartSection: Section = {
  name: 'cold-start',
  async run(_options, progress) {
    progress('starting a seeded local cloud with 1 function worker…')
    const bench = await startBenchCloud({ workers: 1, now: NOW })
    try {
      await waitForIdleWorkers(1)
      const tcbUrl = bench.cloud.tcb.url
      const starts: number[] = []
      const failures: string[] = []
      for (let i = 0; i < RUNS; i++) {
        progress(
          `cold start ${i + 1}/${RUNS}: a fresh worker until its first ${FIRST_CALL.name} call…`,
        )
        const run = await coldStart(tcbUrl)
        starts.push(run.ms)
        if (run.failure) failures.push(`cold start ${i + 1}: ${run.failure}`)
      }
      progress('loading one bundle alone, and a bare tsx process…')
      const loads = Array.from({ length: RUNS }, () => loadOne(FIRST_CALL.name, tcbUrl))
      const sdk = summarize(loads.map((l) => l.sdk))
      const bundle = summarize(loads.map((l) => l.bundle))
      const tsx = summarize(Array.from({ length: RUNS }, bareTsx))
      const cold = summarize(starts)
      const rows: Row[] = [
        {
          label: `worker cold start: spawn → first ${FIRST_CALL.name} call answered (${RUNS} workers)`,
          value: `median ${ms(cold.p50)}, max ${ms(cold.max)}`,
        },
        {
          label: `one bundle (${FIRST_CALL.name}) loaded in plain node, median`,
          value: `wx-server-sdk ${ms(sdk.p50)} + bundle ${ms(bundle.p50)}`,
          indent: true,
        },
        {
          label: 'bare node + tsx process, start to exit',
          value: `median ${ms(tsx.p50)}`,
          indent: true,
        },
      ]
      return { rows, failures }
    } finally {
      await bench.stop()
    }
  },
}
