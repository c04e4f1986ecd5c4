// A unit's filings as its editor and the office see them: the deadlines with their states, the
// activity list checked row by row (here and by the server), reports with photos and the
// office's notes, and the summary with its figures.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { Current } from '@tarojs/runtime'
import { campaign } from '@/campaigns'
import * as filingsContract from '@/contracts/filings'
import type { Organiser } from '@/contracts/organisers'
import type { ReportView, UnitFilings } from '@/contracts/filings'
import { editableDays } from '@/domain/event-edit'
import * as limits from '@/domain/filings'
import { MAX_PHOTOS } from '@/domain/filings'
import FilingsPage from '@/packages/workspace/filings/index'
import { callCloud } from '@/services/cloud'
import { choosePhotos } from '@/services/upload-photo'
import { fakeCloud } from './fake-cloud'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('@/services/upload-photo', () => ({
  choosePhotos: jest.fn(),
  photoSource: (fileID: string) => `https://photos.test/${fileID.split('/').pop()}`,
}))
const call = callCloud as unknown as jest.Mock
const choose = choosePhotos as unknown as jest.Mock

const NOW = '2025-04-15T02:00:00.000Z'
const photo = (name: string) => `cloud://local.local-storage/filings/education/${name}.jpg`

const editor: Organiser = {
  name: '刘老师',
  role: { kind: 'unit-editor', unitId: 'education' },
  roleText: '成员单位 · 市教育局',
  boundAt: '2025-04-02T02:00:00.000Z',
}
const office: Organiser = {
  name: '王主任',
  role: { kind: 'office-admin' },
  roleText: '组委会办公室',
  boundAt: '2025-04-01T02:00:00.000Z',
}

const returned: ReportView = {
  reportId: 'report-returned',
  unitId: 'education',
  unitName: '市教育局',
  title: '知识产权进校园',
  text: '4月14日，市教育局在市一中开展知识产权进校园活动。',
  photos: [photo('a')],
  status: 'returned',
  statusText: '已退回',
  reviewNote: '请补充活动现场照片',
  filedAt: '2025-04-14T08:00:00.000Z',
  filedByName: '刘老师',
}

function unitFilings(unitId = 'education', unitName = '市教育局'): UnitFilings {
  return {
    unitId,
    unitName,
    activityList: { dueDay: '2025-04-19', state: 'due', stateText: '待报送' },
    summary: { dueDay: '2025-04-29', state: 'due', stateText: '待报送' },
    reports: unitId === 'education' ? [returned] : [],
  }
}

type Params = Record<string, unknown>
type Handler = (params: Params) => unknown

/** The organisers and filings functions for `me`, on top of fakeCloud's campaign. */
function answer(me: Organiser | null, handlers: Record<string, Handler> = {}) {
  const rest = fakeCloud(NOW)
  call.mockImplementation(async (name: string, action: string, params: Params = {}) => {
    if (name === 'organisers' && action === 'me') return { ok: true, data: { organiser: me } }
    if (name !== 'filings') return rest(name, action, params)
    if (handlers[action]) return handlers[action](params)
    if (action === 'status') {
      const unit = campaign.committee.memberUnits.find((u) => u.id === params.unitId)
      return { ok: true, data: unitFilings(unit?.id, unit?.name) }
    }
    throw new Error(`answer: filings.${action} not answered`)
  })
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
const calls = (action: string) => call.mock.calls.filter(([, a]) => a === action)

async function openFilings(params: Record<string, string> = {}) {
  Current.router = {
    params,
    path: '/packages/workspace/filings/index',
  } as unknown as typeof Current.router
  render(<FilingsPage />)
  await settle()
  await settle()
}

function type(scope: ReturnType<typeof within>, name: string | RegExp, value: string) {
  fireEvent.input(scope.getByRole('textbox', { name }), { target: { value } })
}

function pick(element: Element, value: number) {
  fireEvent(element, new CustomEvent('change', { detail: { value } }))
}

const row = (n: number) => within(screen.getByRole('group', { name: `第${n}项活动` }))

function fillRow(n: number, title: string, day: string) {
  const scope = row(n)
  type(scope, '活动标题', title)
  // The row's first picker is the day's.
  const dayPicker = screen
    .getByRole('group', { name: `第${n}项活动` })
    .querySelector('taro-picker-core')!
  pick(dayPicker, editableDays(campaign).indexOf(day))
  type(scope, '活动地点', '营口市第一中学')
  fireEvent.click(scope.getByRole('checkbox', { name: '青少年/学生' }))
  fireEvent.click(scope.getByRole('checkbox', { name: '进学校' }))
}

beforeEach(() => {
  call.mockReset()
  choose.mockReset()
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' })
  jest
    .spyOn(Taro, 'showModal')
    .mockResolvedValue({ confirm: true, cancel: false, errMsg: 'ok' } as never)
})
afterEach(async () => {
  await settle()
  jest.restoreAllMocks()
})

test('a unit editor lands on their own unit: deadlines, days left, and the office’s notes', async () => {
  answer(editor)
  // Another unit in the link changes nothing: editors file for their own unit.
  await openFilings({ unit: 'court' })
  expect(calls('status')).toEqual([['filings', 'status', { unitId: 'education' }]])
  expect(screen.getByText('市教育局')).toBeTruthy()
  expect(screen.queryByRole('group', { name: '成员单位' })).toBeNull()

  const deadlines = within(screen.getByRole('region', { name: '报送期限' }))
  expect(deadlines.getAllByText('待报送')).toHaveLength(2)
  expect(deadlines.getByText('截止 4月19日 周六 · 还有 4 天')).toBeTruthy()
  expect(deadlines.getByText('截止 4月29日 周二 · 还有 14 天')).toBeTruthy()

  const report = within(screen.getByRole('listitem', { name: returned.title }))
  expect(report.getByText('已退回')).toBeTruthy()
  expect(report.getByText('退回原因：请补充活动现场照片')).toBeTruthy()
  expect(report.getByText('刘老师 于 4月14日 周一 16:00 报送')).toBeTruthy()
})

test('filed deadlines say who filed when; an overdue one says it can still be filed', async () => {
  answer(editor, {
    status: () => ({
      ok: true,
      data: {
        ...unitFilings(),
        activityList: {
          dueDay: '2025-04-19',
          state: 'late',
          stateText: '逾期报送',
          filedAt: '2025-04-20T01:00:00.000Z',
          filedByName: '刘老师',
          eventIds: ['e1', 'e2'],
        },
        summary: { dueDay: '2025-04-29', state: 'overdue', stateText: '已逾期' },
      },
    }),
  })
  await openFilings()
  const deadlines = within(screen.getByRole('region', { name: '报送期限' }))
  expect(deadlines.getByText('逾期报送')).toBeTruthy()
  expect(deadlines.getByText('截止 4月19日 周六 · 刘老师于 4月20日 周日 09:00 报送')).toBeTruthy()
  expect(deadlines.getByText('已逾期')).toBeTruthy()
  expect(deadlines.getByText('截止 4月29日 周二 · 已过截止日期，仍可补报')).toBeTruthy()
  // Filed once: no form, the drafts it made instead.
  expect(screen.queryByRole('form', { name: '主题活动情况清单' })).toBeNull()
  expect(screen.getByText(/已报送 2 项活动/)).toBeTruthy()
})

test('the activity list is checked row by row here, then the server’s problems show by field', async () => {
  answer(editor, {
    submitActivityList: () => ({
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        message: '第2项活动：结束时间应晚于开始时间',
        fields: { 'activities.1.endTime': '第2项活动：结束时间应晚于开始时间' },
      },
    }),
  })
  await openFilings()
  const form = within(screen.getByRole('form', { name: '主题活动情况清单' }))
  fireEvent.click(form.getByText('报送清单（1 项）'))
  await settle()
  expect(row(1).getByText('请填写标题')).toBeTruthy()
  expect(row(1).getByText('请选择面向人群')).toBeTruthy()
  expect(form.getByRole('alert').textContent).toBe(
    '第1项活动有需要修改的地方，请按提示修改后再报送',
  )
  expect(calls('submitActivityList')).toHaveLength(0)

  fillRow(1, '知识产权进校园宣讲', '2025-04-22')
  fireEvent.click(form.getByText('添加一项活动'))
  await settle()
  fillRow(2, '青少年创新作品展', '2025-04-24')
  type(row(2), /活动简介/, '  展出学生的发明作品。 ')
  await settle()
  fireEvent.click(form.getByText('报送清单（2 项）'))
  await settle()
  expect(Taro.showModal).toHaveBeenCalledWith(
    expect.objectContaining({ title: '报送主题活动情况清单' }),
  )
  const planned = {
    day: '2025-04-22',
    placeName: '营口市第一中学',
    audiences: ['student'],
    forms: ['school'],
  }
  expect(calls('submitActivityList')).toEqual([
    [
      'filings',
      'submitActivityList',
      {
        unitId: 'education',
        activities: [
          { ...planned, title: '知识产权进校园宣讲' },
          {
            ...planned,
            title: '青少年创新作品展',
            day: '2025-04-24',
            description: '展出学生的发明作品。',
          },
        ],
      },
    ],
  ])
  expect(row(2).getByText('第2项活动：结束时间应晚于开始时间')).toBeTruthy()
  expect(row(1).queryByText('第2项活动：结束时间应晚于开始时间')).toBeNull()

  // Removing a row takes its problems with it.
  fireEvent.click(row(2).getByText('删除此项'))
  await settle()
  expect(screen.queryByText('第2项活动：结束时间应晚于开始时间')).toBeNull()
  expect(screen.queryByRole('group', { name: '第2项活动' })).toBeNull()
})

test('a filed list replaces the form with what it made', async () => {
  answer(editor, {
    submitActivityList: (params) => ({
      ok: true,
      data: {
        ...unitFilings(),
        activityList: {
          dueDay: '2025-04-19',
          state: 'on-time',
          stateText: '已按时报送',
          filedAt: NOW,
          filedByName: '刘老师',
          eventIds: (params.activities as unknown[]).map((_, i) => `e${i}`),
        },
      },
    }),
  })
  await openFilings()
  fillRow(1, '知识产权进校园宣讲', '2025-04-22')
  await settle()
  fireEvent.click(screen.getByText('报送清单（1 项）'))
  await settle()
  expect(screen.getByText('已按时报送')).toBeTruthy()
  expect(screen.getByText(/已报送 1 项活动/)).toBeTruthy()
  expect(screen.queryByRole('form', { name: '主题活动情况清单' })).toBeNull()
})

test('a report: photos uploaded as chosen, removable, sent by fileID; then listed as waiting', async () => {
  answer(editor, {
    submitReport: (params) => ({
      ok: true,
      data: {
        ...returned,
        reportId: 'report-new',
        title: params.title,
        text: params.text,
        photos: params.photos,
        status: 'submitted',
        statusText: '待审核',
        reviewNote: undefined,
        filedAt: NOW,
      },
    }),
  })
  choose.mockResolvedValueOnce({ fileIDs: [photo('p1'), photo('p2'), photo('p3')] })
  choose.mockResolvedValueOnce({ fileIDs: [], problem: '有 1 张照片没能上传：照片过大' })
  await openFilings()
  fireEvent.click(screen.getByText('报送活动信息'))
  const form = within(await screen.findByRole('form', { name: '报送活动信息' }))

  fireEvent.click(form.getByText('提交审核'))
  await settle()
  expect(form.getByText('请填写标题')).toBeTruthy()
  expect(form.getByText('请填写正文')).toBeTruthy()

  type(form, '标题', '市教育局开展知识产权进校园活动')
  type(form, '正文', '4月15日，市教育局在市一中开展知识产权进校园活动，300 名学生参加。')
  fireEvent.click(form.getByRole('button', { name: '添加照片' }))
  await settle()
  expect(choose).toHaveBeenCalledWith('education', MAX_PHOTOS)
  expect(document.querySelectorAll('.photo-field__item')).toHaveLength(3)
  fireEvent.click(form.getByRole('button', { name: '移除第2张照片' }))
  fireEvent.click(form.getByRole('button', { name: '添加照片' }))
  await settle()
  expect(choose).toHaveBeenLastCalledWith('education', MAX_PHOTOS - 2)
  expect(form.getByText('有 1 张照片没能上传：照片过大')).toBeTruthy()
  expect(document.querySelectorAll('.photo-field__item')).toHaveLength(2)

  // While photos upload, the report waits for them.
  let uploaded: (upload: { fileIDs: string[] }) => void = () => {}
  choose.mockReturnValueOnce(new Promise((resolve) => (uploaded = resolve)))
  fireEvent.click(form.getByRole('button', { name: '添加照片' }))
  await settle()
  fireEvent.click(form.getByText('照片上传中…'))
  await settle()
  expect(calls('submitReport')).toHaveLength(0)
  await act(async () => uploaded({ fileIDs: [] }))

  fireEvent.click(form.getByText('提交审核'))
  await settle()
  expect(calls('submitReport')).toEqual([
    [
      'filings',
      'submitReport',
      {
        unitId: 'education',
        title: '市教育局开展知识产权进校园活动',
        text: '4月15日，市教育局在市一中开展知识产权进校园活动，300 名学生参加。',
        photos: [photo('p1'), photo('p3')],
      },
    ],
  ])
  expect(screen.queryByRole('form', { name: '报送活动信息' })).toBeNull()
  const listed = within(screen.getByRole('listitem', { name: '市教育局开展知识产权进校园活动' }))
  expect(listed.getByText('待审核')).toBeTruthy()
  expect(listed.getAllByRole('listitem')).toHaveLength(2)
})

test('the summary: text and three whole figures, then shown with a way to file it again', async () => {
  answer(editor, {
    submitSummary: (params) => ({
      ok: true,
      data: {
        ...unitFilings(),
        summary: {
          dueDay: '2025-04-29',
          state: 'on-time',
          stateText: '已按时报送',
          filedAt: NOW,
          filedByName: '刘老师',
          text: params.text,
          photos: params.photos,
          figures: params.figures,
        },
      },
    }),
  })
  await openFilings()
  const form = within(screen.getByRole('form', { name: '活动总结' }))
  type(form, '总结内容', '宣传周期间，市教育局组织全市中小学开展知识产权主题班会共 120 场。')
  type(form, '开展活动（场）', '120')
  type(form, '参与人数（人次）', '1.5')
  fireEvent.click(form.getByText('报送总结'))
  await settle()
  expect(form.getByText('请填写参与人数（0 至 100,000,000 的整数）')).toBeTruthy()
  expect(form.getByText('请填写媒体宣传覆盖（0 至 100,000,000 的整数）')).toBeTruthy()
  expect(calls('submitSummary')).toHaveLength(0)

  type(form, '参与人数（人次）', '36000')
  type(form, '媒体宣传覆盖（人次）', '0')
  fireEvent.click(form.getByText('报送总结'))
  await settle()
  expect(calls('submitSummary')[0][2]).toEqual({
    unitId: 'education',
    text: '宣传周期间，市教育局组织全市中小学开展知识产权主题班会共 120 场。',
    photos: [],
    figures: { activitiesHeld: 120, participants: 36000, mediaReach: 0 },
  })
  const filed = within(screen.getByRole('region', { name: '已报送的活动总结' }))
  expect(filed.getByText('36,000')).toBeTruthy()
  fireEvent.click(filed.getByText('修改总结'))
  await settle()
  expect(screen.getByText('重新报送总结')).toBeTruthy()
})

test('without a unit in the link, the office chooses one', async () => {
  answer(office)
  await openFilings()
  expect(screen.getByText('请选择成员单位')).toBeTruthy()
  expect(calls('status')).toHaveLength(0)
  const picker = screen.getByRole('group', { name: '成员单位' }).querySelector('taro-picker-core')!
  const units = [...campaign.committee.directorUnits, ...campaign.committee.memberUnits]
  pick(picker, units.findIndex((u) => u.id === 'court') + 1)
  await settle()
  await settle()
  expect(calls('status')).toEqual([['filings', 'status', { unitId: 'court' }]])
  expect(document.querySelector('.workspace__title')?.textContent).toBe('市法院')
})

test('the office opens the unit in the link; check-in staff are told who files', async () => {
  answer(office)
  await openFilings({ unit: 'court' })
  expect(calls('status')).toEqual([['filings', 'status', { unitId: 'court' }]])

  call.mockReset()
  answer({ ...editor, role: { kind: 'checkin-staff', eventIds: ['e'] } })
  await openFilings()
  expect(screen.getByText('材料由成员单位和组委会办公室报送')).toBeTruthy()
  expect(calls('status')).toHaveLength(0)
})

test('the filings contract enforces the limits the pages check, at both ends', () => {
  const { actions } = filingsContract.filingsContract
  const report = (title: string, text: string) =>
    actions.submitReport.request.safeParse({ unitId: 'court', title, text, photos: [] })
  const ok = (n: number) => '字'.repeat(n)
  const { REPORT_TITLE_LENGTH: title, REPORT_TEXT_LENGTH: text } = limits
  expect(report(ok(title.min), ok(text.min)).success).toBe(true)
  expect(report(ok(title.max), ok(text.max)).success).toBe(true)
  expect(report(ok(title.min - 1), ok(text.min)).success).toBe(false)
  expect(report(ok(title.max + 1), ok(text.min)).success).toBe(false)
  expect(report(ok(title.min), ok(text.min - 1)).success).toBe(false)
  expect(report(ok(title.min), ok(text.max + 1)).success).toBe(false)
  const summary = (chars: number, figure: number) =>
    actions.submitSummary.request.safeParse({
      unitId: 'court',
      text: ok(chars),
      photos: [],
      figures: { activitiesHeld: figure, participants: 0, mediaReach: 0 },
    })
  const { SUMMARY_TEXT_LENGTH: SUMMARY_TEXT, MAX_FIGURE } = limits
  expect(summary(SUMMARY_TEXT.min, MAX_FIGURE).success).toBe(true)
  expect(summary(SUMMARY_TEXT.max, 0).success).toBe(true)
  expect(summary(SUMMARY_TEXT.min - 1, 0).success).toBe(false)
  expect(summary(SUMMARY_TEXT.max + 1, 0).success).toBe(false)
  expect(summary(SUMMARY_TEXT.min, MAX_FIGURE + 1).success).toBe(false)
  const back = (reason: string) =>
    actions.review.request.safeParse({ reportId: 'r', decision: 'return', reason })
  expect(back(ok(limits.RETURN_REASON_LENGTH.min)).success).toBe(true)
  expect(back(ok(limits.RETURN_REASON_LENGTH.max)).success).toBe(true)
  expect(back(ok(limits.RETURN_REASON_LENGTH.min - 1)).success).toBe(false)
  expect(back(ok(limits.RETURN_REASON_LENGTH.max + 1)).success).toBe(false)
})
