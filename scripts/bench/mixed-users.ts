// What one simulated person does in the mixed load: a visit of a few pages, each page's calls sent
// together as the app's pages send them, with a think time between pages. Every visit is a new
// person (its own openid), as people arrive and leave; mixed-client.ts runs the visits.
import type { CloudResult } from '../../src/contracts/errors'
import type { EventPage } from '../../src/contracts/events'
import type { QuizStart } from '../../src/contracts/quiz'
import type { RegistrationView } from '../../src/contracts/registrations'
import { creditCodeCheckChar } from '../../src/domain/credit-code'
import type { EventView } from '../../src/domain/event'
import { PRIVACY_NOTICE_VERSION } from '../../src/domain/privacy'
import type { Random } from '../../src/domain/quiz-draw'

export type Role = 'browsing' | 'registering' | 'quizzing'

/** Out of 10 clients: 8 browse, 1 registers, 1 takes the quiz. */
export function roleOf(client: number): Role {
  const slot = client % 10
  return slot === 8 ? 'registering' : slot === 9 ? 'quizzing' : 'browsing'
}

/**
 * Think times (ms, uniform): reading a page, filling in the registration form, answering the ten
 * questions. Short for people, so 500 of them load the server, but long enough that one person's
 * writes stay far inside the per-user allowances.
 */
export const THINK_MS = { page: [2000, 6000], form: [5000, 10000], quiz: [20000, 40000] } as const

/** The time over which the clients start: about one visit, so the load builds up as it would. */
export const ARRIVAL_MS = 10_000

export interface VisitPlan {
  /** The days of the week, for the calendar. */
  days: string[]
  /** The server's day: the home page lists its events. */
  today: string
  /** Sessions taking registrations now, and the share of registrants choosing each. */
  open: { eventId: string; share: number }[]
  /** A session whose registration has closed: a page opened before the close still offers it. */
  closed: string
  /** Share of registrants who press 报名 on such a stale page (DEADLINE_PASSED). */
  staleShare: number
}

/** One call as the client saw it. */
export interface CallRecord {
  role: Role
  /** `function.action` */
  action: string
  /** 'ok', an error code, 'HTTP <status>' or 'NETWORK'. */
  outcome: string
  message?: string
  start: number
  ms: number
}

/** A registration's status as its registrant was last told. */
export interface Acknowledgement {
  openid: string
  eventId: string
  status: string
}

export interface Person {
  openid: string
  /** A number unique to this person: their company's credit code and phone come from it. */
  serial: number
  random: Random
  call<T>(name: string, body: Record<string, unknown>): Promise<CloudResult<T> | undefined>
  /** Waits like a person does; false once the run is over (the visit ends there). */
  think(range: readonly [number, number]): Promise<boolean>
  acknowledge(eventId: string, status: string): void
}

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]

const dataOf = <T>(result: CloudResult<T> | undefined) => (result?.ok ? result.data : undefined)

export async function visit(role: Role, person: Person, plan: VisitPlan): Promise<void> {
  if (role === 'browsing') return browse(person, plan)
  if (role === 'registering') return register(person, plan)
  return quiz(person)
}

/** Home, the calendar (a day, perhaps a filter), then an event or two. */
async function browse(p: Person, plan: VisitPlan): Promise<void> {
  const [, today] = await Promise.all([
    p.call('campaign', { action: 'get' }),
    p.call<EventPage>('events', { action: 'list', day: plan.today, limit: 20 }),
    p.call('events', { action: 'list', limit: 50 }),
    p.call('filings', { action: 'news' }),
  ])
  const seen = [...(dataOf(today)?.items ?? [])]
  if (!(await p.think(THINK_MS.page))) return
  const filter = p.random() < 0.3 ? { audience: pick(p.random, ['enterprise', 'public']) } : {}
  const day = pick(p.random, plan.days)
  const [, , page] = await Promise.all([
    p.call('campaign', { action: 'get' }),
    p.call('events', { action: 'days', ...filter }),
    p.call<EventPage>('events', { action: 'list', ...filter, day, limit: 20, offset: 0 }),
  ])
  seen.push(...(dataOf(page)?.items ?? []))
  for (let opened = 0; opened < 2 && seen.length > 0; opened++) {
    if (opened > 0 && p.random() < 0.6) return
    if (!(await p.think(THINK_MS.page))) return
    await Promise.all([
      p.call('events', { action: 'get', id: pick(p.random, seen)._id }),
      p.call('campaign', { action: 'get' }),
    ])
  }
}

function creditCode(serial: number): string {
  // 9 = 市场监管, 1 = 企业, 210800 = 营口; then nine digits unique to the person.
  const first17 = `91210800${String(serial).padStart(9, '0')}`
  return first17 + creditCodeCheckChar(first17)
}

/** The answers the session's form asks for: a different enterprise for every person. */
function formFor(event: EventView, p: Person): Record<string, unknown> {
  const settings = event.registration
  const answers: Record<string, unknown> = {
    companyName: `营口压测外贸有限公司${p.serial}`,
    creditCode: creditCode(p.serial),
    contactName: '李经理',
    phone: `139${String(p.serial).padStart(8, '0')}`,
    attendees: 1 + Math.floor(p.random() * (settings?.perCompanyCap ?? 1)),
    crossBorder: true,
    exportMarkets: ['北美', '东南亚'],
    expertQuestion: '在跨境电商平台遇到商标投诉应如何应对？',
  }
  return Object.fromEntries((settings?.fields ?? []).map((field) => [field, answers[field]]))
}

function chooseSession(p: Person, plan: VisitPlan): string {
  if (p.random() < plan.staleShare) return plan.closed
  let roll = p.random() * plan.open.reduce((sum, session) => sum + session.share, 0)
  for (const session of plan.open) {
    roll -= session.share
    if (roll < 0) return session.eventId
  }
  return plan.open[0].eventId
}

/** The session's page, the form, my registrations, the ticket; one in four cancels. */
async function register(p: Person, plan: VisitPlan): Promise<void> {
  const eventId = chooseSession(p, plan)
  const [detail] = await Promise.all([
    p.call<EventView>('events', { action: 'get', id: eventId }),
    p.call('campaign', { action: 'get' }),
  ])
  const event = dataOf(detail)
  if (!event?.registration) return
  if (!(await p.think(THINK_MS.form))) return
  const registered = dataOf(
    await p.call<RegistrationView>('registrations', {
      action: 'register',
      eventId,
      form: formFor(event, p),
      privacy: PRIVACY_NOTICE_VERSION,
    }),
  )
  if (!registered) return
  p.acknowledge(eventId, registered.status)
  if (!(await p.think(THINK_MS.page))) return
  await p.call('registrations', { action: 'mine' })
  if (registered.status === 'confirmed') {
    if (!(await p.think(THINK_MS.page))) return
    await p.call('registrations', { action: 'ticket', eventId })
  }
  if (p.random() >= 0.25 || !(await p.think(THINK_MS.page))) return
  const cancelled = dataOf(
    await p.call<RegistrationView>('registrations', { action: 'cancel', eventId }),
  )
  if (cancelled) p.acknowledge(eventId, cancelled.status)
}

/** The quiz page, a paper, the answers (a random option each), the leaderboard. */
async function quiz(p: Person): Promise<void> {
  await Promise.all([p.call('campaign', { action: 'get' }), p.call('quiz', { action: 'attempts' })])
  if (!(await p.think(THINK_MS.page))) return
  const paper = dataOf(await p.call<QuizStart>('quiz', { action: 'start' }))
  if (!paper || !(await p.think(THINK_MS.quiz))) return
  const answers = Object.fromEntries(
    paper.questions.map((q) => [q.id, [Math.floor(p.random() * q.options.length)]]),
  )
  const named = p.random() < 0.5
  const submitted = await p.call('quiz', {
    action: 'submit',
    attemptId: paper.attemptId,
    answers,
    ...(named ? { name: '王同学', school: '营口市第一中学' } : {}),
  })
  if (!submitted?.ok || !(await p.think(THINK_MS.page))) return
  await p.call('quiz', { action: 'leaderboard', ...(named ? { school: '营口市第一中学' } : {}) })
}
