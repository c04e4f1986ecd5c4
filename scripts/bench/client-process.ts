// The benchmark's HTTP clients, in a process of their own so that their work (building requests,
// parsing responses) does not run on the event loop of the gateway and the TCB server they measure.
// Forked by gateway-load.ts; receives one batch of calls, answers with every call's timing.
import { performance } from 'node:perf_hooks'
import type { ClientBatch, ClientCall, ClientResult, LoadResult } from './gateway-load'

async function call(
  url: string,
  request: ClientCall,
): Promise<Omit<ClientResult, 'start' | 'end'>> {
  try {
    const response = await fetch(`${url}/cloud/${request.name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': request.openid },
      body: JSON.stringify(request.body),
    })
    return { status: response.status, body: await response.json() }
  } catch (error) {
    return {
      status: 0,
      body: null,
      failure: error instanceof Error ? error.message : String(error),
    }
  }
}

process.once('message', async (batch: ClientBatch) => {
  const results: ClientResult[] = new Array(batch.calls.length)
  let next = 0
  const cpuBefore = process.cpuUsage()
  const began = performance.now()
  const client = async () => {
    for (let index = next++; index < batch.calls.length; index = next++) {
      const start = performance.now() - began
      const reply = await call(batch.url, batch.calls[index])
      results[index] = { ...reply, start, end: performance.now() - began }
    }
  }
  await Promise.all(Array.from({ length: Math.min(batch.concurrency, batch.calls.length) }, client))
  const elapsedMs = performance.now() - began
  const { user, system } = process.cpuUsage(cpuBefore)
  const answer: LoadResult = { results, elapsedMs, cpuMs: (user + system) / 1000 }
  process.send?.(answer, () => process.exit(0))
})

process.send?.({ ready: true })
