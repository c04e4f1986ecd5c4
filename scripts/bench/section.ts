// A bench section measures one thing and reports figures; index.ts runs the sections in order.
import type { BenchOptions } from './args'

/** One line of the final table: a label and its figures. Indented rows belong to the line above. */
export interface Row {
  label: string
  value: string
  indent?: boolean
}

export interface SectionReport {
  rows: Row[]
  /** Why the run must exit non-zero (empty when every check held). */
  failures: string[]
}

export interface Section {
  name: string
  run(options: BenchOptions, progress: (line: string) => void): Promise<SectionReport>
}
