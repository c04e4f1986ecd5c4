// A proxy between function instances and the local TCB server that breaks, on request, one
// behaviour the product relies on, to show that the self-test notices.
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Fault =
  /** Conditional updates lose their conditions: two takers both get the last seat. */
  | 'unconditional-updates'
  /** A duplicate _id is still refused, but with a message nobody recognises. */
  | 'vague-duplicate-errors'

export interface FaultProxy {
  url: string
  faults: Set<Fault>
  close(): Promise<void>
}

const readBody = async (req: IncomingMessage) => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** Keeps only the `_id` of a modifyDocument's EJSON query. */
function dropConditions(body: Record<string, unknown>): Record<string, unknown> {
  if (body.action !== 'database.modifyDocument' || typeof body.query !== 'string') return body
  const query = JSON.parse(body.query) as Record<string, unknown>
  return { ...body, query: JSON.stringify({ _id: query._id }) }
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const faults = new Set<Fault>()
  const server = createServer(async (req, res) => {
    let text = await readBody(req)
    if (faults.has('unconditional-updates') && text) {
      text = JSON.stringify(dropConditions(JSON.parse(text) as Record<string, unknown>))
    }
    const upstream = await fetch(new URL(req.url ?? '/', target), {
      method: req.method,
      headers: { 'content-type': req.headers['content-type'] ?? 'application/json' },
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : text,
    })
    let answer = Buffer.from(await upstream.arrayBuffer())
    if (faults.has('vague-duplicate-errors')) {
      answer = Buffer.from(
        answer.toString('utf8').replace(/E11000|duplicate key/gi, 'write refused'),
      )
    }
    res.writeHead(upstream.status, {
      'content-type': upstream.headers.get('content-type') ?? 'application/json',
    })
    res.end(answer)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    faults,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
