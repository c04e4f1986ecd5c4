// The one process a person runs locally: the H5 app at `/`, the cloud functions at
// `POST /cloud/<name>` (body = the `data` of wx.cloud.callFunction, response = its result), and
// the web preview's stand-in for wx.cloud's photo upload (upload.ts).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import sirv from 'sirv'
import type { CloudError } from '@/contracts/errors'
import { FunctionNotFoundError, FunctionTimeoutError, type FunctionPool } from '../runner/pool'
import { securityHeaders } from './security-headers'
import { FILE_PATH, sendFilingPhoto, storeUpload, UPLOAD_PATH } from './upload'

export interface GatewayOptions {
  host: string
  port: number
  /** The H5 build to serve; absent in tests that only call functions. */
  h5Dir?: string
  /** Where the local cloud storage's temporary links point: images may come from there. */
  storageOrigin?: string
  pool: FunctionPool
}

export interface Gateway {
  url: string
  close(): Promise<void>
}

const MAX_BODY_BYTES = 2 * 1024 * 1024
// No request needs more than a few levels. Thousands overflow the stack of the IPC serialiser that
// hands the request to a function instance; the pool now fails just that call (INTERNAL), but
// refusing here first tells the client what is wrong (INVALID_ARGUMENT).
const MAX_DEPTH = 100
// Local sign-in sends this header; in WeChat the platform supplies the caller's OPENID.
const OPENID_HEADER = 'x-wx-openid'
const OPENID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const headers = options.h5Dir ? securityHeaders(options.h5Dir, options.storageOrigin) : {}
  const serveStatic = options.h5Dir
    ? sirv(options.h5Dir, {
        etag: true,
        gzip: true,
        brotli: true,
        immutable: true,
        dev: false,
        setHeaders: (res) => {
          for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
        },
      })
    : undefined
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const match = /^\/cloud\/([^/]+)$/.exec(url.pathname)
    if (match) {
      if (req.method !== 'POST')
        return sendError(res, 405, 'INVALID_ARGUMENT', '请使用 POST 调用云函数')
      return void callFunction(options.pool, decodeURIComponent(match[1]), req, res)
    }
    if (url.pathname === UPLOAD_PATH) {
      if (req.method !== 'POST') return sendError(res, 405, 'INVALID_ARGUMENT', '请使用 POST 上传')
      return void upload(req, res, url.searchParams.get('cloudPath') ?? '')
    }
    if (url.pathname === FILE_PATH) {
      return void sendFilingPhoto(res, url.searchParams.get('fileID') ?? '')
    }
    if (serveStatic)
      return serveStatic(req, res, () => sendError(res, 404, 'NOT_FOUND', '页面不存在'))
    sendError(res, 404, 'NOT_FOUND', '页面不存在')
  })
  await listen(server, options.port, options.host)
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${options.host}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

async function callFunction(
  pool: FunctionPool,
  name: string,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const openid = req.headers[OPENID_HEADER]
  if (openid !== undefined && (typeof openid !== 'string' || !OPENID_PATTERN.test(openid))) {
    return sendError(res, 400, 'UNAUTHENTICATED', `${OPENID_HEADER} 格式不正确`)
  }
  let event: unknown
  try {
    event = JSON.parse((await readBody(req)) || '{}')
  } catch (error) {
    const tooLarge = error instanceof BodyTooLargeError
    return sendError(
      res,
      tooLarge ? 413 : 400,
      'INVALID_ARGUMENT',
      tooLarge ? '请求过大' : '请求体不是合法的 JSON',
    )
  }
  if (nestedDeeperThan(event, MAX_DEPTH)) {
    return sendError(res, 400, 'INVALID_ARGUMENT', '请求嵌套过深')
  }
  try {
    const result = await pool.invoke(name, event, {
      openid: openid ?? '',
      clientIp: req.socket.remoteAddress,
    })
    sendJson(res, 200, result)
  } catch (error) {
    if (error instanceof FunctionNotFoundError)
      return sendError(res, 404, 'NOT_FOUND', `没有名为 ${name} 的云函数`)
    console.error(`[gateway] ${name}: ${error instanceof Error ? error.message : String(error)}`)
    // The stable codes have no timeout of their own; the status tells it apart, as the cloud's
    // "invoking task timed out" does.
    if (error instanceof FunctionTimeoutError)
      return sendError(res, 504, 'INTERNAL', '云函数执行超时，请稍后再试')
    sendError(res, 502, 'INTERNAL', '云函数执行失败，请稍后再试')
  }
}

// The web preview's stand-in for wx.cloud.uploadFile (see upload.ts).
async function upload(req: IncomingMessage, res: ServerResponse, cloudPath: string) {
  try {
    const { status, body } = await storeUpload(req, cloudPath)
    sendJson(res, status, body)
  } catch (error) {
    console.error(`[gateway] upload: ${error instanceof Error ? error.message : String(error)}`)
    sendError(res, 500, 'INTERNAL', '上传失败，请稍后再试')
  }
}

class BodyTooLargeError extends Error {}

function nestedDeeperThan(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return false
  return depth === 0 || Object.values(value).some((child) => nestedDeeperThan(child, depth - 1))
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      // Past the limit, keep draining (so the 413 can still be sent) but stop storing.
      if (size > MAX_BODY_BYTES) return reject(new BodyTooLargeError())
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function sendError(res: ServerResponse, status: number, code: CloudError['code'], message: string) {
  sendJson(res, status, { ok: false, error: { code, message } })
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  })
  res.end(text)
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
}
