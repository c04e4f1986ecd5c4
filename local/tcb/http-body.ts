import type { IncomingMessage } from 'node:http'
import busboy from 'busboy'
import { invalidParam } from './errors'
import type { Body } from './handler'

const MAX_BODY_BYTES = 64 * 1024 * 1024

/** The SDK posts JSON, except wx.openApi, which is multipart with a binary `requestData` part. */
export async function readBody(req: IncomingMessage): Promise<Body> {
  const type = req.headers['content-type'] ?? ''
  if (type.startsWith('multipart/form-data')) return readMultipart(req)
  const text = (await readAll(req)).toString('utf8')
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw invalidParam(`request body is not valid JSON (content-type ${JSON.stringify(type)})`)
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidParam('request body must be a JSON object')
  }
  return body as Body
}

export async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) {
      throw invalidParam(`request body larger than ${MAX_BODY_BYTES} bytes`)
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

// Text parts become strings; binary parts (sent as application/octet-stream) become Buffers.
function readMultipart(req: IncomingMessage): Promise<Body> {
  return new Promise((resolve, reject) => {
    const body: Body = {}
    const files: Promise<void>[] = []
    const parser = busboy({ headers: req.headers, limits: { fileSize: MAX_BODY_BYTES } })
    parser.on('field', (name, value) => {
      body[name] = value
    })
    parser.on('file', (name, stream) => {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      files.push(
        new Promise((done) =>
          stream.on('close', () => done(void (body[name] = Buffer.concat(chunks)))),
        ),
      )
    })
    parser.on('close', () => Promise.all(files).then(() => resolve(body), reject))
    parser.on('error', (e) =>
      reject(invalidParam(`malformed multipart body: ${(e as Error).message}`)),
    )
    req.pipe(parser)
  })
}
