// Taking a paper: one question at a time against the clock, the answer card, the hand-in step
// with the optional name and school, and what happens when time runs out or the day's attempts
// are used up. Answered by an in-memory quiz function that draws real papers from the bank.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { QuizStart } from '@/contracts/quiz'
import { optionLetter } from '@/domain/quiz-format'
import QuizPaperPage from '@/packages/quiz/paper/index'
import { callCloud } from '@/services/cloud'
import { fakeQuiz, rightPositions } from './fake-cloud'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock

const NOW = '2025-04-23T02:00:00.000Z'
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
const calls = (action: string) => call.mock.calls.filter(([, name]) => name === action)

/** Opens the page and returns the paper the server drew, as the page received it. */
async function openPaper(): Promise<QuizStart> {
  render(<QuizPaperPage />)
  await screen.findByText(/^第 1 \/ 10 题$/)
  const started = await call.mock.results[0].value
  return started.data
}

type Question = QuizStart['questions'][number]

function choose(question: Question, positions: number[]) {
  const card = screen.getByRole('group', { name: /^第 \d+ 题$/ })
  for (const p of positions) {
    const role = question.type === 'multiple' ? 'checkbox' : 'radio'
    const name = `${optionLetter(p)}. ${question.options[p]}`
    fireEvent.click(within(card).getByRole(role, { name }))
  }
}

/** Answers every question with `pick`, in order, and goes on to the hand-in step. */
function answerAll(paper: QuizStart, pick: (question: Question) => number[]) {
  for (const [index, question] of paper.questions.entries()) {
    choose(question, pick(question))
    fireEvent.click(screen.getByText(index === paper.questions.length - 1 ? '去交卷' : '下一题'))
  }
}

/** Types into the real <input> inside Taro's element, which renders a moment after React. */
async function type(label: string, value: string) {
  fireEvent.input(await screen.findByLabelText(label), { target: { value } })
}

let quiz: ReturnType<typeof fakeQuiz>
beforeEach(() => {
  call.mockReset()
  quiz = fakeQuiz(NOW)
  call.mockImplementation(quiz.answer)
  jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'ok' })
  jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' })
  jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'ok' })
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never)
  jest.spyOn(Taro, 'pageScrollTo').mockResolvedValue({ errMsg: 'ok' } as never)
})
afterEach(async () => {
  jest.useRealTimers()
  await settle()
  jest.restoreAllMocks()
})

test('answers one question at a time, then hands in the chosen positions with name and school', async () => {
  const paper = await openPaper()
  expect(screen.getByRole('timer', { name: '剩余时间 5分' }).textContent).toBe('剩余 5:00')
  expect(screen.getByText('已答 0 / 10 题')).toBeTruthy()
  expect(screen.getByText('上一题').getAttribute('aria-disabled')).toBe('true')
  // The paper carries no answers: the page can only have asked for it.
  expect(call.mock.calls).toEqual([['quiz', 'start', {}]])

  for (const [index, question] of paper.questions.entries()) {
    expect(screen.getByText(question.stem)).toBeTruthy()
    choose(question, rightPositions(question))
    expect(screen.getByText(`已答 ${index + 1} / 10 题`)).toBeTruthy()
    fireEvent.click(screen.getByText(index === 9 ? '去交卷' : '下一题'))
  }
  expect(screen.getByText('全部题目都已作答。')).toBeTruthy()
  expect(screen.getByText(/排行榜上姓名遮盖显示（如“张\*”）/)).toBeTruthy()
  await type('姓名', ' 李四 ')
  await type('学校/班级', '营口市第一中学 初二（3）班')
  fireEvent.click(screen.getByText('交卷'))
  await settle()

  const expected = Object.fromEntries(paper.questions.map((q) => [q.id, rightPositions(q)]))
  expect(calls('submit')).toEqual([
    [
      'quiz',
      'submit',
      {
        attemptId: paper.attemptId,
        answers: expected,
        name: '李四',
        school: '营口市第一中学 初二（3）班',
      },
    ],
  ])
  expect(Taro.redirectTo).toHaveBeenCalledWith({
    url: `/packages/quiz/result/index?attempt=${paper.attemptId}`,
  })
})

test('goes back and forth, by buttons and by the answer card, and keeps the answers', async () => {
  const paper = await openPaper()
  const multiple = paper.questions.findIndex((q) => q.type === 'multiple')
  const card = screen.getByRole('navigation', { name: '答题卡' })
  fireEvent.click(within(card).getByRole('button', { name: `第 ${multiple + 1} 题，未答` }))
  const question = paper.questions[multiple]
  expect(screen.getByText(question.stem)).toBeTruthy()
  expect(screen.getByText('多选题：选出全部正确的选项，可以选多个。')).toBeTruthy()
  choose(question, [0, 1])
  choose(question, [0])
  const box = (p: number) =>
    screen.getByRole('checkbox', { name: `${optionLetter(p)}. ${question.options[p]}` })
  expect([box(0), box(1)].map((b) => b.getAttribute('aria-checked'))).toEqual(['false', 'true'])
  expect(within(card).getByRole('button', { name: `第 ${multiple + 1} 题，已答` })).toBeTruthy()

  fireEvent.click(screen.getByText('上一题'))
  fireEvent.click(screen.getByText('下一题'))
  expect(box(1).getAttribute('aria-checked')).toBe('true')
})

test('asks before handing in with questions unanswered, and hands in only on confirm', async () => {
  const showModal = jest
    .spyOn(Taro, 'showModal')
    .mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'ok' } as never)
    .mockResolvedValueOnce({ confirm: true, cancel: false, errMsg: 'ok' } as never)
  const paper = await openPaper()
  choose(paper.questions[0], [0])
  fireEvent.click(within(screen.getByRole('navigation')).getByText('去交卷'))
  expect(screen.getByText('还有 9 题没有作答，未答的题不得分。')).toBeTruthy()

  fireEvent.click(screen.getByText('交卷'))
  await settle()
  expect(showModal).toHaveBeenCalledWith(
    expect.objectContaining({ content: '还有 9 题没有作答，交卷后不能再改。' }),
  )
  expect(calls('submit')).toHaveLength(0)

  fireEvent.click(screen.getByText('交卷'))
  await settle()
  expect(calls('submit')).toEqual([
    ['quiz', 'submit', { attemptId: paper.attemptId, answers: { [paper.questions[0].id]: [0] } }],
  ])
})

test('hands in by itself when the time runs out', async () => {
  jest.useFakeTimers()
  const paper = await openPaper()
  choose(paper.questions[0], rightPositions(paper.questions[0]))
  act(() => jest.advanceTimersByTime(240_000))
  expect(screen.getByRole('timer').textContent).toBe('剩余 1:00')
  act(() => jest.advanceTimersByTime(59_000))
  expect(screen.getByRole('timer').textContent).toBe('剩余 0:01')
  expect(calls('submit')).toHaveLength(0)
  act(() => jest.advanceTimersByTime(1_000))
  await act(async () => {})

  expect(calls('submit')).toEqual([
    [
      'quiz',
      'submit',
      {
        attemptId: paper.attemptId,
        answers: { [paper.questions[0].id]: rightPositions(paper.questions[0]) },
      },
    ],
  ])
  expect(Taro.showToast).toHaveBeenCalledWith({ title: '时间到，已自动交卷', icon: 'none' })
  expect(Taro.redirectTo).toHaveBeenCalledWith({
    url: `/packages/quiz/result/index?attempt=${paper.attemptId}`,
  })
})

test('a failed hand-in keeps the answers for another try', async () => {
  const paper = await openPaper()
  answerAll(paper, () => [0])
  call.mockResolvedValueOnce({
    ok: false,
    error: { code: 'INTERNAL', message: '网络不可用，请检查网络后重试' },
  })
  fireEvent.click(screen.getByText('交卷'))
  expect(await screen.findByText('交卷没有成功：网络不可用，请检查网络后重试')).toBeTruthy()
  expect(Taro.redirectTo).not.toHaveBeenCalled()
  fireEvent.click(screen.getByText('交卷'))
  await settle()
  expect(calls('submit')).toHaveLength(2)
  expect(calls('submit')[1][2].answers).toEqual(calls('submit')[0][2].answers)
  expect(Taro.redirectTo).toHaveBeenCalledTimes(1)
})

test('a hand-in after the deadline says the attempt has no score', async () => {
  const paper = await openPaper()
  call.mockResolvedValueOnce({
    ok: false,
    error: { code: 'DEADLINE_PASSED', message: '答题已超时，本次成绩无效' },
  })
  answerAll(paper, () => [0])
  fireEvent.click(screen.getByText('交卷'))
  expect(await screen.findByText('答题已超时')).toBeTruthy()
  expect(screen.getByText('答题已超时，本次成绩无效。这次答题仍计入今天的次数。')).toBeTruthy()
  fireEvent.click(screen.getByText('返回答题首页'))
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/quiz/index' })
})

test("with the day's attempts used up, says so plainly with a way back", async () => {
  call.mockImplementation(fakeQuiz(NOW, { remaining: 0 }).answer)
  render(<QuizPaperPage />)
  expect(await screen.findByText('今天的答题机会已用完')).toBeTruthy()
  expect(screen.getByText('今天的3次答题机会已用完，明天再来')).toBeTruthy()
  fireEvent.click(screen.getByText('返回答题首页'))
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/quiz/index' })
  fireEvent.click(screen.getByText('看看错题本'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/quiz/mistakes/index' })
})
