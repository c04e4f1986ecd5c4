// The benchmark's HTTP clients, in a process of their own so that their work (building requests,
// parsing responses) does not run on the event loop of the gateway and the TCB server they measure.
// Forked by gateway-load.ts; receives one batch of calls, answers with every call's timing.
// Plain node:http over kept-alive connections: fetch cost the client process about twice the
// CPU per call, taken from the same cores as the processes measured.
import { Agent, request as httpRequest } from 'node:http'
import { performance } from 'node:perf_hooks'
import type { ClientBatch, ClientCall, ClientResult, LoadResult } from './gateway-load'

type Reply = Omit<ClientResult, 'start' | 'end'>

function call(url: string, request: ClientCall, agent: Agent): Promise<Reply> {
  const body = JSON.stringify(request.body)
  return new Promise<Reply>((resolve) => {
    const failed = (error: Error) => resolve({ status: 0, body: null, failure: error.message })
    const req = httpRequest(
      `${url}/cloud/${request.name}`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-wx-openid': request.openid,
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', failed)
        res.on('end', () => {
          try {
            const text = Buffer.concat(chunks).toString('utf8')
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) })
          } catch (error) {
            failed(error as Error)
          }
        })
      },
    )
    req.on('error', failed)
    req.end(body)
  })
}

process.once('message', async (batch: ClientBatch) => {
  const results: ClientResult[] = new Array(batch.calls.length)
  const agent = new Agent({ keepAlive: true, maxSockets: batch.concurrency })
  let next = 0
  const cpuBefore = process.cpuUsage()
  const began = performance.now()
  const client = async () => {
    for (let index = next++; index < batch.calls.length; index = next++) {
      const start = performance.now() - began
      const reply = await call(batch.url, batch.calls[index], agent)
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
