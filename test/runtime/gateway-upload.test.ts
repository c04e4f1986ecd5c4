// The web preview's photo upload through the gateway: a filing photo lands in the local cloud
// storage under its fileID and is shown back; anything else is refused with a clear answer.
import fs from 'node:fs'
import path from 'node:path'
import { FUNCTIONS_DIR } from '../../local/cloud'
import { startGateway, type Gateway } from '../../local/gateway/server'
import { MAX_UPLOAD_BYTES } from '../../local/gateway/upload'
import { FunctionPool } from '../../local/runner/pool'
import { type LocalCloud, removeTempDirs, startLocalCloud } from './support/local-cloud'

// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

let local: LocalCloud
let pool: FunctionPool
let gateway: Gateway

beforeAll(async () => {
  local = await startLocalCloud()
  // The upload needs no function instances.
  pool = new FunctionPool({ functionsDir: FUNCTIONS_DIR, tcbUrl: local.server.url, size: 0 })
  gateway = await startGateway({ host: '127.0.0.1', port: 0, pool })
})

afterAll(async () => {
  await gateway.close()
  await pool.close()
  await local.server.close()
  removeTempDirs()
})

function upload(cloudPath: string, body: Buffer | string) {
  return fetch(`${gateway.url}/cloud-upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { 'content-type': 'image/png' },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  })
}

test('stores a filing photo in the local cloud storage and shows it back by its fileID', async () => {
  const response = await upload('filings/court/a1b2c3.png', PNG)
  expect(response.status).toBe(200)
  const answer = await response.json()
  expect(answer).toEqual({
    ok: true,
    data: { fileID: 'cloud://local.local-storage/filings/court/a1b2c3.png' },
  })
  expect(fs.readFileSync(path.join(local.dataDir, 'storage/filings/court/a1b2c3.png'))).toEqual(PNG)
  // The cloud functions read it as any uploaded file.
  const { fileContent } = await local.cloud.downloadFile({ fileID: answer.data.fileID })
  expect(Buffer.from(fileContent)).toEqual(PNG)

  const shown = await fetch(
    `${gateway.url}/cloud-file?fileID=${encodeURIComponent(answer.data.fileID)}`,
  )
  expect(shown.status).toBe(200)
  expect(shown.headers.get('content-type')).toBe('image/png')
  expect(Buffer.from(await shown.arrayBuffer())).toEqual(PNG)
})

test('refuses paths outside filings/, other files, oversized bodies and other methods', async () => {
  const refused = async (response: Response, status: number) => {
    expect(response.status).toBe(status)
    expect(await response.json()).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: expect.any(String) },
    })
  }
  await refused(await upload('exports/week-summary/x.png', PNG), 400)
  await refused(await upload('filings/court/../../x.png', PNG), 400)
  await refused(await upload('filings/court/notes.txt', PNG), 400)
  await refused(await upload('filings/court/fake.png', 'not an image'), 400)
  await refused(await upload('filings/court/big.png', Buffer.alloc(MAX_UPLOAD_BYTES + 1)), 413)
  expect((await fetch(`${gateway.url}/cloud-upload?cloudPath=filings/court/a.png`)).status).toBe(
    405,
  )
  expect(fs.existsSync(path.join(local.dataDir, 'storage/exports'))).toBe(false)
  expect(fs.existsSync(path.join(local.dataDir, 'storage/filings/court/big.png'))).toBe(false)
})

test('shows only filing photos, and says when one is missing', async () => {
  const show = (fileID: string) =>
    fetch(`${gateway.url}/cloud-file?fileID=${encodeURIComponent(fileID)}`)
  expect((await show('cloud://local.local-storage/exports/week-summary/a.xlsx')).status).toBe(400)
  expect((await show('cloud://local.local-storage/filings/court/none.png')).status).toBe(404)
})
