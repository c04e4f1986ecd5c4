// An enterprise registers for the 23 April session in a phone browser and gets its ticket: the
// QR code on screen decodes to the token the server stored for that user, nothing else. When the
// office then calls the session off, 我的报名 says so.
import jsQR from 'jsqr'
import { TICKET_QR_PREFIX } from '@/contracts/registrations'
import { creditCodeCheckChar } from '@/domain/credit-code'
import { BOOTSTRAP_CODE } from '../functions/organiser-fixture'
import { browserCloud, describeInBrowser, screenshot } from './browser'

const SESSION_ID = 'yk2025-0423-cross-border-ecommerce'
const FIRST_17 = '91210800MA0U1234X'
const CREDIT_CODE = FIRST_17 + creditCodeCheckChar(FIRST_17)

interface Stored {
  _id: string
  openid: string
  status: string
  attendees: number
  ticketToken: string
  checkinCode?: string
}

const BIND_OFFICE = { action: 'bind', code: BOOTSTRAP_CODE, name: '王主任' }

describeInBrowser('enterprise registration in a phone browser', () => {
  // A week before: registration for the session is open until the end of 22 April.
  const app = browserCloud({
    now: '2025-04-15T10:00:00+08:00',
    env: { IPWEEK_ADMIN_BOOTSTRAP_CODE: BOOTSTRAP_CODE },
  })

  it('signs in, registers for the 23 April session and shows the ticket', async () => {
    const page = await app.open('/#/packages/local/sign-in/index')
    await page.getByRole('textbox', { name: '新用户的名字，如 张三' }).fill('营口跨境电商企业')
    await page.getByText('新建并登录').click()
    const current = page.getByText(/^当前身份：营口跨境电商企业（local-/)
    await current.waitFor()
    const openid = /（(.+)）/.exec(await current.innerText())?.[1]

    await page.goto(`${app.cloud.gateway.url}/#/packages/events/detail/index?id=${SESSION_ID}`)
    await page.getByText('我要报名').click()
    const form = page.locator('.registration-form__form')
    await form.getByText('提交报名', { exact: true }).waitFor()
    await form.getByRole('checkbox', { name: '我已阅读并同意《个人信息保护说明》' }).click()
    await form.getByLabel('企业名称').fill('营口某某跨境电子商务有限公司')
    await form.getByLabel('统一社会信用代码').fill(CREDIT_CODE.toLowerCase())
    await form.getByLabel('联系人').fill('王小明')
    await form.getByLabel('手机号').fill('138 1234 1234')
    await form.getByLabel('增加参会人数').click()
    await form.getByRole('radio', { name: '是' }).click()
    await form.getByRole('checkbox', { name: '北美' }).click()
    await screenshot(page, 'registration-form')
    await form.getByText('提交报名', { exact: true }).click()

    const outcome = page.getByRole('status', { name: '报名结果' })
    await outcome.getByText('报名成功').waitFor()
    await screenshot(page, 'registration-confirmed')

    // What the server kept: one registration, of this user, for two people.
    const { db } = await import('@/server/cloud')
    const { data } = await db
      .collection<Stored>('registrations')
      .where({ eventId: SESSION_ID })
      .get()
    expect(data).toHaveLength(1)
    expect(data[0]).toMatchObject({ openid, status: 'confirmed', attendees: 2 })

    await outcome.getByText('查看入场凭证').click()
    const ticket = page.locator('.ticket-page')
    await ticket.getByText('营口某某跨境电子商务有限公司').waitFor()
    // The six-digit code is assigned when the ticket is first shown.
    const { data: shown } = await db.collection<Stored>('registrations').doc(data[0]._id).get()
    const code = shown?.checkinCode ?? 'missing'
    await ticket.getByText(`${code.slice(0, 3)} ${code.slice(3)}`).waitFor()
    await screenshot(page, 'registration-ticket')

    // The QR code as painted decodes to the stored token.
    const canvas = ticket.locator('canvas')
    const pixels = await canvas.evaluate((element: HTMLCanvasElement) => {
      const context = element.getContext('2d')
      if (!context) return undefined
      const image = context.getImageData(0, 0, element.width, element.height)
      return { data: Array.from(image.data), width: image.width, height: image.height }
    })
    expect(pixels).toBeDefined()
    if (!pixels) return
    const decoded = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height)
    expect(decoded?.data).toBe(`${TICKET_QR_PREFIX}${data[0].ticketToken}`)
    expect(decoded?.data).not.toContain(openid ?? '-')

    // 我的报名 shows the registration with the phone and credit code masked.
    await page.goto(`${app.cloud.gateway.url}/#/packages/registration/mine/index`)
    const mine = page.getByRole('listitem').first()
    await mine.getByText('报名成功').waitFor()
    const text = await mine.innerText()
    expect(text).toContain('138****1234')
    expect(text).not.toContain('13812341234')
    expect(text).not.toContain(CREDIT_CODE)
    await screenshot(page, 'registration-mine')

    // The office calls the session off: 我的报名 says so, with the reason, and offers no ticket.
    const office = 'e2e-office'
    const bound = await app.cloud.call('organisers', BIND_OFFICE, office)
    expect(bound.body).toMatchObject({ ok: true })
    const reason = '场地临时维修，改期另行通知'
    const cancelled = await app.cloud.call(
      'eventAdmin',
      { action: 'cancel', eventId: SESSION_ID, reason },
      office,
    )
    expect(cancelled.body).toMatchObject({ ok: true })
    await page.reload()
    await mine.getByText(`主办单位已取消本活动：${reason}`).waitFor()
    await mine.getByText('活动已取消', { exact: true }).waitFor()
    expect(await mine.getByText('查看入场凭证').count()).toBe(0)
    expect(await mine.getByText('取消报名').count()).toBe(0)
    await screenshot(page, 'registration-called-off')
  }, 120_000)
})
