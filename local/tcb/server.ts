// A local server speaking the WeChat cloud (TCB) admin HTTP protocol that wx-server-sdk 4.0.2 uses, so
// unmodified cloud functions run locally with the SDK pointed here through environment variables only:
//   TCB_CONTEXT_CNFG='{"URL":"<server.url>"}' TENCENTCLOUD_SECRETID=local TENCENTCLOUD_SECRETKEY=local
//   TCB_ENV=local SCF_NAMESPACE=local TENCENTCLOUD=true WX_CONTEXT_KEYS=WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP
import { randomUUID } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { openDatabase } from './database/open'
import { TcbError, unsupported } from './errors'
import { type InvokeFunction, functionActions } from './functions'
import type { Body, Handler } from './handler'
import { readBody } from './http-body'
import { answerOpenApi } from './openapi'
import { Outbox, type OutboxEntry } from './outbox'
import { COS_PATH, createStorage } from './storage'

export type { OutboxEntry }

export interface TcbServerOptions {
  /** Persistent store lives here (created if missing). */
  dataDir: string
  /** 0 = random free port (default). */
  port?: number
  /** Default '127.0.0.1'. */
  host?: string
  /** Serves functions.invokeFunction (cloud.callFunction); absent => a loud error. */
  invokeFunction?: InvokeFunction
  /** One-line notices, e.g. "[local] openapi subscribeMessage.send recorded in outbox (not sent to WeChat)". */
  log?: (line: string) => void
  /** An open transaction is aborted after this long, so an abandoned one cannot block everything (default 10 s). */
  transactionTimeoutMs?: number
  /** Sees every admin request body as parsed (contract tests pin what the SDK sends). */
  onRequest?: (body: Body) => void
}

export interface TcbServer {
  /** 'http://127.0.0.1:PORT/admin': the value for TCB_CONTEXT_CNFG.URL. */
  url: string
  port: number
  /** Everything the stand-in WeChat services "sent". */
  outbox(): Promise<OutboxEntry[]>
  close(): Promise<void>
}

const ADMIN_PATH = '/admin'

export async function startTcbServer(opts: TcbServerOptions): Promise<TcbServer> {
  const host = opts.host ?? '127.0.0.1'
  const log = opts.log ?? ((line: string) => console.log(line))
  await mkdir(opts.dataDir, { recursive: true })
  const database = await openDatabase(opts.dataDir, opts.transactionTimeoutMs ?? 10_000, log)
  const outbox = new Outbox(join(opts.dataDir, 'outbox.jsonl'))
  let origin = ''
  const storage = createStorage(opts.dataDir, () => origin)
  const handlers: Record<string, Handler> = {
    ...database.actions,
    ...storage.actions,
    ...functionActions(opts.invokeFunction),
  }

  async function admin(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = `local-${randomUUID()}`
    try {
      const body = await readBody(req)
      opts.onRequest?.(body)
      const action = String(body.action)
      if (action === 'wx.openApi') {
        if (!Buffer.isBuffer(body.requestData)) {
          throw unsupported('wx.openApi request without binary requestData', 'SYS_ERR')
        }
        const answer = await answerOpenApi(String(body.apiName), body.requestData, outbox, log)
        res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(answer)
        return
      }
      const handler = handlers[action]
      if (!handler) throw unsupported(`action ${action}`, 'SYS_ERR')
      sendJson(res, { ...(await handler(body)), requestId })
    } catch (e) {
      // Errors travel as HTTP 200 { code, message }, which the SDK turns into the errCode the cloud would give.
      if (e instanceof TcbError) {
        return sendJson(res, { code: e.code, message: e.message, requestId })
      }
      log(`[local] internal error in the local TCB server: ${(e as Error)?.stack ?? String(e)}`)
      sendJson(res, {
        code: 'SYS_ERR',
        message: `[local runtime] ${(e as Error)?.message ?? String(e)}`,
        requestId,
      })
    }
  }

  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]
    const handled =
      path === ADMIN_PATH && req.method === 'POST'
        ? admin(req, res)
        : path.startsWith(COS_PATH)
          ? storage.serve(req, res, path.slice(COS_PATH.length))
          : Promise.resolve(void res.writeHead(404).end())
    handled.catch((e: unknown) => {
      log(`[local] request ${req.method} ${path} failed: ${(e as Error)?.message ?? String(e)}`)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  origin = `http://${host}:${port}`

  return {
    url: origin + ADMIN_PATH,
    port,
    outbox: () => outbox.read(),
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      await database.close()
      server.closeAllConnections()
      await closed
    },
  }
}

function sendJson(res: ServerResponse, value: Record<string, unknown>): void {
  const text = JSON.stringify(value)
  // Exactly this content-type: the SDK parses wx.openApi error answers as JSON only when it matches.
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  })
  res.end(text)
}
