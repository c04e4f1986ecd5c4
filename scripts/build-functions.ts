// Bundles each cloud function (cloudfunctions/<name>/index.ts) into a deployable index.js beside
// it: domain code, contracts and libraries are inlined, only wx-server-sdk stays a dependency
// (installed in the cloud from the function's own package.json).
import { build } from 'esbuild'
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const FUNCTIONS_DIR = resolve(__dirname, '..', 'cloudfunctions')

export function functionNames(): string[] {
  return readdirSync(FUNCTIONS_DIR, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(join(FUNCTIONS_DIR, entry.name, 'index.ts')),
    )
    .map((entry) => entry.name)
    .sort()
}

export async function buildFunctions(): Promise<string[]> {
  const names = functionNames()
  await Promise.all(
    names.map((name) =>
      build({
        entryPoints: [join(FUNCTIONS_DIR, name, 'index.ts')],
        outfile: join(FUNCTIONS_DIR, name, 'index.js'),
        bundle: true,
        platform: 'node',
        // WeChat cloud functions run on Node.js 16 at the oldest.
        target: 'node16',
        format: 'cjs',
        external: ['wx-server-sdk'],
        tsconfig: resolve(__dirname, '..', 'tsconfig.json'),
        legalComments: 'none',
        logLevel: 'warning',
      }),
    ),
  )
  return names
}

// Run as a script (npm run build:functions), not imported. (`require.main` is typed away by the
// mini-program typings the native component tests load.)
if (resolve(process.argv[1] ?? '') === __filename) {
  buildFunctions().then(
    (names) => console.log(`built ${names.length} cloud functions: ${names.join(', ')}`),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
