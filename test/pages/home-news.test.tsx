// 宣传周动态 on the home page: the published reports, newest first, each clipped until opened,
// with photo thumbnails; more on request; no section at all while nothing is published.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { NewsItem } from '@/contracts/filings'
import HomePage from '@/pages/index/index'
import { callCloud } from '@/services/cloud'
import { fakeCloud } from './fake-cloud'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock

const NOW = '2025-04-23T02:00:00Z'
const LONG_TEXT =
  '4月20日，市法院在院机关开展知识产权司法保护宣传活动，发布典型案例，法官以案释法，讲解商标、专利和著作权纠纷的常见问题，现场解答企业和群众的咨询，发放宣传资料五百余份。'

const news = (n: number, overrides: Partial<NewsItem> = {}): NewsItem => ({
  reportId: `report-${n}`,
  title: `动态 ${n}`,
  text: '市教育局开展知识产权进校园活动。',
  unitName: '市教育局',
  publishedAt: '2025-04-22T03:00:00.000Z',
  photoUrls: [],
  ...overrides,
})

const COURT = news(1, {
  title: '市法院开展知识产权宣传',
  text: LONG_TEXT,
  unitName: '市法院',
  // 01:30 on 21 April in Shanghai: the day shown is Shanghai's, not UTC's 20 April.
  publishedAt: '2025-04-20T17:30:00.000Z',
  photoUrls: [1, 2, 3, 4, 5].map((i) => `http://127.0.0.1:9/cos/filings/court/${i}.jpg`),
})

type Page = { items: NewsItem[]; hasMore: boolean }

function answer(pages: Record<number, Page | { ok: false; message: string }>) {
  const rest = fakeCloud(NOW)
  call.mockImplementation(async (name: string, action: string, params: { offset?: number }) => {
    if (name !== 'filings' || action !== 'news') return rest(name, action, params)
    const page = pages[params.offset ?? 0]
    if ('ok' in page) return { ok: false, error: { code: 'INTERNAL', message: page.message } }
    return { ok: true, data: page }
  })
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))

async function openHome() {
  render(<HomePage />)
  await screen.findByText('知识产权与人工智能')
  await settle()
}

const section = () => within(screen.getByRole('region', { name: '宣传周动态' }))

beforeAll(() => {
  // Taro's H5 <Image lazyLoad> watches itself with IntersectionObserver, which jsdom lacks.
  window.IntersectionObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof IntersectionObserver
})
beforeEach(() => call.mockReset())
afterEach(async () => {
  await settle()
  jest.restoreAllMocks()
})

test('no section while nothing is published', async () => {
  answer({ 0: { items: [], hasMore: false } })
  await openHome()
  expect(call).toHaveBeenCalledWith('filings', 'news', {})
  expect(screen.queryByRole('region', { name: '宣传周动态' })).toBeNull()
  expect(screen.queryByText('宣传周动态')).toBeNull()
})

test('a report: title, unit, Shanghai day, text clipped and three thumbnails until opened', async () => {
  answer({ 0: { items: [COURT, news(2)], hasMore: false } })
  await openHome()
  const card = within(section().getByRole('listitem', { name: COURT.title }))
  expect(card.getByText('市法院 · 4月21日 周一')).toBeTruthy()
  expect(card.getByText(LONG_TEXT).className).toContain('news__text--clipped')
  expect(card.getAllByRole('button', { name: /点按查看大图/ })).toHaveLength(3)
  expect(card.getByText('+2')).toBeTruthy()

  const toggle = card.getByRole('button', { name: '展开全文' })
  expect(toggle.getAttribute('aria-expanded')).toBe('false')
  fireEvent.click(toggle)
  expect(card.getByText(LONG_TEXT).className).not.toContain('news__text--clipped')
  expect(card.getAllByRole('button', { name: /点按查看大图/ })).toHaveLength(5)
  expect(card.queryByText('+2')).toBeNull()
  expect(card.getByRole('button', { name: '收起' }).getAttribute('aria-expanded')).toBe('true')

  jest.spyOn(Taro, 'previewImage').mockResolvedValue({ errMsg: 'ok' } as never)
  fireEvent.click(card.getByRole('button', { name: '第4张照片，点按查看大图' }))
  expect(Taro.previewImage).toHaveBeenCalledWith({
    urls: COURT.photoUrls,
    current: COURT.photoUrls[3],
  })

  // A short report without photos has nothing to open.
  const short = within(section().getByRole('listitem', { name: '动态 2' }))
  expect(short.queryByRole('button', { name: '展开全文' })).toBeNull()
})

test('more on request, after what is shown; a failure says so and keeps what is shown', async () => {
  const first = Array.from({ length: 10 }, (_, i) => news(i + 1))
  answer({
    0: { items: first, hasMore: true },
    10: { items: [news(11)], hasMore: true },
    11: { ok: false, message: '网络不可用，请检查网络后重试' },
  })
  await openHome()
  expect(section().getAllByRole('listitem')).toHaveLength(10)
  fireEvent.click(section().getByText('查看更多动态'))
  await settle()
  expect(call).toHaveBeenCalledWith('filings', 'news', { offset: 10 })
  expect(section().getAllByRole('listitem')).toHaveLength(11)

  fireEvent.click(section().getByText('查看更多动态'))
  await settle()
  expect(call).toHaveBeenCalledWith('filings', 'news', { offset: 11 })
  expect(section().getByRole('alert').textContent).toBe('网络不可用，请检查网络后重试')
  expect(section().getAllByRole('listitem')).toHaveLength(11)
})

test('a failed first load says so, with a retry', async () => {
  answer({ 0: { ok: false, message: '网络不可用，请检查网络后重试' } })
  await openHome()
  expect(section().getByText('网络不可用，请检查网络后重试')).toBeTruthy()
  answer({ 0: { items: [news(1)], hasMore: false } })
  fireEvent.click(section().getByText('重试'))
  await settle()
  expect(section().getByRole('listitem', { name: '动态 1' })).toBeTruthy()
})
