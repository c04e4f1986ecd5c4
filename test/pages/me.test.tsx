import { act, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import MePage from '@/pages/me/index'
import QuizPage from '@/pages/quiz/index'
import { setLargeText } from '@/services/preferences'

beforeEach(() => Taro.clearStorageSync())

test('large-text mode scales every open page and is remembered', () => {
  const { container } = render(
    <>
      <MePage />
      <QuizPage />
    </>,
  )
  const roots = () =>
    Array.from(container.children).map((el) => el.classList.contains('ipw-large-text'))
  expect(roots()).toEqual([false, false])
  act(() => setLargeText(true))
  expect(roots()).toEqual([true, true])
  expect(Taro.getStorageSync('ipweek.largeText')).toBe(true)
  expect(screen.getByText('大字模式')).toBeTruthy()
})
