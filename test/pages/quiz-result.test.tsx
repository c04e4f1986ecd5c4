// The result of a paper: the score, every question with the taker's choice, the right answer,
// the explanation and its legal source, and the ways on. Answered by an in-memory quiz function
// that scores real papers from the bank.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { Current } from '@tarojs/runtime'
import { formatSource } from '@/domain/quiz-format'
import QuizResultPage from '@/packages/quiz/result/index'
import { questionBank } from '@/quiz-bank'
import { callCloud } from '@/services/cloud'
import { fakeQuiz } from './fake-cloud'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock

const NOW = '2025-04-23T02:00:00.000Z'
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
const byId = new Map(questionBank.map((q) => [q.id, q]))

function openResult(attemptId: string) {
  Current.router = {
    params: { attempt: attemptId },
    path: '/packages/quiz/result/index',
  } as unknown as typeof Current.router
  return render(<QuizResultPage />)
}

beforeEach(() => {
  call.mockReset()
  jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' })
  jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'ok' })
  jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'ok' })
})
afterEach(async () => {
  await settle()
  jest.restoreAllMocks()
})

test('a passed paper: score, time, every question explained with its source, and the certificate', async () => {
  const quiz = fakeQuiz(NOW)
  call.mockImplementation(quiz.answer)
  const result = await quiz.handIn(9)
  openResult(result.attemptId)

  const score = await screen.findByRole('region', { name: '成绩' })
  expect(score.textContent).toContain('90分')
  expect(within(score).getByText('恭喜通过，可以领取证书')).toBeTruthy()
  expect(within(score).getByText('答对 9 / 10 题 · 用时 1分35秒')).toBeTruthy()
  expect(within(score).getByText('交卷时间 4月23日 周三 10:00')).toBeTruthy()
  expect(call).toHaveBeenCalledWith('quiz', 'result', { attemptId: result.attemptId })

  const items = screen.getAllByRole('listitem')
  expect(items).toHaveLength(10)
  for (const [k, item] of result.items.entries()) {
    const shown = within(items[k])
    const q = byId.get(item.id)!
    expect(shown.getByText(q.stem)).toBeTruthy()
    expect(shown.getByText(k < 9 ? '答对' : '答错')).toBeTruthy()
    expect(shown.getByText(q.explanation)).toBeTruthy()
    expect(shown.getByText(`依据：${formatSource(q.source)}`)).toBeTruthy()
    const marks = shown.queryAllByText(/正确答案|你的选择/).map((m) => m.textContent)
    if (k < 9) expect(marks).toEqual(item.rightPositions.map(() => '你的选择 · 正确'))
    else
      expect(marks.sort()).toEqual(
        [...item.rightPositions.map(() => '正确答案'), '你的选择'].sort(),
      )
  }

  fireEvent.click(await screen.findByText('查看证书'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: `/packages/quiz/certificate/index?attempt=${result.attemptId}`,
  })
  fireEvent.click(await screen.findByText('再答一次（今天还有 2 次）'))
  expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/quiz/paper/index' })
  fireEvent.click(screen.getByText('错题本'))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/quiz/mistakes/index' })
  fireEvent.click(screen.getByText('排行榜'))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/quiz/leaderboard/index' })
})

test('a paper under 80 has no certificate; without attempts left, no second try', async () => {
  const quiz = fakeQuiz(NOW, { remaining: 1 })
  call.mockImplementation(quiz.answer)
  const result = await quiz.handIn(7)
  openResult(result.attemptId)
  expect(await screen.findByText('80 分及格，再接再厉')).toBeTruthy()
  await settle()
  expect(screen.queryByText('查看证书')).toBeNull()
  expect(screen.queryByText(/再答一次/)).toBeNull()
  expect(screen.getAllByText('答错')).toHaveLength(3)
})

test("someone else's or a missing attempt is not found, with a way back", async () => {
  call.mockImplementation(fakeQuiz(NOW).answer)
  openResult('someone-elses')
  expect(await screen.findByText('没有找到这次答题的成绩')).toBeTruthy()
  fireEvent.click(screen.getByText('返回答题首页'))
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/quiz/index' })
})

test('a link without an attempt asks the server nothing', async () => {
  openResult('')
  expect(await screen.findByText('没有找到这次答题的成绩')).toBeTruthy()
  expect(call).not.toHaveBeenCalled()
})
