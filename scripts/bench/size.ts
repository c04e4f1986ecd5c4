// Weapp package sizes, measured by scripts/size.ts (the same code as `npm run size`): the main
// package against the empty Taro app and the 800 KB budget, then each subpackage. Builds weapp
// only when dist/weapp is missing, so the row says which build was measured.
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { buildWeapp, kb, MAIN_BUDGET_KB, measureSizes, WEAPP_DIR } from '../size'
import type { Row, Section } from './section'

export const sizeSection: Section = {
  name: 'size',
  async run(_options, progress) {
    const appJson = path.join(WEAPP_DIR, 'app.json')
    let built = 'existing build'
    if (!existsSync(appJson)) {
      progress('dist/weapp is missing: building weapp (taro build --type weapp)…')
      buildWeapp()
      built = 'built now'
    }
    const when = statSync(appJson).mtime.toISOString().slice(0, 16).replace('T', ' ')
    progress('measuring the weapp packages (building the empty app if stale)…')
    const { packages, baselineMainBytes } = measureSizes()
    const main = packages.find((pkg) => !pkg.root)!
    const rows: Row[] = [
      {
        label: 'weapp main package',
        value:
          `${kb(main.bytes)} KB, empty Taro app ${kb(baselineMainBytes)} KB, ` +
          `budget ${MAIN_BUDGET_KB} KB (dist/weapp: ${built} of ${when} UTC)`,
      },
      ...packages
        .filter((pkg) => pkg.root)
        .map((pkg) => ({
          label: pkg.name,
          value: `${kb(pkg.bytes)} KB (budget ${pkg.budgetKb} KB${pkg.status === 'ok' ? '' : `, ${pkg.status}`})`,
          indent: true,
        })),
    ]
    const failures =
      main.status === 'ok' ? [] : [`main package ${kb(main.bytes)} KB > ${MAIN_BUDGET_KB} KB`]
    return { rows, failures }
  },
}
