// Package sizes of the weapp build against our budgets and an empty Taro app built with the same
// config (config/baseline). Exits 1 when a package is over budget, or when a bundle still reads
// process.env. The measuring (measureSizes) is shared with the bench's size section.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

export const KB = 1024
export const MAIN_BUDGET_KB = 800
export const SUB_BUDGET_KB = 500
export const HARD_LIMIT_KB = 2 * 1024 // WeChat's limit for the main package and for each subpackage

const root = path.resolve(__dirname, '..')
export const WEAPP_DIR = path.join(root, 'dist/weapp')
const baselineSource = 'config/baseline'
const baselineDir = path.join(root, 'dist/baseline-weapp')
// DevTools settings, not part of the uploaded code package.
const notPackaged = new Set(['project.config.json', 'project.private.config.json'])

export type SizeStatus = 'ok' | 'OVER BUDGET' | 'OVER WECHAT LIMIT'

export interface PackageSize {
  /** '' for the main package, else the subpackage root ('packages/events/'). */
  root: string
  name: string
  bytes: number
  budgetKb: number
  status: SizeStatus
}

export interface SizeReport {
  packages: PackageSize[]
  /** The empty Taro app's main package. */
  baselineMainBytes: number
}

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

/** A production `taro build --type weapp`; the (very chatty) log is shown only when it fails. */
export function buildWeapp(env: Record<string, string> = {}): void {
  const taro = path.join(root, 'node_modules/.bin/taro')
  const result = spawnSync(taro, ['build', '--type', 'weapp'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_ENV: 'production', ...env },
  })
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr)
    throw new Error(env.IPWEEK_SOURCE_ROOT ? 'Baseline build failed.' : 'The weapp build failed.')
  }
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
  buildWeapp({ IPWEEK_SOURCE_ROOT: baselineSource })
}

/** Measures dist/weapp (which must exist) against the budgets and the baseline, built if stale. */
export function measureSizes(): SizeReport {
  buildBaselineIfStale()
  const packages = [...measure(WEAPP_DIR)].map(([pkgRoot, bytes]): PackageSize => {
    const budgetKb = pkgRoot ? SUB_BUDGET_KB : MAIN_BUDGET_KB
    return {
      root: pkgRoot,
      name: pkgRoot ? `subpackage ${pkgRoot}` : 'main package',
      bytes,
      budgetKb,
      status:
        bytes > HARD_LIMIT_KB * KB
          ? 'OVER WECHAT LIMIT'
          : bytes > budgetKb * KB
            ? 'OVER BUDGET'
            : 'ok',
    }
  })
  return { packages, baselineMainBytes: measure(baselineDir).get('')! }
}

export const kb = (bytes: number) => (bytes / KB).toFixed(1)

function main(): void {
  if (!existsSync(path.join(WEAPP_DIR, 'app.json'))) {
    console.error('dist/weapp/app.json not found: run `npm run build:weapp` first.')
    process.exit(1)
  }
  const { packages, baselineMainBytes } = measureSizes()
  const rows = packages.map((pkg) => ({
    name: pkg.name,
    cells: [kb(pkg.bytes), String(pkg.budgetKb), pkg.root ? '-' : kb(baselineMainBytes)],
    status: pkg.status,
  }))
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
  const unreplaced = files(WEAPP_DIR).filter(
    (file) =>
      file.endsWith('.js') &&
      /process\.env\b/.test(readFileSync(path.join(WEAPP_DIR, file), 'utf8')),
  )
  if (unreplaced.length > 0) {
    console.error(
      `\nprocess.env left in ${unreplaced.join(', ')}: define it in config/index.ts env.`,
    )
    process.exit(1)
  }
}

// Run as a script (npm run size), not when the bench imports it (see scripts/build-functions.ts).
if (path.resolve(process.argv[1] ?? '') === __filename) main()
