// Production dependency audit (npm run audit:prod): `npm audit --omit=dev --audit-level=high` for the
// root install and for what WeChat cloud installs for the cloud functions. The functions need their
// own audit: at the root wx-server-sdk is a devDependency, so --omit=dev leaves its tree out. Each
// distinct cloudfunctions/*/package.json is resolved in a temporary folder with
// `npm install --package-lock-only` (as "云端安装依赖" resolves it, overrides included) and audited there.
// Exit codes: 0 no high or critical vulnerability; 1 some found, or a step failed; 2 the registry
// refused the audit endpoint (npm audit cannot run from this machine, so nothing was checked).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const root = path.resolve(__dirname, '..')
const functionsDir = path.join(root, 'cloudfunctions')

type Outcome =
  | { kind: 'clean'; counts: string }
  | { kind: 'vulnerable'; counts: string; findings: string[] }
  | { kind: 'refused'; detail: string }
  | { kind: 'failed'; detail: string }

interface AuditJson {
  metadata?: { vulnerabilities?: Record<string, number> }
  vulnerabilities?: Record<string, { severity: string; range: string; via: unknown[] }>
  message?: string
  statusCode?: number
  error?: { summary?: string }
}

function npm(args: string[], cwd: string) {
  return spawnSync('npm', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}

function lastLines(text: string, n = 5): string {
  return text.trim().split('\n').slice(-n).join('\n')
}

function audit(cwd: string): Outcome {
  const run = npm(['audit', '--omit=dev', '--audit-level=high', '--json'], cwd)
  let report: AuditJson
  try {
    report = JSON.parse(run.stdout) as AuditJson
  } catch {
    return { kind: 'failed', detail: lastLines(run.stderr || run.stdout) }
  }
  const counts = report.metadata?.vulnerabilities
  if (!counts) {
    // No report: npm could not get one. A 4xx/5xx from the advisories endpoint (this sandbox's
    // registry answers 405 to POST) means the audit never ran.
    const detail = report.message ?? report.error?.summary ?? lastLines(run.stderr)
    const refused = /audit endpoint|advisories|ENOAUDIT|\b[45]\d\d\b/.test(
      `${detail}\n${run.stderr}`,
    )
    return refused ? { kind: 'refused', detail } : { kind: 'failed', detail }
  }
  const summary = ['critical', 'high', 'moderate', 'low']
    .map((level) => `${counts[level] ?? 0} ${level}`)
    .join(', ')
  const findings = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name, v]) => {
      const titles = v.via
        .filter((via): via is { title: string; url: string } => typeof via === 'object')
        .map((via) => `${via.title} (${via.url})`)
      return `${v.severity} ${name} ${v.range}${titles.length ? `: ${titles.join('; ')}` : ' (via a dependency)'}`
    })
  return findings.length
    ? { kind: 'vulnerable', counts: summary, findings }
    : { kind: 'clean', counts: summary }
}

/** The cloud functions' package.json files, one per distinct dependency set. */
function functionManifests(): { names: string[]; manifest: Record<string, unknown> }[] {
  const groups = new Map<string, { names: string[]; manifest: Record<string, unknown> }>()
  for (const name of readdirSync(functionsDir).sort()) {
    const file = path.join(functionsDir, name, 'package.json')
    if (!existsSync(file)) continue
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    const key = JSON.stringify([manifest.dependencies, manifest.overrides])
    const group = groups.get(key) ?? { names: [], manifest }
    group.names.push(name)
    groups.set(key, group)
  }
  return [...groups.values()]
}

function auditFunctions(names: string[], manifest: Record<string, unknown>): Outcome {
  const dir = mkdtempSync(path.join(tmpdir(), 'ipweek-audit-'))
  try {
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2))
    const lock = npm(
      ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'],
      dir,
    )
    if (lock.status !== 0) {
      return { kind: 'failed', detail: `resolving ${names.join(', ')}: ${lastLines(lock.stderr)}` }
    }
    return audit(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const targets: [string, () => Outcome][] = [
  ['root (dependencies)', () => audit(root)],
  ...functionManifests().map(({ names, manifest }): [string, () => Outcome] => [
    `cloud functions (${names.join(', ')})`,
    () => auditFunctions(names, manifest),
  ]),
]

const outcomes = targets.map(([label, run]) => {
  const outcome = run()
  if (outcome.kind === 'clean') console.log(`ok      ${label}: ${outcome.counts}`)
  if (outcome.kind === 'vulnerable') {
    console.log(`FAILED  ${label}: ${outcome.counts}`)
    for (const finding of outcome.findings) console.log(`          ${finding}`)
  }
  if (outcome.kind === 'refused') {
    console.log(`SKIPPED ${label}: the registry refused the audit endpoint (${outcome.detail})`)
  }
  if (outcome.kind === 'failed') console.log(`ERROR   ${label}: ${outcome.detail}`)
  return outcome
})

if (outcomes.some((o) => o.kind === 'vulnerable' || o.kind === 'failed')) {
  process.exit(1)
} else if (outcomes.some((o) => o.kind === 'refused')) {
  console.error(
    'npm audit could not reach the advisory endpoint from this machine, so nothing was checked.\n' +
      'Run `npm run audit:prod` from a machine that reaches registry.npmjs.org (see docs/release.md).',
  )
  process.exit(2)
}
