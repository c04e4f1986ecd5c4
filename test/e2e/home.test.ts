import { browserCloud, describeInBrowser, screenshot } from './browser'

describeInBrowser('the home page in a phone browser', () => {
  const app = browserCloud({ now: '2025-04-23T02:00:00Z' })

  it('shows the theme, the day of the week and the 23 April session from the local cloud', async () => {
    const page = await app.open('/')
    await page.getByText('强化海外知识产权纠纷保护 促进跨境电商企业高质量发展宣贯活动').waitFor()
    await screenshot(page, 'home')
    const text = await page.locator('body').innerText()
    expect(text).toContain('知识产权与人工智能')
    expect(text).toContain('宣传周第 4 天（共 7 天）')
    expect(text).toContain('营口全地区涉外企业')
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
  }, 60_000)
})

describeInBrowser('local sign-in in the web preview', () => {
  const app = browserCloud()

  it('creates a named user whom the cloud functions then see as the caller', async () => {
    const page = await app.open('/')
    await page.getByText('切换身份').click()
    await page.getByRole('textbox', { name: '新用户的名字，如 张三' }).fill('张三')
    await page.getByText('新建并登录').click()
    await page.getByText('查看服务器识别的身份').click()
    const seen = page.getByText(/^服务器识别为：local-/)
    await seen.waitFor()
    await screenshot(page, 'local-sign-in')
    const openid = (await seen.innerText()).replace('服务器识别为：', '')
    expect(await page.getByText(`当前身份：张三（${openid}）`).count()).toBe(1)
  }, 60_000)
})
