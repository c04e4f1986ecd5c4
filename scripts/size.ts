// Package sizes of the weapp build against our budgets and an empty Taro app built with the same
// config (config/baseline). Exits 1 when a package is over budget, or when a bundle still reads
// process.env.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const KB = 1024
const MAIN_BUDGET_KB = 800
const SUB_BUDGET_KB = 500
const HARD_LIMIT_KB = 2 * 1024 // WeChat's limit for the main package and for each subpackage

const root = path.resolve(__dirname, '..')
const appDir = path.join(root, 'dist/weapp')
const baselineSource = 'config/baseline'
const baselineDir = path.join(root, 'dist/baseline-weapp')
// DevTools settings, not part of the uploaded code package.
const notPackaged = new Set(['project.config.json', 'project.private.config.json'])

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .filter((file) => !notPackaged.has(file))
}

/** Bytes per package: key '' is the main package, other keys are subpackage roots. */
function measure(dir: string): Map<string, number> {
  const app = JSON.parse(readFileSync(path.join(dir, 'app.json'), 'utf8'))
  const roots: string[] = (app.subPackages ?? app.subpackages ?? []).map((sub: { root: string }) =>
    sub.root.replace(/\/?$/, '/'),
  )
  const sizes = new Map<string, number>([['', 0], ...roots.map((r): [string, number] => [r, 0])])
  for (const file of files(dir)) {
    const posix = file.split(path.sep).join('/')
    const key = roots.find((r) => posix.startsWith(r)) ?? ''
    sizes.set(key, sizes.get(key)! + statSync(path.join(dir, file)).size)
  }
  return sizes
}

function newestMtime(paths: string[]): number {
  return Math.max(
    ...paths.flatMap((p) =>
      statSync(p).isDirectory()
        ? files(p).map((f) => statSync(path.join(p, f)).mtimeMs)
        : [statSync(p).mtimeMs],
    ),
  )
}

function buildBaselineIfStale() {
  const marker = path.join(baselineDir, 'app.json')
  const inputs = ['config', 'babel.config.js', 'package-lock.json']
    .map((p) => path.join(root, p))
    .filter(existsSync)
  if (existsSync(marker) && statSync(marker).mtimeMs >= newestMtime(inputs)) return
  console.log(
    `Building the empty baseline app (${baselineSource}) into ${path.relative(root, baselineDir)}...`,
  )
  const taro = path.join(root, 'node_modules/.bin/taro')
  const result = spawnSync(taro, ['build', '--type', 'weapp'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_ENV: 'production', IPWEEK_SOURCE_ROOT: baselineSource },
  })
  // Only show the (very chatty) build log when it failed.
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr)
    throw new Error('Baseline build failed.')
  }
}

if (!existsSync(path.join(appDir, 'app.json'))) {
  console.error('dist/weapp/app.json not found: run `npm run build:weapp` first.')
  process.exit(1)
}
buildBaselineIfStale()

const app = measure(appDir)
const baselineMain = measure(baselineDir).get('')!
const kb = (bytes: number) => (bytes / KB).toFixed(1)
const rows = [...app].map(([pkgRoot, bytes]) => {
  const budget = pkgRoot ? SUB_BUDGET_KB : MAIN_BUDGET_KB
  return {
    name: pkgRoot ? `subpackage ${pkgRoot}` : 'main package',
    cells: [kb(bytes), String(budget), pkgRoot ? '-' : kb(baselineMain)],
    status:
      bytes > HARD_LIMIT_KB * KB ? 'OVER WECHAT LIMIT' : bytes > budget * KB ? 'OVER BUDGET' : 'ok',
  }
})
const width = Math.max(...rows.map((row) => row.name.length))
const line = (name: string, cells: string[], status: string) =>
  [name.padEnd(width), ...cells.map((cell) => cell.padStart(13)), `  ${status}`].join('  ')
console.log(line('', ['size KB', 'budget KB', 'empty app KB'], 'status'))
for (const row of rows) console.log(line(row.name, row.cells, row.status))
console.log(`(1 KB = 1024 bytes. WeChat rejects any package over ${HARD_LIMIT_KB} KB.)`)

const over = rows.filter((row) => row.status !== 'ok').map((row) => row.name)
if (over.length > 0) {
  console.error(`\nOver budget: ${over.join(', ')}.`)
  console.error('Trim the code, or move pages out of the main package into subpackages.')
  process.exit(1)
}

// WeChat has no `process`: a `process.env.X` the build did not replace would throw when loaded.
const unreplaced = files(appDir).filter(
  (file) =>
    file.endsWith('.js') && /process\.env\b/.test(readFileSync(path.join(appDir, file), 'utf8')),
)
if (unreplaced.length > 0) {
  console.error(`\nprocess.env left in ${unreplaced.join(', ')}: define it in config/index.ts env.`)
  process.exit(1)
}
