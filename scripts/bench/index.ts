// `npm run bench`: builds the cloud functions, runs each section on a fresh local cloud and
// prints one table of figures. Exits non-zero when a correctness check fails, or a bar of the size
// and Lighthouse sections; throughput is reported beside its bar, not enforced, as a shared
// machine's speed varies from run to run.
import { buildFunctions } from '../build-functions'
import { parseArgs, UsageError } from './args'
import { coldStartSection } from './cold-start'
import { crashSection } from './crash'
import { lighthouseSection } from './lighthouse'
import { mixedSection } from './mixed'
import { quizSection } from './quiz'
import { registrationsSection } from './registrations'
import { sizeSection } from './size'
import type { Row, Section } from './section'

const SECTIONS: Section[] = [
  registrationsSection,
  quizSection,
  mixedSection,
  sizeSection,
  lighthouseSection,
  coldStartSection,
  crashSection,
]

function printTable(rows: Row[]): void {
  const labelWidth = Math.max(...rows.map((row) => row.label.length + (row.indent ? 2 : 0)))
  const rule = '─'.repeat(Math.min(100, labelWidth + 40))
  console.log(`\n${rule}`)
  for (const row of rows) {
    const label = (row.indent ? '  ' : '') + row.label
    console.log(`${label.padEnd(labelWidth)}  ${row.value}`)
  }
  console.log(rule)
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2))
  const unknown = options.only?.filter((name) => !SECTIONS.some((s) => s.name === name)) ?? []
  if (unknown.length) {
    throw new UsageError(
      `unknown section ${unknown.join(', ')} (sections: ${SECTIONS.map((s) => s.name).join(', ')})`,
    )
  }
  const sections = SECTIONS.filter((s) => !options.only || options.only.includes(s.name))

  const progress = (line: string) => console.log(`› ${line}`)
  progress('bundling the cloud functions…')
  await buildFunctions()

  const rows: Row[] = []
  const failures: string[] = []
  for (const section of sections) {
    progress(`section ${section.name}`)
    const report = await section.run(options, progress)
    rows.push(...report.rows)
    failures.push(...report.failures.map((failure) => `${section.name}: ${failure}`))
  }
  printTable(rows)
  for (const failure of failures) console.log(`✘ ${failure}`)
  console.log(failures.length ? `${failures.length} check(s) failed` : '✔ every check held')
  return failures.length ? 1 : 0
}

main().then(
  // Explicit exit: the SDK's keep-alive sockets would otherwise hold the process open.
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(error.message)
    else console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
    process.exit(2)
  },
)
