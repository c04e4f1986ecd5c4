// Lighthouse performance and accessibility of the H5 app's home, calendar and 23 April event pages
// with Lighthouse's default (mobile, simulated slow 4G and 4× CPU slowdown) settings, served by the
// real gateway over dist/h5 and a seeded local cloud, in Debian's Chromium. The machine is shared,
// so performance is noisy: each page runs RUNS times and the median performance run is reported.
// Each page's median report is saved to test-results/lighthouse/<page>.json for its audits.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Result } from 'lighthouse'
import { buildH5, H5_DIR, h5BuildIsStale } from '../../local/h5-build'
import { startSeededCloud } from '../../local/seeded-cloud'
import type { Row, Section } from './section'

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const REPORT_DIR = resolve(__dirname, '..', '..', 'test-results', 'lighthouse')
/** Day 4 of the week, the day of the cross-border session: every page has its fullest content. */
const NOW = '2025-04-23T10:00:00+08:00'
const RUNS = 3
const BARS = { performance: 90, accessibility: 95 }
// The H5 router is in hash mode (config/index.ts); paths from src/app.config.ts.
const PAGES = [
  { name: 'home', path: '/#/pages/index/index' },
  { name: 'calendar', path: '/#/pages/calendar/index' },
  {
    name: 'event 23 Apr',
    path: '/#/packages/events/detail/index?id=yk2025-0423-cross-border-ecommerce',
  },
]
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']

type Category = keyof typeof BARS
const score = (lhr: Result, category: Category) =>
  Math.round((lhr.categories[category]?.score ?? 0) * 100)

/** The audits that cost the page most: weighted loss first, then the lowest score. */
function worstAudits(lhr: Result, count: number): string[] {
  const weights = new Map<string, number>()
  for (const category of Object.keys(BARS) as Category[]) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      weights.set(ref.id, Math.max(weights.get(ref.id) ?? 0, ref.weight))
    }
  }
  return [...weights]
    .map(([id, weight]) => ({ id, weight, score: lhr.audits[id]?.score }))
    .filter((a): a is { id: string; weight: number; score: number } => {
      const mode = lhr.audits[a.id]?.scoreDisplayMode
      return typeof a.score === 'number' && a.score < 0.9 && mode !== 'informative'
    })
    .sort((a, b) => b.weight * (1 - b.score) - a.weight * (1 - a.score) || a.score - b.score)
    .slice(0, count)
    .map((a) => a.id)
}

// lighthouse and chrome-launcher are ES modules: imported dynamically from this CommonJS script.
// (With Debian's Chromium 156, Lighthouse 12.2.3's layout-shifts and LCP-element audits end in a
// trace error and have no score; the metrics themselves are unaffected.)
async function audit(url: string, port: number): Promise<Result> {
  const { default: lighthouse } = await import('lighthouse')
  // No config: Lighthouse's default, i.e. the mobile preset with its throttling.
  const run = await lighthouse(url, {
    port,
    logLevel: 'error',
    onlyCategories: Object.keys(BARS),
  })
  if (!run) throw new Error(`Lighthouse returned nothing for ${url}`)
  if (run.lhr.runtimeError) throw new Error(`${url}: ${run.lhr.runtimeError.message}`)
  return run.lhr
}

export const lighthouseSection: Section = {
  name: 'lighthouse',
  async run(_options, progress) {
    if (!existsSync(CHROMIUM_PATH)) {
      return { rows: [], failures: [`no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`] }
    }
    if (h5BuildIsStale()) {
      progress('building the H5 app (dist/h5 is missing or older than src/config)…')
      buildH5()
    }
    progress('starting a seeded local cloud and the gateway over dist/h5…')
    const app = await startSeededCloud({
      workers: 2,
      now: NOW,
      includeSamples: true,
      h5Dir: H5_DIR,
    })
    const { launch } = await import('chrome-launcher')
    const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS })
    const rows: Row[] = []
    const failures: string[] = []
    try {
      mkdirSync(REPORT_DIR, { recursive: true })
      for (const page of PAGES) {
        const runs: Result[] = []
        for (let i = 0; i < RUNS; i++) {
          progress(`Lighthouse ${page.name} (${page.path}), run ${i + 1}/${RUNS}…`)
          runs.push(await audit(`${app.gateway.url}${page.path}`, chrome.port))
        }
        runs.sort((a, b) => score(a, 'performance') - score(b, 'performance'))
        const median = runs[Math.floor(runs.length / 2)]
        writeFileSync(
          join(REPORT_DIR, `${page.name.replace(/\W+/g, '-')}.json`),
          JSON.stringify(median),
        )
        const under = (Object.keys(BARS) as Category[]).filter(
          (category) => score(median, category) < BARS[category],
        )
        for (const category of under) {
          failures.push(`${page.name} ${category} ${score(median, category)} < ${BARS[category]}`)
        }
        rows.push(
          {
            label: `Lighthouse mobile: ${page.name}`,
            value:
              `performance ${score(median, 'performance')} ` +
              `(runs ${runs.map((r) => score(r, 'performance')).join('/')}), ` +
              `accessibility ${score(median, 'accessibility')}` +
              (under.length ? ` ✘ under the bar (${BARS.performance}/${BARS.accessibility})` : ''),
          },
          // Lighthouse's own measure of the host's speed: low when the shared machine is busy.
          {
            label: 'worst audits',
            value: `${worstAudits(median, 3).join(', ') || 'none'} (host CPU index ${Math.round(median.environment.benchmarkIndex)})`,
            indent: true,
          },
        )
      }
    } finally {
      chrome.kill()
      await app.stop()
    }
    return { rows, failures }
  },
}
