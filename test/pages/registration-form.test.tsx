// The registration form as an enterprise uses it, for the 23 April session. The cloud answers
// from the real campaign data; the registrations function is the test's to script.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { Current } from '@tarojs/runtime'
import { campaign, events } from '@/campaigns'
import type { CloudResult } from '@/contracts'
import type { RegistrationView } from '@/contracts/registrations'
import { toEventView, type EventView } from '@/domain/event'
import { campaignPhase } from '@/domain/phase'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacy'
import { CROSS_BORDER_SESSION_FIELDS, FIELD_SPECS } from '@/domain/registration-form'
import EventPage from '@/packages/events/detail/index'
import RegistrationFormPage from '@/packages/registration/form/index'
import { callCloud } from '@/services/cloud'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock

const SESSION_ID = 'yk2025-0423-cross-border-ecommerce'
// Three days before the session: registration is open until the end of 22 April.
const NOW = '2025-04-20T02:00:00Z'
const session: EventView = {
  ...toEventView(events.find((e) => e._id === SESSION_ID)!),
  registration: {
    capacity: 40,
    perCompanyCap: 3,
    fields: [...CROSS_BORDER_SESSION_FIELDS],
    approval: false,
  },
}

const VALID = {
  companyName: '营口某某跨境电子商务有限公司',
  creditCode: '91350100M000100Y43',
  contactName: '王小明',
  phone: '13812341234',
}

type Register = (params: Record<string, unknown>) => CloudResult<RegistrationView>

function answer({ now = NOW, register }: { now?: string; register?: Register } = {}) {
  return async (name: string, action: string, params: Record<string, unknown> = {}) => {
    if (name === 'campaign' && action === 'get') {
      return { ok: true, data: { campaign, phase: campaignPhase(campaign, new Date(now)), now } }
    }
    if (name === 'events' && action === 'get') {
      return params.id === SESSION_ID
        ? { ok: true, data: session }
        : { ok: false, error: { code: 'NOT_FOUND', message: '活动不存在或尚未发布' } }
    }
    if (name === 'registrations' && action === 'register' && register) return register(params)
    throw new Error(`answer: ${name}.${action} not answered`)
  }
}

const confirmed = (attendees = 1): RegistrationView => ({
  eventId: SESSION_ID,
  status: 'confirmed',
  attendees,
  companyName: VALID.companyName,
  creditCode: '9135**********0Y43',
  phone: '138****1234',
  changeable: true,
})

async function openForm(id = SESSION_ID) {
  Current.router = {
    params: { id },
    path: '/packages/registration/form/index',
  } as unknown as typeof Current.router
  const view = render(<RegistrationFormPage />)
  // Taro's elements render their real <input>s a moment after React.
  await screen.findByLabelText(FIELD_SPECS.companyName.label)
  return view
}

/** The real <input>/<textarea> inside Taro's element, found by its label. */
function field(label: string): HTMLInputElement {
  return screen.getByLabelText(label) as HTMLInputElement
}

function type(label: string, value: string) {
  fireEvent.input(field(label), { target: { value } })
}

function fillValid() {
  for (const [id, value] of Object.entries(VALID)) {
    type(FIELD_SPECS[id as keyof typeof VALID].label, value)
  }
  fireEvent.click(within(screen.getByRole('radiogroup')).getByText('是'))
}

const privacyBox = () =>
  screen.getByRole('checkbox', { name: '我已阅读并同意《个人信息保护说明》' })

function agreeToPrivacy() {
  fireEvent.click(privacyBox())
}

const submitDisabled = () =>
  screen.getByText('提交报名').closest('taro-button-core')?.getAttribute('aria-disabled') === 'true'

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
const registerCalls = () => call.mock.calls.filter(([name]) => name === 'registrations')

beforeEach(() => {
  Taro.clearStorageSync()
  call.mockReset()
  call.mockImplementation(answer())
  jest.spyOn(Taro, 'pageScrollTo').mockResolvedValue({ errMsg: 'ok' } as never)
})
afterEach(async () => {
  await settle()
  jest.restoreAllMocks()
})

test('shows the fields the session asks for, in order, with the closing time', async () => {
  const { container } = await openForm()
  expect(call).toHaveBeenCalledWith('events', 'get', { id: SESSION_ID })
  expect(screen.getByText(session.title)).toBeTruthy()
  const labels = Array.from(container.querySelectorAll('.reg-field__label')).map((el) =>
    el.textContent?.replace('（选填）', ''),
  )
  expect(labels).toEqual(CROSS_BORDER_SESSION_FIELDS.map((id) => FIELD_SPECS[id].label))
  for (const id of ['companyName', 'creditCode', 'contactName', 'phone', 'expertQuestion']) {
    expect(field(FIELD_SPECS[id as 'phone'].label).tagName).toMatch(/^(INPUT|TEXTAREA)$/)
  }
  expect(screen.getByText('1 人')).toBeTruthy()
  expect(screen.getByText('每家企业最多 3 人')).toBeTruthy()
  expect(screen.getByRole('group', { name: '主要出口市场' })).toBeTruthy()
  // Untimed session: closes at the end of the day before, Shanghai time.
  expect(screen.getByText('报名截止：4月22日 周二 23:59')).toBeTruthy()
})

test('submit waits for the privacy agreement, which is remembered for next time', async () => {
  const first = await openForm()
  expect(screen.getByText('《个人信息保护说明》')).toBeTruthy()
  expect(submitDisabled()).toBe(true)
  expect(screen.getByText('请先阅读并同意《个人信息保护说明》，再提交报名。')).toBeTruthy()
  fireEvent.click(screen.getByText('提交报名'))
  await settle()
  expect(registerCalls()).toHaveLength(0)
  expect(screen.queryByRole('alert')).toBeNull()
  agreeToPrivacy()
  expect(submitDisabled()).toBe(false)
  expect(Taro.getStorageSync('ipweek.privacyAgreed')).toBe(PRIVACY_NOTICE_VERSION)
  first.unmount()

  await openForm()
  expect(privacyBox().getAttribute('aria-checked')).toBe('true')
})

test('an invalid credit code and phone are explained under their fields, and nothing is sent', async () => {
  await openForm()
  agreeToPrivacy()
  fillValid()
  type('统一社会信用代码', '91350100M000100Y44')
  type('手机号', '1381234123')
  fireEvent.click(screen.getByText('提交报名'))
  await settle()

  expect(registerCalls()).toHaveLength(0)
  const creditError = document.getElementById('reg-creditCode-error')
  const phoneError = document.getElementById('reg-phone-error')
  expect(creditError?.textContent).toMatch(/信用代码/)
  expect(phoneError?.textContent).toBe('手机号应为11位数字，当前为10位')
  expect(field('手机号').getAttribute('aria-invalid')).toBe('true')
  expect(field('手机号').getAttribute('aria-describedby')).toContain('reg-phone-error')
  expect(screen.getByRole('alert').textContent).toContain('还有 2 项需要修改')
  expect(Taro.pageScrollTo).toHaveBeenCalledWith(
    expect.objectContaining({ selector: '#reg-creditCode' }),
  )

  // Fixing a field clears its problem at once.
  type('手机号', '13812341234')
  expect(document.getElementById('reg-phone-error')).toBeNull()
})

test('a valid form registers once, with the privacy notice version agreed to', async () => {
  const register = jest.fn<ReturnType<Register>, Parameters<Register>>(() => ({
    ok: true,
    data: confirmed(2),
  }))
  call.mockImplementation(answer({ register }))
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never)
  await openForm()
  agreeToPrivacy()
  fillValid()
  fireEvent.click(screen.getByLabelText('增加参会人数'))
  fireEvent.click(screen.getByRole('checkbox', { name: '北美' }))
  fireEvent.click(screen.getByRole('checkbox', { name: '欧盟' }))
  type('想咨询的海外知识产权问题', '  亚马逊店铺被投诉外观专利侵权，如何应对？ ')
  // A double tap sends one request.
  const submit = screen.getByText('提交报名')
  fireEvent.click(submit)
  fireEvent.click(submit)
  await screen.findByText('报名成功')

  expect(register).toHaveBeenCalledTimes(1)
  expect(register).toHaveBeenCalledWith({
    eventId: SESSION_ID,
    form: {
      ...VALID,
      attendees: 2,
      crossBorder: true,
      exportMarkets: ['北美', '欧盟'],
      expertQuestion: '亚马逊店铺被投诉外观专利侵权，如何应对？',
    },
    privacy: PRIVACY_NOTICE_VERSION,
  })
  fireEvent.click(screen.getByText('查看入场凭证'))
  expect(navigateTo).toHaveBeenCalledWith({
    url: `/packages/registration/ticket/index?id=${SESSION_ID}`,
  })
})

test("the server's field problems are shown under the fields", async () => {
  call.mockImplementation(
    answer({
      register: () => ({
        ok: false,
        error: {
          code: 'INVALID_ARGUMENT',
          message: '企业名称：企业名称含有无法识别的字符，请重新输入',
          fields: { companyName: '企业名称含有无法识别的字符，请重新输入' },
        },
      }),
    }),
  )
  await openForm()
  agreeToPrivacy()
  fillValid()
  fireEvent.click(screen.getByText('提交报名'))

  expect(await screen.findByText('企业名称含有无法识别的字符，请重新输入')).toBeTruthy()
  expect(document.getElementById('reg-companyName-error')).toBeTruthy()
  expect(screen.getByRole('alert').textContent).toBe('还有 1 项需要修改，请查看标红的内容。')
})

test('an enterprise already registered is told so in words', async () => {
  call.mockImplementation(
    answer({
      register: () => ({ ok: false, error: { code: 'CONFLICT', message: '该企业已报名本活动' } }),
    }),
  )
  await openForm()
  agreeToPrivacy()
  fillValid()
  fireEvent.click(screen.getByText('提交报名'))
  expect((await screen.findByRole('alert')).textContent).toBe('该企业已报名本活动')
  // The form stays, ready to try again.
  expect(screen.getByText('提交报名')).toBeTruthy()
})

test('a waiting-list place says which, and how seats are passed on', async () => {
  call.mockImplementation(
    answer({
      register: () => ({
        ok: true,
        data: { ...confirmed(), status: 'waitlisted', waitlistPosition: 3 },
      }),
    }),
  )
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never)
  await openForm()
  agreeToPrivacy()
  fillValid()
  fireEvent.click(screen.getByText('提交报名'))

  expect(await screen.findByText('候补第 3 位')).toBeTruthy()
  expect(screen.getByText(/空出的名额按候补顺序依次递补/)).toBeTruthy()
  expect(screen.queryByText('查看入场凭证')).toBeNull()
  fireEvent.click(screen.getByText('我的报名'))
  expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/registration/mine/index' })
})

test('after the deadline the form gives way to the closing time', async () => {
  await act(async () => {
    call.mockImplementation(answer({ now: '2025-04-22T16:00:00Z' }))
    Current.router = {
      params: { id: SESSION_ID },
      path: '/packages/registration/form/index',
    } as unknown as typeof Current.router
    render(<RegistrationFormPage />)
  })
  expect(await screen.findByText('报名已截止')).toBeTruthy()
  expect(screen.getByText(/本活动报名已于 4月22日 周二 23:59 截止/)).toBeTruthy()
  expect(screen.queryByText('提交报名')).toBeNull()
})

describe('in WeChat', () => {
  const platform = process.env.TARO_ENV
  const templates = process.env.TARO_APP_SUBSCRIBE_TEMPLATES
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
  })
  afterEach(() => {
    process.env.TARO_ENV = platform
    process.env.TARO_APP_SUBSCRIBE_TEMPLATES = templates
  })

  test('asks to send the outcome first, and registers even when refused', async () => {
    process.env.TARO_APP_SUBSCRIBE_TEMPLATES = 'tmpl-result, tmpl-promoted'
    const subscribe = jest
      .spyOn(Taro, 'requestSubscribeMessage')
      .mockRejectedValue({ errMsg: 'requestSubscribeMessage:fail' })
    const register = jest.fn<ReturnType<Register>, Parameters<Register>>(() => ({
      ok: true,
      data: confirmed(),
    }))
    call.mockImplementation(answer({ register }))
    await openForm()
    agreeToPrivacy()
    fillValid()
    fireEvent.click(screen.getByText('提交报名'))
    await screen.findByText('报名成功')
    expect(subscribe).toHaveBeenCalledWith({ tmplIds: ['tmpl-result', 'tmpl-promoted'] })
    expect(register).toHaveBeenCalledTimes(1)
  })

  test('asks nothing when no templates were configured', async () => {
    delete process.env.TARO_APP_SUBSCRIBE_TEMPLATES
    const subscribe = jest.spyOn(Taro, 'requestSubscribeMessage')
    call.mockImplementation(answer({ register: () => ({ ok: true, data: confirmed() }) }))
    await openForm()
    agreeToPrivacy()
    fillValid()
    fireEvent.click(screen.getByText('提交报名'))
    await screen.findByText('报名成功')
    expect(subscribe).not.toHaveBeenCalled()
  })
})

describe('the event page', () => {
  function openEvent() {
    Current.router = {
      params: { id: SESSION_ID },
      path: '/packages/events/detail/index',
    } as unknown as typeof Current.router
    render(<EventPage />)
  }

  test('leads to the form while registration is open, with the session’s seats', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never)
    openEvent()
    fireEvent.click(await screen.findByText('我要报名'))
    expect(navigateTo).toHaveBeenCalledWith({
      url: `/packages/registration/form/index?id=${SESSION_ID}`,
    })
    expect(screen.getByText('限 40 人')).toBeTruthy()
  })

  test('says when registration has closed', async () => {
    call.mockImplementation(answer({ now: '2025-04-22T16:00:00Z' }))
    openEvent()
    expect(await screen.findByText('本活动报名已截止。')).toBeTruthy()
    expect(screen.queryByText('我要报名')).toBeNull()
  })
})
