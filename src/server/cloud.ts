// The one place a function reaches WeChat cloud. Production and the local runtime run this same
// code: locally the SDK is pointed at the local server through its environment alone.
import * as cloud from 'wx-server-sdk'
import type { Database } from './database-types'

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

// `throwOnNotFound: false`: doc(id).get() of a missing document returns `{ data: null }`.
export const db = cloud.database({ throwOnNotFound: false } as object) as unknown as Database

/** The caller's identity, as the platform gives it: never from the request payload. */
export function callerOpenid(): string {
  return cloud.getWXContext().OPENID ?? ''
}

/**
 * Whether the platform's timer trigger made this call. WeChat says so in SOURCE (`wx_trigger`); the
 * local runtime sets no SOURCE, and there a client's call, even an anonymous one, has an IP.
 */
export function calledByTimer(): boolean {
  const { OPENID, SOURCE, CLIENTIP } = cloud.getWXContext()
  if (OPENID) return false
  return SOURCE ? SOURCE === 'wx_trigger' : !CLIENTIP
}

/** A subscribe message to one user (cloud.openapi.subscribeMessage.send; needs the permission). */
export async function sendSubscribeMessage(message: {
  touser: string
  templateId: string
  page?: string
  data: Record<string, { value: string }>
}): Promise<void> {
  const openapi = (
    cloud as unknown as {
      openapi: { subscribeMessage: { send(message: object): Promise<unknown> } }
    }
  ).openapi
  await openapi.subscribeMessage.send(message)
}

interface CloudStorage {
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>
  getTempFileURL(options: {
    fileList: { fileID: string; maxAge: number }[]
  }): Promise<{ fileList: { tempFileURL: string; status: number }[] }>
  downloadFile(options: { fileID: string }): Promise<{ fileContent: Buffer }>
  deleteFile(options: { fileList: string[] }): Promise<{ fileList: { status: number }[] }>
}

/** Cloud storage, typed (the SDK's own typings predate promises). */
export const storage = cloud as unknown as CloudStorage

/** Puts a file in cloud storage and returns a temporary download URL for it. */
export async function storeFile(
  cloudPath: string,
  fileContent: Buffer,
  maxAgeSeconds: number,
): Promise<{ fileID: string; url: string }> {
  const { fileID } = await storage.uploadFile({ cloudPath, fileContent })
  return { fileID, url: await temporaryUrl(fileID, maxAgeSeconds) }
}

export async function temporaryUrl(fileID: string, maxAgeSeconds: number): Promise<string> {
  const { fileList } = await storage.getTempFileURL({
    fileList: [{ fileID, maxAge: maxAgeSeconds }],
  })
  const url = fileList[0]?.tempFileURL
  if (!url) throw new Error(`no download URL for ${fileID} (status ${fileList[0]?.status})`)
  return url
}

/** WeChat's verdict on a text or an image: only 'pass' may be published. */
export type ContentVerdict = 'pass' | 'review' | 'risky'

interface SecurityApi {
  msgSecCheck(request: object): Promise<{ result?: { suggest?: string } }>
  imgSecCheck(request: object): Promise<unknown>
}

const security = () => (cloud as unknown as { openapi: { security: SecurityApi } }).openapi.security

/** 87014: WeChat's error code for content that is not allowed. */
const isRiskyError = (error: unknown) => (error as { errCode?: number })?.errCode === 87014

/** security.msgSecCheck (version 2) for text `author` wrote; scene 3: a forum-like post. */
export async function checkText(content: string, author: string): Promise<ContentVerdict> {
  try {
    const { result } = await security().msgSecCheck({
      content,
      version: 2,
      scene: 3,
      openid: author,
    })
    const suggest = result?.suggest ?? 'pass'
    return suggest === 'pass' ? 'pass' : suggest === 'risky' ? 'risky' : 'review'
  } catch (error) {
    if (isRiskyError(error)) return 'risky'
    throw error
  }
}

/** security.imgSecCheck for one image (WeChat takes up to 1 MB, 750×1334 px). */
export async function checkImage(image: Buffer, contentType: string): Promise<ContentVerdict> {
  try {
    await security().imgSecCheck({ media: { contentType, value: image } })
    return 'pass'
  } catch (error) {
    if (isRiskyError(error)) return 'risky'
    throw error
  }
}
