// Debian's Chromium driven by playwright-core, in a phone-sized window. Screenshots go to
// test-results/ (ignored by git) for a person to look at.
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { H5_DIR } from '../../local/h5-build'
import { startTestCloud, type TestCloud, type TestCloudOptions } from '../functions/local-cloud'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const SCREENSHOT_DIR = resolve(__dirname, '..', '..', 'test-results', 'e2e')

/** CI installs Chromium (.ci/run) and must run these tests; elsewhere they are skipped with a note. */
export const describeInBrowser: jest.Describe = (() => {
  if (existsSync(CHROMIUM_PATH)) return describe
  if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM_PATH}`)
  console.warn(`browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`)
  return describe.skip
})()

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export async function openPhonePage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  const page = await context.newPage()
  await page.goto(url)
  return page
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, `${name}.png`)
  // Let Taro's 300 ms page-slide transition finish, so the picture shows one page.
  await page.waitForTimeout(500)
  await page.screenshot({ path, fullPage: true })
  return path
}

export interface BrowserCloud {
  cloud: TestCloud
  browser: Browser
  /** Opens a path of the H5 app (e.g. '/#/pages/calendar/index') in a fresh phone-sized page. */
  open(path: string): Promise<Page>
}

/** The local cloud serving the H5 app, and a browser, for the tests of one describe block. */
export function browserCloud(options: Omit<TestCloudOptions, 'h5Dir'> = {}): BrowserCloud {
  const app = {
    open: (path: string) => openPhonePage(app.browser, `${app.cloud.gateway.url}${path}`),
  } as BrowserCloud
  beforeAll(async () => {
    app.cloud = await startTestCloud({ ...options, h5Dir: H5_DIR })
    app.browser = await launchBrowser()
  }, 60_000)
  afterAll(async () => {
    await app.browser?.close()
    await app.cloud?.stop()
  })
  return app
}
