// The event form: checked by the server's own rule before anything is sent, with each problem by
// its field; edits sent with the revision read, and a conflict offered a reload; the buttons the
// caller's role and the event's status allow, the office's steps with a required reason, and the
// registrants told of a change.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { Current } from '@tarojs/runtime'
import type { ManagedEvent, NoticeReport } from '@/contracts/event-admin'
import type { Organiser } from '@/contracts/organisers'
import type { EventDraft } from '@/domain/event-edit'
import { EVENT_STATUS_LABELS } from '@/domain/event-workflow'
import EventEditPage from '@/packages/workspace/event-edit/index'
import { callCloud } from '@/services/cloud'
import { fakeCloud } from './fake-cloud'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock

const NOW = '2025-04-15T02:00:00.000Z'
const BOUND_AT = '2025-04-01T02:00:00.000Z'
const EVENT_ID = 'court-open-day'
const office: Organiser = {
  name: '王主任',
  role: { kind: 'office-admin' },
  roleText: '组委会办公室',
  boundAt: BOUND_AT,
}
const courtEditor: Organiser = {
  name: '李法官',
  role: { kind: 'unit-editor', unitId: 'court' },
  roleText: '成员单位 · 市法院',
  boundAt: BOUND_AT,
}

const fields: EventDraft = {
  title: '知识产权司法保护开放日',
  description: '走进法院，了解知识产权案件审理。',
  hosts: ['营口市中级人民法院'],
  invited: [],
  unitIds: ['court'],
  day: '2025-04-22',
  startTime: '14:00',
  endTime: '16:00',
  place: { name: '市法院第一法庭', address: '营口市站前区', latitude: 40.669, longitude: 122.245 },
  audiences: ['enterprise', 'public'],
  forms: ['exchange'],
  registration: {
    capacity: 40,
    perCompanyCap: 1,
    fields: ['contactName', 'phone'],
    approval: false,
  },
}

function managed(changes: Partial<ManagedEvent> = {}): ManagedEvent {
  const status = changes.status ?? 'draft'
  return {
    eventId: EVENT_ID,
    revision: 3,
    status,
    statusText: EVENT_STATUS_LABELS[status],
    fields,
    seatsTaken: 0,
    registrants: 0,
    sample: false,
    actions: ['edit', 'submit'],
    ...changes,
  }
}

type Params = Record<string, unknown>
type Handler = (params: Params) => unknown

/** The caller's role, the campaign, and eventAdmin answering `event` and then `handlers`. */
function answer(organiser: Organiser, event: ManagedEvent, handlers: Record<string, Handler> = {}) {
  const rest = fakeCloud(NOW)
  call.mockImplementation(async (name: string, action: string, params: Params = {}) => {
    if (name === 'organisers' && action === 'me') return { ok: true, data: { organiser } }
    if (name !== 'eventAdmin') return rest(name, action, params)
    if (handlers[action]) return handlers[action](params)
    if (action === 'get') return { ok: true, data: event }
    throw new Error(`answer: eventAdmin.${action} not answered`)
  })
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
const calls = (action: string) =>
  call.mock.calls.filter(([n, a]) => n === 'eventAdmin' && a === action)
const tap = async (text: string) => {
  fireEvent.click(screen.getByText(text))
  await settle()
}
/** The step buttons' labels, in order (Taro's H5 buttons carry no button role). */
const actionButtons = () =>
  Array.from(
    screen.getByRole('group', { name: '操作' }).querySelectorAll('taro-button-core'),
    (button) => button.textContent,
  )

async function open(eventId?: string) {
  Current.router = {
    params: eventId ? { id: eventId } : {},
    path: '/packages/workspace/event-edit/index',
  } as unknown as typeof Current.router
  render(<EventEditPage />)
  await screen.findByRole('group', { name: '基本信息' })
  await settle()
}

async function type(name: string, value: string, role = 'textbox') {
  fireEvent.input(await screen.findByRole(role, { name }), { target: { value } })
  await settle()
}

beforeEach(() => {
  call.mockReset()
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' })
  jest.spyOn(Taro, 'pageScrollTo').mockResolvedValue({ errMsg: 'ok' })
})
afterEach(async () => {
  await settle()
  jest.restoreAllMocks()
})

test('a new event is checked before sending: each problem shows under its field', async () => {
  answer(courtEditor, managed())
  await open()
  // A unit's editor works for their own unit, which also hosts the event until they say otherwise.
  const units = within(screen.getByRole('list', { name: '负责的成员单位' }))
  expect(units.getByText('市法院')).toBeTruthy()
  expect(units.queryByRole('button', { name: '移除市法院' })).toBeNull()
  expect((screen.getByRole('textbox', { name: '主办单位' }) as HTMLTextAreaElement).value).toBe(
    '市法院',
  )

  await tap('保存草稿')
  expect(calls('saveDraft')).toHaveLength(0)
  expect(screen.getByText('请填写标题')).toBeTruthy()
  expect(screen.getByText('请填写活动地点')).toBeTruthy()
  expect(screen.getByText('请选择面向人群')).toBeTruthy()
  expect(screen.getByText('请选择活动形式')).toBeTruthy()
  expect(screen.getByText('请先修改标红的项目：标题、活动地点、面向人群、活动形式')).toBeTruthy()
  expect(Taro.pageScrollTo).toHaveBeenCalledWith({ selector: '#event-edit-title', duration: 200 })

  // An end without a start, and registration without seats, are caught the same way.
  const end = document.querySelector('#event-edit-endTime taro-picker-core')!
  fireEvent(end, new CustomEvent('change', { detail: { value: '11:00' } }))
  fireEvent.click(screen.getByRole('checkbox', { name: '需要报名' }))
  await settle()
  await tap('保存草稿')
  expect(screen.getByText('填写结束时间前，请先填写开始时间')).toBeTruthy()
  expect(screen.getByText('名额应为1至100000之间的整数')).toBeTruthy()
  expect(calls('saveDraft')).toHaveLength(0)
})

test('the office chooses the units in charge, and may publish a new event at once', async () => {
  answer(office, managed())
  await open()
  expect(actionButtons()).toEqual(['发布', '提交审核', '保存草稿'])
  const units = within(screen.getByRole('list', { name: '负责的成员单位' }))
  expect(units.getByText('尚未选择')).toBeTruthy()
  const add = () => document.querySelector('#event-edit-unitIds taro-picker-core')!
  // The picker lists the units not chosen yet, in the committee's order.
  fireEvent(add(), new CustomEvent('change', { detail: { value: 2 } }))
  await settle()
  fireEvent(add(), new CustomEvent('change', { detail: { value: 2 } }))
  await settle()
  expect(units.getAllByRole('listitem').map((unit) => unit.textContent)).toEqual([
    '市法院×',
    '市检察院×',
  ])
  fireEvent.click(units.getByRole('button', { name: '移除市法院' }))
  await settle()
  expect(units.getAllByRole('listitem').map((unit) => unit.textContent)).toEqual(['市检察院×'])
})

test('a complete new event is saved as a new draft', async () => {
  const created = managed({ fields: { ...fields, title: '知识产权宣传咨询' } })
  answer(courtEditor, managed(), { saveDraft: () => ({ ok: true, data: { event: created } }) })
  await open()
  expect(actionButtons()).toEqual(['提交审核', '保存草稿'])
  await type('标题', '  知识产权宣传咨询 ')
  await type('活动地点', '市法院诉讼服务中心')
  fireEvent.click(screen.getByRole('checkbox', { name: '社会公众' }))
  fireEvent.click(screen.getByRole('checkbox', { name: '进社区' }))
  await tap('保存草稿')
  expect(calls('saveDraft')).toEqual([
    [
      'eventAdmin',
      'saveDraft',
      {
        fields: {
          title: '  知识产权宣传咨询 ',
          description: '',
          hosts: ['市法院'],
          invited: [],
          unitIds: ['court'],
          day: '2025-04-20',
          place: { name: '市法院诉讼服务中心' },
          audiences: ['public'],
          forms: ['community'],
        },
      },
    ],
  ])
  expect(Taro.showToast).toHaveBeenCalledWith({ title: '已保存', icon: 'success' })
  expect(screen.getByRole('region', { name: '活动状态' }).textContent).toContain('草稿')
})

test('an edit is sent with the revision read; office-only steps are hidden from a unit', async () => {
  answer(courtEditor, managed(), {
    saveDraft: (params) => ({
      ok: true,
      data: { event: managed({ revision: 4, fields: params.fields as EventDraft }) },
    }),
  })
  await open(EVENT_ID)
  expect(call).toHaveBeenCalledWith('eventAdmin', 'get', { eventId: EVENT_ID })
  expect(actionButtons()).toEqual(['提交审核', '保存草稿'])
  for (const office of ['发布', '退回', '撤回发布', '取消活动']) {
    expect(screen.queryByText(office)).toBeNull()
  }

  await type('标题', '知识产权司法保护开放日（第二场）')
  await tap('保存草稿')
  const [[, , sent]] = calls('saveDraft')
  expect(sent).toMatchObject({ eventId: EVENT_ID, revision: 3 })
  expect(sent.fields.title).toBe('知识产权司法保护开放日（第二场）')

  // The next save sends the revision the server answered with.
  await type('活动简介', '走进法院。')
  await tap('保存草稿')
  expect(calls('saveDraft')[1][2]).toMatchObject({ eventId: EVENT_ID, revision: 4 })
})

test('submitting saves the changes first, then submits', async () => {
  answer(courtEditor, managed(), {
    saveDraft: () => ({ ok: true, data: { event: managed({ revision: 4 }) } }),
    submitForReview: () => ({
      ok: true,
      data: { event: managed({ revision: 5, status: 'in-review', actions: [] }) },
    }),
  })
  await open(EVENT_ID)
  await type('标题', '知识产权司法保护开放日（第二场）')
  await tap('提交审核')
  expect(call.mock.calls.filter(([n]) => n === 'eventAdmin').map(([, a]) => a)).toEqual([
    'get',
    'saveDraft',
    'submitForReview',
  ])
  expect(calls('submitForReview')[0][2]).toEqual({ eventId: EVENT_ID })
  expect(Taro.showToast).toHaveBeenLastCalledWith({ title: '已提交审核', icon: 'success' })
  const status = within(screen.getByRole('region', { name: '活动状态' }))
  expect(status.getByText('待审核')).toBeTruthy()
  expect(status.getByText(/审核完成或退回后才能修改/)).toBeTruthy()
  expect(screen.queryByRole('group', { name: '操作' })).toBeNull()
})

test('someone else’s change is a conflict with a reload', async () => {
  const message = '活动已被他人修改，请刷新后再编辑'
  const newer = managed({ revision: 7, fields: { ...fields, title: '别人改过的标题' } })
  let current = managed()
  answer(courtEditor, managed(), {
    get: () => ({ ok: true, data: current }),
    saveDraft: () => ({ ok: false, error: { code: 'CONFLICT', message } }),
  })
  await open(EVENT_ID)
  await type('标题', '我的标题')
  await tap('保存草稿')
  const alert = within(screen.getByText(message).closest('[role="alert"]') as HTMLElement)
  current = newer
  fireEvent.click(alert.getByText('重新载入（放弃本页的修改）'))
  await settle()
  expect(calls('get')).toHaveLength(2)
  expect((screen.getByRole('textbox', { name: '标题' }) as HTMLInputElement).value).toBe(
    '别人改过的标题',
  )
  expect(screen.queryByText(message)).toBeNull()
  await type('标题', '我的标题')
  await tap('保存草稿')
  expect(calls('saveDraft')[1][2]).toMatchObject({ revision: 7 })
})

test('the server’s problems by field show under their fields', async () => {
  answer(courtEditor, managed(), {
    saveDraft: () => ({
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        message: '已有12人占用名额，名额不能少于12',
        fields: { 'registration.capacity': '已有12人占用名额，名额不能少于12' },
      },
    }),
  })
  await open(EVENT_ID)
  await type('名额', '10', 'spinbutton')
  await tap('保存草稿')
  expect(screen.getByText('已有12人占用名额，名额不能少于12')).toBeTruthy()
  expect(screen.getByText('请先修改标红的项目：名额')).toBeTruthy()
})

test('the office returns an event in review only with a reason', async () => {
  const inReview = managed({
    status: 'in-review',
    actions: ['edit', 'publish', 'return', 'cancel'],
  })
  answer(office, inReview, {
    returnToUnit: (params) => ({
      ok: true,
      data: {
        event: managed({
          status: 'returned',
          statusReason: params.reason as string,
          actions: ['edit', 'submit', 'publish', 'cancel'],
        }),
      },
    }),
  })
  await open(EVENT_ID)
  expect(actionButtons()).toEqual(['发布', '保存修改', '退回', '取消活动'])
  await tap('退回')
  const form = within(screen.getByRole('form', { name: '退回活动' }))
  fireEvent.click(form.getByText('确认退回'))
  await settle()
  expect(form.getByText('请填写原因')).toBeTruthy()
  expect(calls('returnToUnit')).toHaveLength(0)

  await type('退回原因（成员单位会看到）', '  请补充活动议程 ')
  fireEvent.click(form.getByText('确认退回'))
  await settle()
  expect(calls('returnToUnit')).toEqual([
    ['eventAdmin', 'returnToUnit', { eventId: EVENT_ID, reason: '请补充活动议程' }],
  ])
  expect(screen.queryByRole('form', { name: '退回活动' })).toBeNull()
  const status = within(screen.getByRole('region', { name: '活动状态' }))
  expect(status.getByText('已退回')).toBeTruthy()
  expect(status.getByText('退回原因：请补充活动议程')).toBeTruthy()
})

test('cancelling warns that registrants are told, needs a reason, and reports who was told', async () => {
  const published = managed({
    status: 'published',
    registrants: 12,
    seatsTaken: 15,
    actions: ['edit', 'unpublish', 'cancel'],
  })
  const first: NoticeReport = {
    kind: 'cancelled',
    sent: 10,
    failed: 1,
    remaining: true,
    templateConfigured: true,
  }
  answer(office, published, {
    cancel: (params) => ({
      ok: true,
      data: {
        event: managed({
          status: 'cancelled',
          statusReason: params.reason as string,
          registrants: 12,
          actions: [],
        }),
        notices: first,
      },
    }),
    notifyRegistrants: () => ({
      ok: true,
      data: { ...first, sent: 1, failed: 0, remaining: false },
    }),
  })
  await open(EVENT_ID)
  expect(actionButtons()).toEqual(['保存修改', '撤回发布', '取消活动'])
  await tap('取消活动')
  const form = within(screen.getByRole('form', { name: '取消活动' }))
  expect(
    form.getByText('取消后不能恢复。活动的报名人（12 份报名）会收到取消通知，通知中包含取消原因。'),
  ).toBeTruthy()
  fireEvent.click(form.getByText('确认取消活动'))
  await settle()
  expect(form.getByText('请填写原因')).toBeTruthy()
  expect(calls('cancel')).toHaveLength(0)

  await type('取消原因（成员单位和报名人会看到）', '因天气原因取消')
  fireEvent.click(form.getByText('确认取消活动'))
  await settle()
  expect(calls('cancel')[0][2]).toEqual({ eventId: EVENT_ID, reason: '因天气原因取消' })
  const report = within(screen.getByRole('region', { name: '报名人通知' }))
  expect(report.getByText('取消通知')).toBeTruthy()
  expect(
    report.getByText('已通知 10 位报名人，1 位未能送达（可能未订阅通知），请另行联系。'),
  ).toBeTruthy()
  fireEvent.click(report.getByText('继续通知其余报名人'))
  await settle()
  expect(calls('notifyRegistrants')).toEqual([
    ['eventAdmin', 'notifyRegistrants', { eventId: EVENT_ID }],
  ])
  expect(
    report.getByText('已通知 11 位报名人，1 位未能送达（可能未订阅通知），请另行联系。'),
  ).toBeTruthy()
  expect(report.queryByText('继续通知其余报名人')).toBeNull()
  // A cancelled event is read only.
  expect(screen.getByRole('textbox', { name: '标题' }).hasAttribute('disabled')).toBe(true)
})

test('a unit moving its published event is told registrants will hear, and the report shows', async () => {
  const published = managed({
    status: 'published',
    registrants: 5,
    seatsTaken: 5,
    actions: ['edit'],
  })
  answer(courtEditor, published, {
    saveDraft: (params) => ({
      ok: true,
      data: {
        event: { ...published, revision: 4, fields: params.fields as EventDraft },
        notices: {
          kind: 'changed',
          sent: 0,
          failed: 0,
          remaining: false,
          templateConfigured: false,
        },
      },
    }),
  })
  await open(EVENT_ID)
  // What the office reviewed stays as published.
  expect(screen.getByRole('textbox', { name: '标题' }).hasAttribute('disabled')).toBe(true)
  expect(screen.getByRole('textbox', { name: '活动地点' }).hasAttribute('disabled')).toBe(false)
  await type('活动地点', '市法院第二法庭')
  expect(screen.getByText('活动的时间或地点改了：保存后会通知报名人（5 份报名）。')).toBeTruthy()
  await tap('保存修改')
  const report = within(screen.getByRole('region', { name: '报名人通知' }))
  expect(report.getByText('时间地点变更通知')).toBeTruthy()
  expect(report.getByText(/没有配置通知模板/)).toBeTruthy()
})
