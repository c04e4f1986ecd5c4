// The leaderboard page as a reader uses it, answered by a small fake quiz function (the ranking
// and the masking are the server's, covered by the function tests).
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Leaderboard } from '@/contracts/quiz'
import LeaderboardPage from '@/packages/quiz/leaderboard/index'
import { callCloud } from '@/services/cloud'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock

const SCHOOL = '营口市第一中学'
const WHOLE: Leaderboard = {
  items: [
    { rank: 1, name: '张**', school: SCHOOL, score: 100, durationSeconds: 95 },
    { rank: 2, name: 'L**', score: 90, durationSeconds: 163 },
    { rank: 2, name: '王**', school: '营口理工学院', score: 90, durationSeconds: 163 },
    { rank: 4, name: '匿名', score: 80, durationSeconds: 45 },
  ],
  mine: { rank: 4, score: 80, durationSeconds: 45 },
}
const ONE_SCHOOL: Leaderboard = { items: [WHOLE.items[0]], mine: null }

type Answer =
  { ok: true; data: Leaderboard } | { ok: false; error: { code: string; message: string } }

/** Answers quiz.leaderboard: `whole` without a school, SCHOOL's board, empty for other schools. */
function fakeQuiz(whole: Answer = { ok: true, data: WHOLE }) {
  return async (name: string, action: string, params: { school?: string } = {}) => {
    if (name !== 'quiz' || action !== 'leaderboard') {
      throw new Error(`fake: ${name}.${action} not answered`)
    }
    if (!params.school) return whole
    return { ok: true, data: params.school === SCHOOL ? ONE_SCHOOL : { items: [], mine: null } }
  }
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))

function rows(): string[] {
  return within(screen.getByRole('list', { name: '排行榜' }))
    .getAllByRole('listitem')
    .map((row) => row.textContent ?? '')
}

async function chooseSchoolScope() {
  fireEvent.click(screen.getByRole('button', { name: '榜单范围：按学校' }))
  await settle()
}

async function typeSchool(text: string) {
  // Taro's H5 input renders its real <input> a moment after the component.
  const input = await screen.findByRole('searchbox', { name: '学校名称' })
  fireEvent.input(input, { target: { value: text } })
  // Inside act until the board has answered.
  await act(async () => {
    fireEvent.click(screen.getByText('查看'))
  })
}

beforeEach(() => {
  call.mockReset()
  call.mockImplementation(fakeQuiz())
})
afterEach(async () => {
  await settle()
  jest.restoreAllMocks()
})

test('shows the ranked masked names with school, score and time, and my rank', async () => {
  render(<LeaderboardPage />)
  expect(await screen.findByText('张**')).toBeTruthy()
  expect(call).toHaveBeenCalledWith('quiz', 'leaderboard', {})
  expect(rows()).toEqual([
    `1张**${SCHOOL}100分用时 1分35秒`,
    '2L**90分用时 2分43秒',
    '2王**营口理工学院90分用时 2分43秒',
    '4匿名80分用时 45秒',
  ])
  const mine = screen.getByRole('region', { name: '我的排名' })
  expect(within(mine).getByText('第 4 名')).toBeTruthy()
  expect(within(mine).getByText('最好成绩 80 分 · 用时 45秒')).toBeTruthy()
})

test('without a score of my own, invites me to take the quiz', async () => {
  const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'ok' })
  call.mockImplementation(fakeQuiz({ ok: true, data: { ...WHOLE, mine: null } }))
  render(<LeaderboardPage />)
  const mine = await screen.findByRole('region', { name: '我的排名' })
  expect(within(mine).getByText('你还没有答题成绩')).toBeTruthy()
  fireEvent.click(within(mine).getByText('去答题'))
  expect(switchTab).toHaveBeenCalledWith({ url: '/pages/quiz/index' })
})

test("switching to a school asks for that school's board", async () => {
  render(<LeaderboardPage />)
  await screen.findByText('张**')
  await chooseSchoolScope()
  // Nothing is asked until a school is given.
  expect(screen.getByText(/输入学校名称后查看本校榜单/)).toBeTruthy()
  expect(call).toHaveBeenCalledTimes(1)

  await typeSchool(` ${SCHOOL} `)
  expect(call).toHaveBeenLastCalledWith('quiz', 'leaderboard', { school: SCHOOL })
  const mine = await screen.findByRole('region', { name: '我在本校的排名' })
  expect(within(mine).getByText('你还没有计入这所学校的成绩')).toBeTruthy()
  expect(rows()).toEqual([`1张**${SCHOOL}100分用时 1分35秒`])

  fireEvent.click(screen.getByRole('button', { name: '榜单范围：全部' }))
  await screen.findByText('L**')
  expect(call).toHaveBeenLastCalledWith('quiz', 'leaderboard', {})
})

test("按学校 opens on the reader's own school when they gave one", async () => {
  call.mockImplementation(
    fakeQuiz({ ok: true, data: { ...WHOLE, mine: { ...WHOLE.mine!, school: SCHOOL } } }),
  )
  render(<LeaderboardPage />)
  await screen.findByText('张**')
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '榜单范围：按学校' }))
  })
  expect(call).toHaveBeenLastCalledWith('quiz', 'leaderboard', { school: SCHOOL })
  expect(await screen.findByRole('region', { name: '我在本校的排名' })).toBeTruthy()
})

test("a school on a row opens that school's board, from the top", async () => {
  const scroll = jest.spyOn(Taro, 'pageScrollTo').mockResolvedValue({ errMsg: 'ok' })
  render(<LeaderboardPage />)
  await screen.findByText('张**')
  fireEvent.click(screen.getByRole('button', { name: '查看营口理工学院的排行榜' }))
  expect(await screen.findByText('“营口理工学院”还没有人上榜')).toBeTruthy()
  expect(call).toHaveBeenLastCalledWith('quiz', 'leaderboard', { school: '营口理工学院' })
  expect(screen.getByRole('button', { name: '榜单范围：按学校，已选中' })).toBeTruthy()
  expect(scroll).toHaveBeenCalledWith({ scrollTop: 0, duration: 0 })
})

test('an empty board says so', async () => {
  call.mockImplementation(fakeQuiz({ ok: true, data: { items: [], mine: null } }))
  render(<LeaderboardPage />)
  expect(await screen.findByText('还没有人上榜')).toBeTruthy()
  expect(screen.queryByRole('list', { name: '排行榜' })).toBeNull()
})

test('a failed call says what went wrong, and 重试 asks again', async () => {
  const message = '网络不可用，请检查网络后重试'
  call.mockImplementation(fakeQuiz({ ok: false, error: { code: 'INTERNAL', message } }))
  render(<LeaderboardPage />)
  expect(await screen.findByText(message)).toBeTruthy()
  call.mockImplementation(fakeQuiz())
  fireEvent.click(screen.getByText('重试'))
  expect(await screen.findByText('张**')).toBeTruthy()
})
