// The quiz tab: what the quiz is, today's attempts and best score, and the ways in, answered by
// an in-memory quiz function.
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import QuizPage from '@/pages/quiz/index'
import { callCloud } from '@/services/cloud'
import { fakeQuiz } from './fake-cloud'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock

const NOW = '2025-04-23T02:00:00.000Z'
/** A figure with its label: '2今日剩余次数'. */
const stat = (label: string) => screen.getByText(label).parentElement?.textContent
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))

/** A quiz where one paper was handed in with `right` of its ten questions answered right. */
async function quizAfterOnePaper(right: number) {
  const quiz = fakeQuiz(NOW)
  const { attemptId } = await quiz.handIn(right)
  return { quiz, attemptId }
}

beforeEach(() => {
  call.mockReset()
  jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' })
})
afterEach(async () => {
  await settle()
  jest.restoreAllMocks()
})

test('explains the quiz and the theme, shows attempts left, and starts a paper', async () => {
  call.mockImplementation(fakeQuiz(NOW).answer)
  render(<QuizPage />)
  expect(await screen.findByText('今日剩余次数')).toBeTruthy()
  expect(screen.getByText('宣传周主题 · 知识产权与人工智能')).toBeTruthy()
  expect(screen.getByText('每次从题库随机抽取 10 道题，有单选、多选和判断题。')).toBeTruthy()
  expect(screen.getByText('限时 5 分钟，时间到自动交卷。')).toBeTruthy()
  expect(screen.getByText('每天可以答 3 次，点“开始答题”即计一次。')).toBeTruthy()
  expect(screen.getByText(/^80 分及格，可以领取电子证书/)).toBeTruthy()
  expect(screen.getByText(/解析和法律依据（法律名称、条款和版本）/)).toBeTruthy()
  expect(stat('今日剩余次数')).toBe('3今日剩余次数')
  expect(stat('最好成绩（分）')).toBe('—最好成绩（分）')
  expect(screen.getByText('还没有成绩，答完一次就会记在这里。')).toBeTruthy()
  expect(screen.queryByText('我的证书')).toBeNull()

  fireEvent.click(screen.getByText('开始答题'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/quiz/paper/index' })
  fireEvent.click(screen.getByText('错题本'))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/quiz/mistakes/index' })
  fireEvent.click(screen.getByText('排行榜'))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/quiz/leaderboard/index' })
})

test('with a passing best, shows it and opens its certificate', async () => {
  const { quiz, attemptId } = await quizAfterOnePaper(9)
  call.mockImplementation(quiz.answer)
  render(<QuizPage />)
  expect(await screen.findByText('最好成绩 90 分，用时 1分35秒。')).toBeTruthy()
  expect(stat('最好成绩（分）')).toBe('90最好成绩（分）')
  expect(stat('今日剩余次数')).toBe('2今日剩余次数')
  fireEvent.click(screen.getByText('我的证书'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: `/packages/quiz/certificate/index?attempt=${attemptId}`,
  })
})

test('a best under 80 has no certificate', async () => {
  const { quiz } = await quizAfterOnePaper(7)
  call.mockImplementation(quiz.answer)
  render(<QuizPage />)
  expect(await screen.findByText('最好成绩 70 分，用时 1分35秒。')).toBeTruthy()
  expect(screen.queryByText('我的证书')).toBeNull()
})

test('with no attempts left today, says so and does not start', async () => {
  call.mockImplementation(fakeQuiz(NOW, { remaining: 0 }).answer)
  render(<QuizPage />)
  expect(
    await screen.findByText('今天的 3 次机会已用完，明天再来。可以先看看错题本。'),
  ).toBeTruthy()
  const start = screen.getByText('开始答题')
  expect(start.getAttribute('aria-disabled')).toBe('true')
  fireEvent.click(start)
  expect(Taro.navigateTo).not.toHaveBeenCalled()
})

test('signed out: the rules still show, with the reason and a retry', async () => {
  const quiz = fakeQuiz(NOW)
  call.mockImplementation(async (name: string, action: string, params?: object) =>
    name === 'quiz'
      ? { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录微信后再答题' } }
      : quiz.answer(name, action, params as never),
  )
  render(<QuizPage />)
  expect(await screen.findByText('请先登录微信后再答题')).toBeTruthy()
  expect(screen.getByText('答题说明')).toBeTruthy()
  expect(screen.queryByText('开始答题')).toBeNull()
  call.mockImplementation(quiz.answer)
  fireEvent.click(screen.getByText('重试'))
  expect(await screen.findByText('开始答题')).toBeTruthy()
})
