// The office's dashboard and the week's summary workbook, counted from what happened through the
// gateway on 22 April: registrations for the 23 April session, a check-in, two quiz takers.
import ExcelJS from 'exceljs'
import type { Dashboard, WeekSummaryFile } from '@/contracts/dashboard'
import type { CloudResult } from '@/contracts/errors'
import type { QuizResult, QuizStart } from '@/contracts/quiz'
import type { Ticket } from '@/contracts/registrations'
import { creditCodeCheckChar } from '@/domain/credit-code'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacy'
import { questionBank } from '@/quiz-bank'
import type { TestCloud } from './local-cloud'
import {
  bindOfficeAdmin,
  bindOrganiser,
  OFFICE_ADMIN,
  startOrganiserCloud,
} from './organiser-fixture'

jest.setTimeout(30_000)

const SESSION = 'yk2025-0423-cross-border-ecommerce'
const COURT = 'court-editor'

let t: TestCloud
beforeAll(async () => {
  t = await startOrganiserCloud({ now: '2025-04-22T10:00:00+08:00' })
  await bindOfficeAdmin(t)
  await bindOrganiser(t, COURT, { kind: 'unit-editor', unitId: 'court' }, '李法官')
  for (const [n, attendees] of [
    [1, 3],
    [2, 2],
  ]) {
    const first17 = `91210800MA${String(n).padStart(7, '0')}`
    await ok(`firm-${n}`, 'registrations', {
      action: 'register',
      eventId: SESSION,
      privacy: PRIVACY_NOTICE_VERSION,
      form: {
        companyName: `营口看板企业${n}号`,
        creditCode: first17 + creditCodeCheckChar(first17),
        contactName: '郑经理',
        phone: `137${String(n).padStart(8, '0')}`,
        attendees,
        crossBorder: true,
        exportMarkets: ['欧盟'],
      },
    })
  }
  const ticket = await ok<Ticket>('firm-1', 'registrations', { action: 'ticket', eventId: SESSION })
  await ok(COURT, 'attendance', { action: 'checkIn', eventId: SESSION, ticket: ticket.qrText })
  await takeQuiz('student-a', true)
  await takeQuiz('student-b', false)
}, 90_000)
afterAll(() => t.stop())

async function call<T>(openid: string, name: string, body: object) {
  return (await t.call<CloudResult<T>>(name, body, openid)).body
}

async function ok<T>(openid: string, name: string, body: object): Promise<T> {
  const result = await call<T>(openid, name, body)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.data
}

async function takeQuiz(openid: string, right: boolean): Promise<QuizResult> {
  const paper = await ok<QuizStart>(openid, 'quiz', { action: 'start' })
  const answers = Object.fromEntries(
    paper.questions.map((shown) => {
      const q = questionBank.find((question) => question.id === shown.id)!
      const texts = new Set(q.answer.map((i) => q.options[i]))
      const positions = shown.options.flatMap((text, i) => (texts.has(text) ? [i] : []))
      return [
        shown.id,
        right ? positions : [shown.options.findIndex((_, i) => !positions.includes(i))],
      ]
    }),
  )
  return ok<QuizResult>(openid, 'quiz', { action: 'submit', attemptId: paper.attemptId, answers })
}

describe('the dashboard', () => {
  it('counts people registered, checked in and quizzing, by day and audience', async () => {
    const board = await ok<Dashboard>(OFFICE_ADMIN, 'dashboard', { action: 'overview' })
    expect(board.totals).toMatchObject({
      registrations: 2,
      registered: 5,
      checkedIn: 3,
      quizParticipants: 2,
      quizAttempts: 2,
      quizPassed: 1,
    })
    expect(board.byDay.map((d) => d.day)).toEqual([
      '2025-04-20',
      '2025-04-21',
      '2025-04-22',
      '2025-04-23',
      '2025-04-24',
      '2025-04-25',
      '2025-04-26',
    ])
    const day23 = board.byDay.find((d) => d.day === '2025-04-23')!
    expect(day23).toMatchObject({ registered: 5, checkedIn: 3, capacity: expect.any(Number) })
    expect(day23.events).toBeGreaterThanOrEqual(1)
    expect(board.byDay.find((d) => d.day === '2025-04-22')?.quizParticipants).toBe(2)
    expect(board.byAudience.find((a) => a.audience === 'enterprise')).toMatchObject({
      label: '创新主体/企业',
      registered: 5,
    })
    expect(board.filings).toHaveLength(21)
    expect(board.filings.every((u) => u.activityList === 'overdue' && u.summary === 'due')).toBe(
      true,
    )
  })

  it('is for the office only', async () => {
    for (const caller of [COURT, 'citizen']) {
      for (const action of ['overview', 'weekSummary']) {
        expect(await call(caller, 'dashboard', { action })).toMatchObject({
          ok: false,
          error: { code: 'FORBIDDEN' },
        })
      }
    }
  })
})

describe('the week summary', () => {
  it('is a workbook with totals, every unit and every published event', async () => {
    const file = await ok<WeekSummaryFile>(OFFICE_ADMIN, 'dashboard', { action: 'weekSummary' })
    expect(file.fileName).toMatch(/^2025营口市知识产权宣传周总结-\d{8}T\d{6}\.xlsx$/)
    const response = await fetch(file.url)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await response.arrayBuffer()) as unknown as ExcelJS.Buffer)
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['总览', '各单位', '各活动'])
    const values = (name: string) => {
      const rows: string[][] = []
      workbook
        .getWorksheet(name)!
        .eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))))
      return rows
    }
    const totals = new Map(values('总览').map(([label, value]) => [label, value]))
    expect(totals.get('报名人数')).toBe('5')
    expect(totals.get('签到人数')).toBe('3')
    expect(totals.get('答题合格人数')).toBe('1')
    expect(values('各单位')).toHaveLength(1 + 21)
    const session = values('各活动').find((row) => row[1].startsWith('强化海外知识产权纠纷保护'))
    expect(session?.slice(4)).toEqual(['5', '0', '3'])
  })
})
