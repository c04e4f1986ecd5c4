// The office's review queue: each report with its photos; publishing asks first and may end
// blocked by WeChat's content check, which the page says plainly; returning needs a reason.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { ReportView } from '@/contracts/filings'
import ReviewPage from '@/packages/workspace/review/index'
import { callCloud } from '@/services/cloud'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('@/services/upload-photo', () => ({
  photoSource: (fileID: string) => `https://photos.test/${fileID.split('/').pop()}`,
}))
const call = callCloud as unknown as jest.Mock

const report = (id: string, title: string, photos: string[] = []): ReportView => ({
  reportId: id,
  unitId: 'court',
  unitName: '市法院',
  title,
  text: '4月20日，市法院在院机关开展知识产权司法保护宣传活动。',
  photos: photos.map((name) => `cloud://local.local-storage/filings/court/${name}.jpg`),
  status: 'submitted',
  statusText: '待审核',
  filedAt: '2025-04-20T02:00:00.000Z',
  filedByName: '李法官',
})

const PLAIN = report('r1', '市法院开展知识产权宣传', ['a', 'b'])
const RISKY = report('r2', '一条不能发布的信息')
const THIN = report('r3', '需要补充的信息')

type Params = Record<string, unknown>

function answer(review: (params: Params) => unknown) {
  call.mockImplementation(async (name: string, action: string, params: Params = {}) => {
    if (name === 'filings' && action === 'reviewQueue') {
      return { ok: true, data: { items: [PLAIN, RISKY, THIN] } }
    }
    if (name === 'filings' && action === 'review') return review(params)
    throw new Error(`answer: ${name}.${action} not answered`)
  })
}

const decided = (params: Params): { ok: true; data: ReportView } => {
  const base = [PLAIN, RISKY, THIN].find((r) => r.reportId === params.reportId)!
  if (params.decision === 'return') {
    return {
      ok: true,
      data: {
        ...base,
        status: 'returned',
        statusText: '已退回',
        reviewNote: params.reason as string,
      },
    }
  }
  if (base === RISKY) {
    return {
      ok: true,
      data: {
        ...base,
        status: 'blocked',
        statusText: '未通过内容安全检查',
        reviewNote: '文字未通过微信内容安全检查，请修改后重新报送',
      },
    }
  }
  return { ok: true, data: { ...base, status: 'published', statusText: '已发布' } }
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
const reviews = () => call.mock.calls.filter(([, action]) => action === 'review')
const waiting = (title: string) =>
  within(
    within(screen.getByRole('list', { name: '待审核的活动信息' })).getByRole('listitem', {
      name: title,
    }),
  )
const outcome = (title: string) =>
  within(
    within(screen.getByRole('list', { name: '刚刚处理的活动信息' })).getByRole('listitem', {
      name: title,
    }),
  )

async function openQueue() {
  render(<ReviewPage />)
  await screen.findByText(PLAIN.title)
}

let confirm = true
beforeEach(() => {
  confirm = true
  call.mockReset()
  answer(decided)
  jest
    .spyOn(Taro, 'showModal')
    .mockImplementation(async () => ({ confirm, cancel: !confirm, errMsg: 'ok' }) as never)
})
afterEach(async () => {
  await settle()
  jest.restoreAllMocks()
})

test('lists what waits for review with the unit, who filed it, the text and the photos', async () => {
  await openQueue()
  expect(screen.getByText('待审核 3 条')).toBeTruthy()
  const item = waiting(PLAIN.title)
  expect(item.getByText('市法院')).toBeTruthy()
  expect(item.getByText('李法官 于 4月20日 周日 10:00 报送')).toBeTruthy()
  expect(item.getByText(PLAIN.text)).toBeTruthy()
  const photos = item.getByRole('list', { name: `${PLAIN.title}的照片` })
  expect(within(photos).getAllByRole('listitem')).toHaveLength(2)
  jest.spyOn(Taro, 'previewImage').mockResolvedValue({ errMsg: 'ok' } as never)
  fireEvent.click(within(photos).getByRole('listitem', { name: '第2张照片，点按查看大图' }))
  expect(Taro.previewImage).toHaveBeenCalledWith({
    urls: ['https://photos.test/a.jpg', 'https://photos.test/b.jpg'],
    current: 'https://photos.test/b.jpg',
  })
})

test('publishing asks first; a published report leaves the queue with its outcome on top', async () => {
  await openQueue()
  confirm = false
  fireEvent.click(waiting(PLAIN.title).getByText('发布'))
  await settle()
  expect(reviews()).toHaveLength(0)

  confirm = true
  fireEvent.click(waiting(PLAIN.title).getByText('发布'))
  await settle()
  expect(reviews()).toEqual([['filings', 'review', { reportId: 'r1', decision: 'publish' }]])
  expect(outcome(PLAIN.title).getByText('已发布')).toBeTruthy()
  expect(outcome(PLAIN.title).getByText(/已发布到首页/)).toBeTruthy()
  expect(screen.getByText('待审核 2 条')).toBeTruthy()
})

test('a report the content check blocks is shown as not published, with the reason', async () => {
  await openQueue()
  fireEvent.click(waiting(RISKY.title).getByText('发布'))
  await settle()
  const blocked = outcome(RISKY.title)
  expect(blocked.getByText('未通过内容安全检查')).toBeTruthy()
  expect(blocked.getByRole('alert').textContent).toBe(
    '未发布：文字未通过微信内容安全检查，请修改后重新报送。报送单位会在报送页看到这条原因。',
  )
})

test('returning needs a reason, which is sent with it', async () => {
  await openQueue()
  fireEvent.click(waiting(THIN.title).getByText('退回'))
  const form = within(await screen.findByRole('form', { name: '退回活动信息' }))
  fireEvent.click(form.getByText('确认退回'))
  await settle()
  expect(form.getByText('请填写退回原因')).toBeTruthy()
  expect(reviews()).toHaveLength(0)

  fireEvent.input(form.getByRole('textbox', { name: '退回原因（报送单位会看到）' }), {
    target: { value: ' 请补充活动照片 ' },
  })
  fireEvent.click(form.getByText('确认退回'))
  await settle()
  expect(reviews()).toEqual([
    ['filings', 'review', { reportId: 'r3', decision: 'return', reason: '请补充活动照片' }],
  ])
  expect(outcome(THIN.title).getByText('已退回')).toBeTruthy()
  expect(outcome(THIN.title).getByText(/原因：请补充活动照片/)).toBeTruthy()
})

test('a report a colleague already decided: says so and asks the queue again', async () => {
  answer(() => ({ ok: false, error: { code: 'CONFLICT', message: '这条活动信息刚刚被审核过' } }))
  await openQueue()
  fireEvent.click(waiting(PLAIN.title).getByText('发布'))
  await settle()
  expect(Taro.showModal).toHaveBeenLastCalledWith(
    expect.objectContaining({ title: '没能完成', content: '这条活动信息刚刚被审核过' }),
  )
  expect(call.mock.calls.filter(([, action]) => action === 'reviewQueue')).toHaveLength(2)
})

test('other failures stay on the report; an empty queue says so; no access says why', async () => {
  answer(() => ({ ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } }))
  await openQueue()
  fireEvent.click(waiting(PLAIN.title).getByText('发布'))
  await settle()
  expect(waiting(PLAIN.title).getByRole('alert').textContent).toBe('服务暂时不可用，请稍后再试')

  call.mockReset()
  call.mockResolvedValue({ ok: true, data: { items: [] } })
  render(<ReviewPage />)
  expect(await screen.findByText('没有待审核的活动信息')).toBeTruthy()

  call.mockReset()
  call.mockResolvedValue({
    ok: false,
    error: { code: 'FORBIDDEN', message: '只有组委会办公室可以审核' },
  })
  render(<ReviewPage />)
  expect(await screen.findByText('只有组委会办公室可以审核')).toBeTruthy()
})
