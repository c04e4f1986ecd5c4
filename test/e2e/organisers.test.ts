// The organisers' day in phone browsers: the office binds with the bootstrap code and publishes a
// unit's event, an enterprise registers for it, check-in staff check it in by its six-digit code,
// and the office's export lists the registration as checked in.
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import type { CloudResult } from '@/contracts/errors'
import type { EventChange } from '@/contracts/event-admin'
import type { Ticket } from '@/contracts/registrations'
import { creditCodeCheckChar } from '@/domain/credit-code'
import { BOOTSTRAP_CODE } from '../functions/organiser-fixture'
import { browserCloud, describeInBrowser, screenshot } from './browser'

const FIRST_17 = '91210800MA0E2E00X'
const CREDIT_CODE = FIRST_17 + creditCodeCheckChar(FIRST_17)

describeInBrowser('the organisers’ day in phone browsers', () => {
  const app = browserCloud({
    now: '2025-04-15T10:00:00+08:00',
    env: { IPWEEK_ADMIN_BOOTSTRAP_CODE: BOOTSTRAP_CODE },
  })

  async function call<T>(openid: string, name: string, body: object): Promise<T> {
    const { body: result } = await app.cloud.call<CloudResult<T>>(name, body, openid)
    if (!result.ok) throw new Error(`${name}.${JSON.stringify(body)}: ${result.error.message}`)
    return result.data
  }

  /** A new local user in a fresh page; returns the page and the user's OPENID. */
  async function signIn(name: string): Promise<{ page: Page; openid: string }> {
    const page = await app.open('/#/packages/local/sign-in/index')
    await page.getByRole('textbox', { name: '新用户的名字，如 张三' }).fill(name)
    await page.getByText('新建并登录').click()
    const current = page.getByText(new RegExp(`^当前身份：${name}（local-`))
    await current.waitFor()
    const openid = /（(.+)）/.exec(await current.innerText())?.[1] ?? ''
    return { page, openid }
  }

  const go = (page: Page, path: string) => page.goto(`${app.cloud.gateway.url}/#${path}`)

  it('publishes, registers, checks in and exports', async () => {
    // The office binds in the workspace with the environment's bootstrap code.
    const office = await signIn('王主任')
    await go(office.page, '/packages/workspace/bind/index')
    await office.page.getByRole('textbox', { name: '邀请码' }).fill(BOOTSTRAP_CODE.toLowerCase())
    await office.page.getByRole('textbox', { name: '你的姓名' }).fill('王主任')
    await office.page.getByText('绑定', { exact: true }).click()
    await go(office.page, '/packages/workspace/home/index')
    await office.page.getByText('组委会办公室').first().waitFor()
    await screenshot(office.page, 'organisers-office-home')

    // The court's editor, invited by the office, drafts an event and submits it for review.
    const editor = 'court-editor-e2e'
    const invite = await call<{ code: string }>(office.openid, 'organisers', {
      action: 'createInvite',
      role: { kind: 'unit-editor', unitId: 'court' },
    })
    await call(editor, 'organisers', { action: 'bind', code: invite.code, name: '李法官' })
    const draft = await call<EventChange>(editor, 'eventAdmin', {
      action: 'saveDraft',
      fields: {
        title: '知识产权司法保护企业座谈会',
        description: '法官与企业面对面，讲解跨境电商知识产权纠纷的审理要点。',
        hosts: ['营口市中级人民法院'],
        invited: [],
        unitIds: ['court'],
        day: '2025-04-24',
        startTime: '14:30',
        endTime: '16:30',
        place: { name: '营口市中级人民法院第一会议室' },
        audiences: ['enterprise'],
        forms: ['exchange'],
        registration: {
          capacity: 30,
          perCompanyCap: 2,
          fields: ['companyName', 'creditCode', 'contactName', 'phone', 'attendees'],
          approval: false,
        },
      },
    })
    const eventId = draft.event.eventId
    await call(editor, 'eventAdmin', { action: 'submitForReview', eventId })

    // The office publishes it from the event editor.
    await go(office.page, `/packages/workspace/event-edit/index?id=${encodeURIComponent(eventId)}`)
    await office.page.getByText('发布', { exact: true }).click()
    await office.page.getByText('已发布').first().waitFor()
    await screenshot(office.page, 'organisers-published')

    // An enterprise registers in its own browser and keeps its six-digit code.
    const firm = await signIn('营口座谈会企业')
    await go(firm.page, `/packages/events/detail/index?id=${encodeURIComponent(eventId)}`)
    await firm.page.getByText('我要报名').click()
    const form = firm.page.locator('.registration-form__form')
    await form.getByText('提交报名', { exact: true }).waitFor()
    await form.getByRole('checkbox', { name: '我已阅读并同意《个人信息保护说明》' }).click()
    await form.getByLabel('企业名称').fill('营口座谈会参会企业有限公司')
    await form.getByLabel('统一社会信用代码').fill(CREDIT_CODE)
    await form.getByLabel('联系人').fill('赵经理')
    await form.getByLabel('手机号').fill('13912345678')
    await form.getByText('提交报名', { exact: true }).click()
    await firm.page.getByRole('status', { name: '报名结果' }).getByText('报名成功').waitFor()
    const ticket = await call<Ticket>(firm.openid, 'registrations', { action: 'ticket', eventId })

    // Staff, invited for this event, check the enterprise in by its code.
    const staff = await signIn('赵签到')
    const staffInvite = await call<{ code: string }>(office.openid, 'organisers', {
      action: 'createInvite',
      role: { kind: 'checkin-staff', eventIds: [eventId] },
    })
    await call(staff.openid, 'organisers', {
      action: 'bind',
      code: staffInvite.code,
      name: '赵签到',
    })
    await go(staff.page, `/packages/workspace/checkin/index?id=${encodeURIComponent(eventId)}`)
    await staff.page.getByRole('textbox', { name: '6位签到码' }).fill(ticket.code)
    await staff.page.getByText('签到', { exact: true }).click()
    await staff.page.getByRole('alert', { name: '签到结果' }).getByText('签到成功').waitFor()
    await screenshot(staff.page, 'organisers-checked-in')

    // The office exports the list: the enterprise is there in full, checked in by the staff.
    await go(
      office.page,
      `/packages/workspace/registrations/index?id=${encodeURIComponent(eventId)}`,
    )
    await office.page.getByText('导出 Excel').click()
    await office.page.getByText('确认导出').click()
    const link = office.page.getByText('下载名单（Excel）')
    await link.waitFor()
    await screenshot(office.page, 'organisers-export')
    const href = await link.getAttribute('href')
    const file = await fetch(href ?? '')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await file.arrayBuffer()) as unknown as ExcelJS.Buffer)
    const rows: string[][] = []
    workbook.worksheets[0].eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))),
    )
    const header = rows[2]
    const firmRow = rows.find((row) => row.includes('营口座谈会参会企业有限公司'))
    expect(firmRow).toBeDefined()
    const cell = (name: string) => firmRow?.[header.indexOf(name)]
    expect(cell('状态')).toBe('已签到')
    expect(cell('签到人')).toBe('赵签到')
    expect(cell('手机号')).toBe('13912345678')
    expect(cell('统一社会信用代码')).toBe(CREDIT_CODE)
  }, 180_000)
})
