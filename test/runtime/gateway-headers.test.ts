// The H5 app is served with a content security policy that admits its own scripts and the one
// inline script of index.html (by hash), and images from the local cloud storage.
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FUNCTIONS_DIR } from '../../local/cloud'
import { startGateway, type Gateway } from '../../local/gateway/server'
import { FunctionPool } from '../../local/runner/pool'

const INLINE = 'document.documentElement.style.fontSize="20px"'
const STORAGE = 'http://127.0.0.1:4567'

let dir: string
let pool: FunctionPool
let gateway: Gateway
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ipweek-h5-'))
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><script>${INLINE}</script><script src="/js/app.js"></script></head><body></body></html>`,
  )
  // Serving files needs no function instances.
  pool = new FunctionPool({ functionsDir: FUNCTIONS_DIR, tcbUrl: 'http://127.0.0.1:1', size: 0 })
  gateway = await startGateway({
    host: '127.0.0.1',
    port: 0,
    pool,
    h5Dir: dir,
    storageOrigin: STORAGE,
  })
})
afterAll(async () => {
  await gateway.close()
  await pool.close()
  rmSync(dir, { recursive: true, force: true })
})

it('serves the app with a policy naming its inline script, not allowing inline scripts at large', async () => {
  const response = await fetch(`${gateway.url}/`)
  expect(response.status).toBe(200)
  const policy = response.headers.get('content-security-policy') ?? ''
  const directives = new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/)
      return [name, values]
    }),
  )
  const hash = `'sha256-${createHash('sha256').update(INLINE).digest('base64')}'`
  expect(directives.get('script-src')).toEqual(["'self'", hash])
  expect(directives.get('img-src')).toContain(STORAGE)
  expect(directives.get('frame-ancestors')).toEqual(["'none'"])
  expect(directives.get('object-src')).toEqual(["'none'"])
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.headers.get('referrer-policy')).toBe('no-referrer')
})
