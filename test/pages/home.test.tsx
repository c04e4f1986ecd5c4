// The home page as a person sees it. The cloud service is replaced by answers built from the
// real campaign data module; the end-to-end test covers the real functions.
import { fireEvent, render, screen } from '@testing-library/react'
import { campaign, events } from '@/campaigns'
import { campaignPhase } from '@/domain/phase'
import { toEventView } from '@/domain/event'
import { callCloud } from '@/services/cloud'
import HomePage from '@/pages/index/index'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.MockedFunction<(name: string, action: string) => Promise<unknown>>

function answerFromData(now: string) {
  call.mockImplementation(async (name) =>
    name === 'campaign'
      ? { ok: true, data: { campaign, phase: campaignPhase(campaign, new Date(now)), now } }
      : {
          ok: true,
          data: { items: events.map(toEventView), total: events.length, offset: 0, hasMore: false },
        },
  )
}

beforeEach(() => call.mockReset())

test('shows the theme, the dates, the day of the week and the 23 April session', async () => {
  answerFromData('2025-04-23T02:00:00Z')
  render(<HomePage />)
  expect(await screen.findByText('知识产权与人工智能')).toBeTruthy()
  expect(screen.getByText('2025年4月20日 — 4月26日')).toBeTruthy()
  expect(screen.getByText('宣传周第 4 天（共 7 天）')).toBeTruthy()
  expect(
    screen.getByText('强化海外知识产权纠纷保护 促进跨境电商企业高质量发展宣贯活动'),
  ).toBeTruthy()
  expect(screen.getByText('4月23日 周三 · 具体时间待主办单位公布')).toBeTruthy()
  expect(screen.getByText('特邀：辽宁省知识产权保护中心')).toBeTruthy()
  // Only the featured session is on the home page, not the samples.
  expect(screen.queryByText('示例活动')).toBeNull()
  expect(screen.getAllByText(/^\d\. 宣传/)).toHaveLength(5)
})

test('counts down during the preparation phase', async () => {
  answerFromData('2025-04-15T02:00:00Z')
  render(<HomePage />)
  expect(await screen.findByText('准备阶段 · 距开幕还有 5 天')).toBeTruthy()
})

test('says what went wrong and tries again on request', async () => {
  call.mockResolvedValueOnce({
    ok: false,
    error: { code: 'INTERNAL', message: '网络不可用，请检查网络后重试' },
  })
  call.mockResolvedValueOnce({ ok: true, data: { items: [], total: 0, offset: 0, hasMore: false } })
  render(<HomePage />)
  expect(await screen.findByText('网络不可用，请检查网络后重试')).toBeTruthy()
  answerFromData('2025-05-10T02:00:00Z')
  fireEvent.click(screen.getByText('重试'))
  expect(await screen.findByText('本届宣传周已圆满结束')).toBeTruthy()
})
