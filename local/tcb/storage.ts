// Local stand-in for cloud storage (COS): upload metadata pointing at this server, the PUT itself,
// temporary download URLs served by this server, and deletion. Files live under <dataDir>/storage/.
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { dirname, resolve, sep } from 'node:path'
import { invalidParam } from './errors'
import type { Body, Handler } from './handler'
import { readAll } from './http-body'

const FILE_ID_PREFIX = 'cloud://local.local-storage/'
export const COS_PATH = '/cos/'

export interface LocalStorage {
  actions: Record<string, Handler>
  /** PUT (upload), GET and HEAD (download) of `/cos/<cloudPath>`. */
  serve(req: IncomingMessage, res: ServerResponse, encodedPath: string): Promise<void>
}

export function createStorage(dataDir: string, serverUrl: () => string): LocalStorage {
  // Absolute, so the containment check below compares like with like.
  const root = resolve(dataDir, 'storage')

  const fileOf = (cloudPath: string): string => {
    const segments = cloudPath.split('/')
    if (
      !cloudPath ||
      cloudPath.includes('\0') ||
      cloudPath.includes('\\') ||
      segments.some((s) => s === '' || s === '.' || s === '..')
    ) {
      throw invalidParam(`invalid cloudPath ${JSON.stringify(cloudPath)}`)
    }
    const file = resolve(root, cloudPath)
    if (!file.startsWith(root + sep)) {
      throw invalidParam(`invalid cloudPath ${JSON.stringify(cloudPath)}`)
    }
    return file
  }
  const exists = (file: string) =>
    stat(file).then(
      (s) => s.isFile(),
      () => false,
    )
  // A fileID names a path under this server's storage; anything else (e.g. a real cloud fileID) is absent here.
  const cloudPathOf = (fileId: unknown): string | undefined =>
    typeof fileId === 'string' && fileId.startsWith(FILE_ID_PREFIX)
      ? fileId.slice(FILE_ID_PREFIX.length)
      : undefined
  const existingFile = async (fileId: unknown): Promise<string | undefined> => {
    const cloudPath = cloudPathOf(fileId)
    if (cloudPath === undefined) return undefined
    const file = fileOf(cloudPath)
    return (await exists(file)) ? file : undefined
  }

  const actions: Record<string, Handler> = {
    'storage.getUploadMetadata': async (body) => {
      const cloudPath = requiredString(body, 'path')
      fileOf(cloudPath)
      const encoded = cloudPath.split('/').map(encodeURIComponent).join('/')
      // The SDK refuses empty token/authorization/cosFileId (they become upload headers).
      return {
        data: {
          url: serverUrl() + COS_PATH + encoded,
          token: 'local-token',
          authorization: 'local-authorization',
          cosFileId: 'local-cos-file-id',
          fileId: FILE_ID_PREFIX + cloudPath,
        },
      }
    },
    'storage.batchGetDownloadUrl': async (body) => {
      const list = requiredArray(body, 'file_list') as { fileid?: unknown; max_age?: unknown }[]
      const download_list = await Promise.all(
        list.map(async ({ fileid, max_age }) => {
          const found = await existingFile(fileid)
          // Unescaped on purpose: the SDK applies encodeURI itself before downloading.
          return found
            ? {
                fileID: fileid,
                tempFileURL: serverUrl() + COS_PATH + cloudPathOf(fileid),
                maxAge: max_age,
                code: 'SUCCESS',
              }
            : { fileID: fileid, tempFileURL: '', maxAge: max_age, code: 'STORAGE_FILE_NONEXIST' }
        }),
      )
      return { data: { download_list } }
    },
    'storage.batchDeleteFile': async (body) => {
      const list = requiredArray(body, 'fileid_list')
      const delete_list = await Promise.all(
        list.map(async (fileId) => {
          const found = await existingFile(fileId)
          if (!found) return { fileID: fileId, code: 'STORAGE_FILE_NONEXIST' }
          await rm(found)
          return { fileID: fileId, code: 'SUCCESS' }
        }),
      )
      return { data: { delete_list } }
    },
  }

  async function serve(
    req: IncomingMessage,
    res: ServerResponse,
    encodedPath: string,
  ): Promise<void> {
    let file: string
    try {
      file = fileOf(decodeURIComponent(encodedPath))
    } catch {
      res.writeHead(400).end('invalid path')
      return
    }
    if (req.method === 'PUT') {
      const content = await readAll(req)
      await mkdir(dirname(file), { recursive: true })
      // Write then rename, so a download never sees half a file.
      await writeFile(file + '.uploading', content)
      await rename(file + '.uploading', file)
      res.writeHead(200).end()
    } else if ((req.method === 'GET' || req.method === 'HEAD') && (await exists(file))) {
      const content = await readFile(file)
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': content.length,
      })
      res.end(req.method === 'GET' ? content : undefined)
    } else {
      res.writeHead(req.method === 'GET' || req.method === 'HEAD' ? 404 : 405).end()
    }
  }

  return { actions, serve }
}

function requiredString(body: Body, name: string): string {
  const value = body[name]
  if (typeof value !== 'string') throw invalidParam(`${name} must be a string`)
  return value
}

function requiredArray(body: Body, name: string): unknown[] {
  const value = body[name]
  if (!Array.isArray(value)) throw invalidParam(`${name} must be an array`)
  return value
}
