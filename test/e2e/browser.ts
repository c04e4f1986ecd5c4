// Debian's Chromium driven by playwright-core, in a phone-sized window. Screenshots go to
// test-results/ (ignored by git) for a person to look at.
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

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
