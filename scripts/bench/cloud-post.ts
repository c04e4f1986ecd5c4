// One call of a cloud function through the gateway, as the benchmark's client processes make it:
// plain node:http over kept-alive connections (fetch cost the client process about twice the CPU
// per call, taken from the same cores as the processes measured). Never rejects: a failure is in
// the reply.
import { type Agent, request as httpRequest } from 'node:http'

export interface CloudReply {
  /** HTTP status; 0 when the request failed without a response. */
  status: number
  body?: unknown
  failure?: string
  /** The request went out on a kept-alive connection the gateway closed at that moment. */
  stale?: boolean
}

export function postCloud(
  agent: Agent,
  url: string,
  name: string,
  openid: string,
  data: unknown,
): Promise<CloudReply> {
  const body = JSON.stringify(data)
  return new Promise<CloudReply>((resolve) => {
    const failed = (error: Error & { code?: string }) =>
      resolve({
        status: 0,
        failure:
          `${error.code ?? ''} ${error.message}${req.reusedSocket ? ' (kept-alive connection)' : ''}`.trim(),
        stale: req.reusedSocket && error.code === 'ECONNRESET',
      })
    const req = httpRequest(
      `${url}/cloud/${name}`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          // How the local gateway takes a scripted client's identity.
          'x-wx-openid': openid,
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
