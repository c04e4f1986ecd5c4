// The home page as a person sees it, answered from the real campaign data module.
import { fireEvent, render, screen } from '@testing-library/react'
import { callCloud } from '@/services/cloud'
import HomePage from '@/pages/index/index'
import { fakeCloud } from './fake-cloud'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock

beforeEach(() => call.mockReset())

const SESSION = '强化海外知识产权纠纷保护 促进跨境电商企业高质量发展宣贯活动'

test('during the week: the theme, the dates, the day, today’s events and the featured session', async () => {
  call.mockImplementation(fakeCloud('2025-04-21T02:00:00Z'))
  render(<HomePage />)
  expect(await screen.findByText('知识产权与人工智能')).toBeTruthy()
  expect(screen.getByText('2025年4月20日 — 4月26日')).toBeTruthy()
  expect(screen.getByText('宣传周第 2 天（共 7 天）')).toBeTruthy()
  expect(screen.getByText('今日活动')).toBeTruthy()
  // Both 21 April samples are today's events, badged as samples.
  expect(await screen.findByText('知识产权进校园：人工智能时代的发明与版权')).toBeTruthy()
  expect(screen.getAllByText('示例活动')).toHaveLength(2)
  expect(await screen.findByText(SESSION)).toBeTruthy()
  expect(screen.getByText('4月23日 周三 · 具体时间待主办单位公布')).toBeTruthy()
  expect(screen.getAllByText(/^\d\. 宣传/)).toHaveLength(5)
  expect(screen.getByText('开展大众媒体宣传活动')).toBeTruthy()
  // No news is published yet: the section stays away rather than saying so.
  expect(screen.queryByRole('region', { name: '宣传周动态' })).toBeNull()
})

test('before the week: a countdown and the first events coming up', async () => {
  call.mockImplementation(fakeCloud('2025-04-15T02:00:00Z'))
  render(<HomePage />)
  expect(await screen.findByText('准备阶段 · 距开幕还有 5 天')).toBeTruthy()
  expect(screen.getByText('即将开始')).toBeTruthy()
  expect(await screen.findByText('知识产权进社区：商标与专利常识咨询')).toBeTruthy()
})

test('after the week: a recap with figures instead of events', async () => {
  call.mockImplementation(fakeCloud('2025-05-10T02:00:00Z'))
  render(<HomePage />)
  expect(await screen.findByText('本届宣传周已圆满结束')).toBeTruthy()
  expect(await screen.findByText('场活动')).toBeTruthy()
  const figure = (label: string) => screen.getByText(label).parentElement?.textContent
  expect([figure('场活动'), figure('家单位主办'), figure('天宣传周')]).toEqual([
    '9场活动',
    '9家单位主办',
    '7天宣传周',
  ])
  expect(screen.queryByText('今日活动')).toBeNull()
})

test('says what went wrong and tries again on request', async () => {
  call.mockResolvedValueOnce({
    ok: false,
    error: { code: 'INTERNAL', message: '网络不可用，请检查网络后重试' },
  })
  render(<HomePage />)
  expect(await screen.findByText('网络不可用，请检查网络后重试')).toBeTruthy()
  call.mockImplementation(fakeCloud('2025-05-10T02:00:00Z'))
  fireEvent.click(screen.getByText('重试'))
  expect(await screen.findByText('本届宣传周已圆满结束')).toBeTruthy()
})

test('on 23 April the session is among today’s events and not repeated as featured', async () => {
  call.mockImplementation(fakeCloud('2025-04-23T02:00:00Z'))
  render(<HomePage />)
  expect(await screen.findByText(SESSION)).toBeTruthy()
  expect(screen.getByText('今日活动')).toBeTruthy()
  expect(screen.getAllByText(SESSION)).toHaveLength(1)
  expect(screen.queryByText('重点活动', { selector: '.home__heading' })).toBeNull()
})
