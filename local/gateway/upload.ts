// What wx.cloud does for the mini-program's filing photos, for the web preview (which has no
// wx.cloud): `POST /cloud-upload?cloudPath=filings/<unitId>/<name>.<ext>` with the image as the
// raw body stores it in the local cloud storage and answers `{ ok: true, data: { fileID } }`;
// `GET /cloud-file?fileID=<fileID>` shows a stored filing photo, as WeChat's <image> shows a
// cloud fileID. Both go through this process's wx-server-sdk, pointed at the local cloud.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { CloudResult } from '@/contracts/errors'
import { readAll } from '../tcb/http-body'

export const UPLOAD_PATH = '/cloud-upload'
export const FILE_PATH = '/cloud-file'

/** Roomy for a photo the app has already shrunk to WeChat's 1 MB image-check limit. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024

const CLOUD_PATH = /^filings\/[a-z][a-z0-9-]{0,39}\/[A-Za-z0-9_-]{1,64}\.(jpg|jpeg|png|gif|webp)$/
const FILING_FILE_ID = /^cloud:\/\/[^/]+\/filings\/[^?#]+\.(jpg|jpeg|png|gif|webp)$/

const CONTENT_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
}

/** The first bytes of the image formats accepted, so a renamed document is refused. */
function isImage(content: Buffer): boolean {
  const starts = (...bytes: number[]) => bytes.every((byte, i) => content[i] === byte)
  return (
    starts(0xff, 0xd8, 0xff) ||
    starts(0x89, 0x50, 0x4e, 0x47) ||
    starts(0x47, 0x49, 0x46, 0x38) ||
    (starts(0x52, 0x49, 0x46, 0x46) && content.subarray(8, 12).toString('latin1') === 'WEBP')
  )
}

// Loaded on first use: the SDK must see the environment that points it at the local cloud.
const storage = async () => (await import('@/server/cloud')).storage

export interface UploadAnswer {
  status: number
  body: CloudResult<{ fileID: string }>
}

const refuse = (status: number, message: string): UploadAnswer => ({
  status,
  body: { ok: false, error: { code: 'INVALID_ARGUMENT', message } },
})

export async function storeUpload(req: IncomingMessage, cloudPath: string): Promise<UploadAnswer> {
  if (!CLOUD_PATH.test(cloudPath)) {
    return refuse(400, '上传路径应为 filings/<单位编号>/<文件名>.jpg|png|gif|webp')
  }
  const tooLarge = refuse(413, `照片不能超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`)
  if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES) {
    // Drained, so the answer reaches a client still sending.
    req.resume()
    return tooLarge
  }
  const content = await readAll(req)
  if (content.length > MAX_UPLOAD_BYTES) return tooLarge
  if (!isImage(content)) return refuse(400, '只能上传 JPG、PNG、GIF 或 WebP 图片')
  const { fileID } = await (await storage()).uploadFile({ cloudPath, fileContent: content })
  return { status: 200, body: { ok: true, data: { fileID } } }
}

export async function sendFilingPhoto(res: ServerResponse, fileID: string): Promise<void> {
  const match = FILING_FILE_ID.exec(fileID)
  if (!match) return void res.writeHead(400).end('not a filing photo')
  let content: Buffer
  try {
    content = (await (await storage()).downloadFile({ fileID })).fileContent
  } catch {
    return void res.writeHead(404).end('no such photo')
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[match[1]],
    'content-length': content.length,
    // Names are random and never reused: a stored photo never changes.
    'cache-control': 'private, max-age=86400',
  })
  res.end(content)
}
