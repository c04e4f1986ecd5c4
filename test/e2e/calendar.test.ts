import { browserCloud, describeInBrowser, screenshot } from './browser'

const SESSION = '强化海外知识产权纠纷保护 促进跨境电商企业高质量发展宣贯活动'

describeInBrowser('the 活动 tab and an event page in a phone browser', () => {
  const app = browserCloud({ now: '2025-04-23T02:00:00Z' })

  it('goes from the home page to the calendar, to 23 April, to the session', async () => {
    const page = await app.open('/')
    await page.getByText('知识产权与人工智能').first().waitFor()

    // The tab bar's 活动 tab. Taro keeps visited pages in the document: look inside this one.
    await page.locator('.weui-tabbar__item', { hasText: '活动' }).click()
    const calendar = page.locator('.calendar')
    const strip = calendar.locator('.day-strip__day')
    await strip.first().waitFor()
    expect(await strip.count()).toBe(7)
    // The server says it is 23 April in Yingkou: that day is today and open.
    const today = calendar.locator('.day-strip__day--today')
    expect(await today.innerText()).toContain('23')
    expect(await today.getAttribute('class')).toContain('day-strip__day--selected')
    await calendar.getByText('4月23日 周三（今天）').waitFor()
    await calendar.locator('.day-strip__count', { hasText: /\d+场/ }).first().waitFor()
    await calendar.getByText(SESSION).waitFor()
    await screenshot(page, 'calendar-today')

    // Another day, then back to 23 April by tapping it.
    await strip.nth(1).click()
    await calendar.getByText('4月21日 周一', { exact: true }).waitFor()
    await calendar.getByText('已结束').first().waitFor()
    await screenshot(page, 'calendar-past-day')
    await strip.nth(3).click()
    await calendar.getByText(SESSION).click()

    const details = page.locator('.event-page')
    await details.getByText('活动介绍').waitFor()
    const text = await details.innerText()
    expect(text).toContain(SESSION)
    expect(text).toContain('2025年4月23日 周三')
    expect(text).toContain('具体时间待主办单位公布')
    expect(text).toContain('营口自贸区')
    expect(text).toContain('营口全地区涉外企业')
    expect(text).toContain('辽宁省知识产权保护中心')
    expect(text).toContain('加入手机日历')
    expect(page.url()).toContain(
      '/packages/events/detail/index?id=yk2025-0423-cross-border-ecommerce',
    )
    await screenshot(page, 'event-session')

    // The .ics download carries the session as an all-day entry on 23 April.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      details.getByText('加入手机日历').click(),
    ])
    expect(download.suggestedFilename()).toBe('yk2025-0423-cross-border-ecommerce.ics')
    const stream = await download.createReadStream()
    const chunks: Buffer[] = []
    for await (const chunk of stream) chunks.push(chunk as Buffer)
    const ics = Buffer.concat(chunks).toString('utf8')
    expect(ics).toContain('DTSTART;VALUE=DATE:20250423\r\n')
    expect(ics.replace(/\r\n /g, '')).toContain(`SUMMARY:${SESSION}`)

    // Back to the calendar: still on 23 April.
    await page.goBack()
    await calendar.getByText('4月23日 周三（今天）').waitFor()
    expect(page.url()).toContain('/pages/calendar/index')
  }, 90_000)

  it('filters survive opening an event and coming back', async () => {
    const page = await app.open('/#/pages/calendar/index')
    const calendar = page.locator('.calendar')
    await calendar.getByText(SESSION).waitFor()
    await calendar.getByText(/^筛选/).click()
    await calendar.getByText('创新主体/企业', { exact: true }).click()
    await calendar.getByText('已筛选：创新主体/企业').waitFor()
    await screenshot(page, 'calendar-filters')
    await calendar.getByText('收起筛选 ▲').click()
    await calendar.getByText(SESSION).click()
    await page.locator('.event-page').getByText('活动介绍').waitFor()
    await page.goBack()
    await calendar.getByText('已筛选：创新主体/企业').waitFor()
    await calendar.getByText(SESSION).waitFor()
  }, 90_000)

  it('an unknown event says so and leads back to the calendar', async () => {
    const page = await app.open('/#/packages/events/detail/index?id=no-such-event')
    await page.getByText('没有找到这项活动').waitFor()
    await screenshot(page, 'event-not-found')
    await page.getByText('查看活动日程').click()
    await page.locator('.calendar .day-strip__day').first().waitFor()
  }, 60_000)
})
