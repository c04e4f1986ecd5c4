// The benchmark's HTTP clients, in a process of their own so that their work (building requests,
// parsing responses) does not run on the event loop of the gateway and the TCB server they measure.
// Forked by gateway-load.ts; receives one batch of calls, answers with every call's timing.
import { Agent } from 'node:http'
import { performance } from 'node:perf_hooks'
import { postCloud } from './cloud-post'
import type { ClientBatch, ClientResult, LoadResult } from './gateway-load'

process.once('message', async (batch: ClientBatch) => {
  const results: ClientResult[] = new Array(batch.calls.length)
  const agent = new Agent({ keepAlive: true, maxSockets: batch.concurrency })
  let next = 0
  const cpuBefore = process.cpuUsage()
  const began = performance.now()
  const client = async () => {
    for (let index = next++; index < batch.calls.length; index = next++) {
      const start = performance.now() - began
      const { name, openid, body } = batch.calls[index]
      const {
        status,
        body: answer = null,
        failure,
      } = await postCloud(agent, batch.url, name, openid, body)
      results[index] = { status, body: answer, failure, start, end: performance.now() - began }
    }
  }
  await Promise.all(Array.from({ length: Math.min(batch.concurrency, batch.calls.length) }, client))
  const elapsedMs = performance.now() - began
  const { user, system } = process.cpuUsage(cpuBefore)
  const answer: LoadResult = { results, elapsedMs, cpuMs: (user + system) / 1000 }
  process.send?.(answer, () => process.exit(0))
})

process.send?.({ ready: true })
