// Filings through the gateway on 20 April, the day after the activity list was due: the list
// makes event drafts and is marked late, reports reach the public only after review and the
// content checks, the summary is on time, and only the unit and the office may see or file.
import type { CloudResult } from '@/contracts/errors'
import type { NewsItem, ReportView, UnitFilingRow, UnitFilings } from '@/contracts/filings'
import type { EventRecord } from '@/domain/event'
import type { CollectionName } from '@/server/collections'
import { LOCAL_RISKY_MARKER } from '../../local/tcb/openapi'
import type { TestCloud } from './local-cloud'
import {
  bindOfficeAdmin,
  bindOrganiser,
  OFFICE_ADMIN,
  startOrganiserCloud,
} from './organiser-fixture'

jest.setTimeout(30_000)

const COURT = 'court-editor'
const EDUCATION = 'education-editor'
const STAFF = 'door-staff'

let t: TestCloud
let cloud: typeof import('@/server/cloud')
beforeAll(async () => {
  t = await startOrganiserCloud({ now: '2025-04-20T09:00:00+08:00' })
  cloud = await import('@/server/cloud')
  await bindOfficeAdmin(t)
  await bindOrganiser(t, COURT, { kind: 'unit-editor', unitId: 'court' }, '李法官')
  await bindOrganiser(t, EDUCATION, { kind: 'unit-editor', unitId: 'education' }, '刘老师')
  await bindOrganiser(
    t,
    STAFF,
    { kind: 'checkin-staff', eventIds: ['yk2025-0423-cross-border-ecommerce'] },
    '赵签到',
  )
}, 90_000)
afterAll(() => t.stop())

async function call<T>(openid: string, body: object) {
  return (await t.call<CloudResult<T>>('filings', body, openid)).body
}

async function ok<T>(openid: string, body: object): Promise<T> {
  const result = await call<T>(openid, body)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.data
}

const activity = (title: string, day = '2025-04-24') => ({
  title,
  day,
  startTime: '09:30',
  endTime: '11:00',
  placeName: '营口市中级人民法院',
  audiences: ['enterprise'],
  forms: ['training'],
  description: '法官以案释法，讲解知识产权司法保护。',
})

async function photo(name: string): Promise<string> {
  // A tiny PNG: the local content check looks at its type, not its pixels.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  )
  const { fileID } = await cloud.storage.uploadFile({
    cloudPath: `filings/court/${name}.png`,
    fileContent: png,
  })
  return fileID
}

async function snapshot(): Promise<string> {
  const names: CollectionName[] = ['filings', 'events', 'auditLog']
  const all = await Promise.all(
    names.map(async (name) => (await cloud.db.collection(name).limit(1000).get()).data),
  )
  return JSON.stringify(all)
}

describe('the activity list', () => {
  it('is checked whole: one bad activity and nothing is filed or made', async () => {
    const before = await snapshot()
    const result = await call(COURT, {
      action: 'submitActivityList',
      unitId: 'court',
      activities: [activity('知识产权司法保护宣讲'), activity('日期不对的活动', '2025-06-01')],
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(!result.ok && result.error.message).toContain('第2项活动')
    expect(await snapshot()).toBe(before)
  })

  it('makes a draft of each activity, once, and is marked late after 19 April', async () => {
    const filed = await ok<UnitFilings>(COURT, {
      action: 'submitActivityList',
      unitId: 'court',
      activities: [activity('知识产权司法保护宣讲'), activity('典型案例发布', '2025-04-25')],
    })
    expect(filed.activityList).toMatchObject({ dueDay: '2025-04-19', state: 'late' })
    expect(filed.activityList.eventIds).toHaveLength(2)
    const { data } = await cloud.db
      .collection<EventRecord>('events')
      .where({ _id: cloud.db.command.in(filed.activityList.eventIds!) })
      .get()
    expect(data.map((e) => [e.title, e.status, e.unitIds])).toEqual(
      expect.arrayContaining([
        ['知识产权司法保护宣讲', 'draft', ['court']],
        ['典型案例发布', 'draft', ['court']],
      ]),
    )
    expect(
      await call(COURT, {
        action: 'submitActivityList',
        unitId: 'court',
        activities: [activity('又一次')],
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })
})

describe('reports', () => {
  it('reach the news only after the office publishes them and the checks pass', async () => {
    const photos = [await photo('a'), await photo('b')]
    const report = await ok<ReportView>(COURT, {
      action: 'submitReport',
      unitId: 'court',
      title: '市法院开展知识产权宣传',
      text: '4月20日，市法院在院机关开展知识产权司法保护宣传活动。',
      photos,
    })
    expect(report.status).toBe('submitted')
    expect((await ok<{ items: NewsItem[] }>('citizen', { action: 'news' })).items).toEqual([])

    const queue = await ok<{ items: ReportView[] }>(OFFICE_ADMIN, { action: 'reviewQueue' })
    expect(queue.items.map((r) => r.reportId)).toContain(report.reportId)
    const published = await ok<ReportView>(OFFICE_ADMIN, {
      action: 'review',
      reportId: report.reportId,
      decision: 'publish',
    })
    expect(published.status).toBe('published')
    const { items } = await ok<{ items: NewsItem[] }>('citizen', { action: 'news' })
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ title: '市法院开展知识产权宣传', unitName: '市法院' })
    expect(items[0].photoUrls).toHaveLength(2)
    expect((await fetch(items[0].photoUrls[0])).status).toBe(200)
    expect(
      await call(OFFICE_ADMIN, {
        action: 'review',
        reportId: report.reportId,
        decision: 'publish',
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('are blocked when the content check says no, and can be returned with a reason', async () => {
    const risky = await ok<ReportView>(COURT, {
      action: 'submitReport',
      unitId: 'court',
      title: '一条不能发布的信息',
      text: `这段文字含有${LOCAL_RISKY_MARKER}，内容检查不会放行。`,
      photos: [],
    })
    const blocked = await ok<ReportView>(OFFICE_ADMIN, {
      action: 'review',
      reportId: risky.reportId,
      decision: 'publish',
    })
    expect(blocked).toMatchObject({ status: 'blocked' })
    expect(blocked.reviewNote).toContain('内容安全检查')

    const plain = await ok<ReportView>(COURT, {
      action: 'submitReport',
      unitId: 'court',
      title: '需要补充的信息',
      text: '活动信息内容较少，需要补充照片。',
      photos: [],
    })
    const returned = await ok<ReportView>(OFFICE_ADMIN, {
      action: 'review',
      reportId: plain.reportId,
      decision: 'return',
      reason: '请补充活动照片',
    })
    expect(returned).toMatchObject({ status: 'returned', reviewNote: '请补充活动照片' })
    const { items } = await ok<{ items: NewsItem[] }>('citizen', { action: 'news' })
    expect(items.map((n) => n.title)).toEqual(['市法院开展知识产权宣传'])
  })
})

describe('the summary and the office overview', () => {
  it('is on time before 29 April, and filing again replaces it', async () => {
    const summary = {
      action: 'submitSummary',
      unitId: 'court',
      text: '宣传周期间，市法院共开展宣传活动3场，发布典型案例5件，受众约1200人次。',
      photos: [await photo('summary')],
      figures: { activitiesHeld: 3, participants: 1200, mediaReach: 50000 },
    }
    const first = await ok<UnitFilings>(COURT, summary)
    expect(first.summary).toMatchObject({ state: 'on-time', figures: { participants: 1200 } })
    const again = await ok<UnitFilings>(COURT, {
      ...summary,
      figures: { ...summary.figures, participants: 1300 },
    })
    expect(again.summary).toMatchObject({
      state: 'on-time',
      filedAt: first.summary.filedAt,
      figures: { participants: 1300 },
    })
  })

  it('shows every committee unit: late, overdue, on time and due', async () => {
    const { units } = await ok<{ units: UnitFilingRow[] }>(OFFICE_ADMIN, { action: 'overview' })
    expect(units).toHaveLength(21)
    expect(units.find((u) => u.unitId === 'court')).toEqual({
      unitId: 'court',
      unitName: '市法院',
      activityList: 'late',
      summary: 'on-time',
      reportsFiled: 3,
      reportsPublished: 1,
    })
    expect(units.find((u) => u.unitId === 'education')).toMatchObject({
      activityList: 'overdue',
      summary: 'due',
    })
  })
})

describe('authorisation', () => {
  it('lets only the unit and the office file or look, and changes nothing otherwise', async () => {
    const before = await snapshot()
    const unitActions = [
      { action: 'status', unitId: 'court' },
      { action: 'submitActivityList', unitId: 'court', activities: [activity('冒名活动')] },
      {
        action: 'submitReport',
        unitId: 'court',
        title: '冒名信息',
        text: '这是一条冒名报送的信息。',
        photos: [],
      },
      {
        action: 'submitSummary',
        unitId: 'court',
        text: '这是一份冒名报送的活动总结，不应被接受。',
        photos: [],
        figures: { activitiesHeld: 1, participants: 1, mediaReach: 1 },
      },
    ]
    const officeActions = [
      { action: 'overview' },
      { action: 'reviewQueue' },
      { action: 'review', reportId: 'x', decision: 'publish' },
    ]
    const refused = [
      ...['citizen', EDUCATION, STAFF].flatMap((caller) =>
        [...unitActions, ...officeActions].map((body) => ({ caller, body })),
      ),
      ...officeActions.map((body) => ({ caller: COURT, body })),
    ]
    for (const { caller, body } of refused) {
      expect({ caller, body, result: await call(caller, body) }).toMatchObject({
        result: { ok: false, error: { code: 'FORBIDDEN' } },
      })
    }
    expect(await snapshot()).toBe(before)
    expect(
      (await ok<UnitFilings>(OFFICE_ADMIN, { action: 'status', unitId: 'court' })).unitName,
    ).toBe('市法院')
  })
})
