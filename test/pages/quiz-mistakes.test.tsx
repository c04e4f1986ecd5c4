// The wrong-answer book: each question got wrong with its right answer, explanation and legal
// source, or an empty book. Answered by an in-memory quiz function that scores real papers.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { formatSource } from '@/domain/quiz-format'
import QuizMistakesPage from '@/packages/quiz/mistakes/index'
import { questionBank } from '@/quiz-bank'
import { callCloud } from '@/services/cloud'
import { fakeQuiz } from './fake-cloud'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock

const NOW = '2025-04-23T02:00:00.000Z'
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
const byId = new Map(questionBank.map((q) => [q.id, q]))

beforeEach(() => {
  call.mockReset()
  jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'ok' })
})
afterEach(async () => {
  await settle()
  jest.restoreAllMocks()
})

test('the wrong-answer book lists each wrong question with its right answer and source', async () => {
  const quiz = fakeQuiz(NOW)
  call.mockImplementation(quiz.answer)
  const result = await quiz.handIn(8)
  render(<QuizMistakesPage />)
  expect(await screen.findByText(/^共 2 道答错的题/)).toBeTruthy()
  expect(call).toHaveBeenCalledWith('quiz', 'review', {})
  const wrong = result.items.filter((item) => !item.correct)
  const items = screen.getAllByRole('listitem')
  for (const [k, item] of wrong.entries()) {
    const q = byId.get(item.id)!
    const shown = within(items[k])
    expect(shown.getByText(q.stem)).toBeTruthy()
    expect(shown.getByText(q.explanation)).toBeTruthy()
    expect(shown.getByText(`依据：${formatSource(q.source)}`)).toBeTruthy()
    expect(shown.getAllByText('正确答案')).toHaveLength(q.answer.length)
    expect(shown.getByText('答错于 4月23日 周三')).toBeTruthy()
  }
})

test('an empty wrong-answer book says so and leads to the quiz', async () => {
  call.mockImplementation(fakeQuiz(NOW).answer)
  render(<QuizMistakesPage />)
  expect(await screen.findByText('错题本是空的')).toBeTruthy()
  fireEvent.click(screen.getByText('去答题'))
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/quiz/index' })
})
