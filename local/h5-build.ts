// Builds the H5 app when dist/h5 is missing or older than the sources.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '..')
export const H5_DIR = join(ROOT, 'dist', 'h5')

function newestChange(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce(
      (latest, entry) => Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs),
      0,
    )
}

export function h5BuildIsStale(): boolean {
  const index = join(H5_DIR, 'index.html')
  if (!existsSync(index)) return true
  const built = statSync(index).mtimeMs
  return ['src', 'config'].some((dir) => newestChange(join(ROOT, dir)) > built)
}

export function buildH5(): void {
  const build = spawnSync('npx', ['taro', 'build', '--type', 'h5'], {
    cwd: ROOT,
    // A production build even when started from jest (NODE_ENV=test would leave dev-only code in).
    env: { ...process.env, NODE_ENV: 'production' },
    // Webpack's progress bar is noise here; its output is shown only if the build fails.
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (build.status !== 0) {
    console.error(`${build.stdout}\n${build.stderr}`.slice(-4000))
    throw new Error('the H5 build failed; run `npm run build:h5` to see why')
  }
}
