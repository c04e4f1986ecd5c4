import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { Current } from '@tarojs/runtime'
import { callCloud } from '@/services/cloud'
import CommitteePage from '@/packages/about/committee/index'
import FocusAreaPage from '@/packages/about/focus/index'
import { fakeCloud } from './fake-cloud'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock
beforeEach(() => call.mockImplementation(fakeCloud('2025-04-21T02:00:00Z')))

function openWith(params: Record<string, string>) {
  Current.router = {
    params,
    path: '/packages/about/focus/index',
  } as unknown as typeof Current.router
}

test('the committee page lists the units and calls or copies the office contacts', async () => {
  const phoneCall = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'ok' } as never)
  const clipboard = jest
    .spyOn(Taro, 'setClipboardData')
    .mockResolvedValue({ errMsg: 'ok' } as never)
  render(<CommitteePage />)
  expect(await screen.findByText('成员单位（19 家）')).toBeTruthy()
  expect(screen.getByText('市市场监督管理局（市知识产权局）、市委宣传部')).toBeTruthy()
  expect(screen.getByText('联系人：曹玉东、张振寰')).toBeTruthy()
  expect(screen.getByText('2025年4月19日前：报送“主题活动情况清单”')).toBeTruthy()
  expect(screen.getByText('总结阶段（2025年4月29日）')).toBeTruthy()
  fireEvent.click(screen.getByText('拨打 0417-2666993'))
  expect(phoneCall).toHaveBeenCalledWith({ phoneNumber: '0417-2666993' })
  fireEvent.click(screen.getByText('复制邮箱 ykscj518@163.com'))
  expect(clipboard).toHaveBeenCalledWith({ data: 'ykscj518@163.com' })
})

test('a focus-area page shows that area in plain language with its source', async () => {
  openWith({ id: 'ai' })
  render(<FocusAreaPage />)
  expect(await screen.findByText('宣传知识产权与人工智能的相互支撑作用')).toBeTruthy()
  expect(screen.getByText('宣传重点（四）')).toBeTruthy()
  expect(screen.getByText(/核心专利、知名品牌、精品版权/)).toBeTruthy()
  expect(screen.getByText(/来源：《2025年营口市知识产权宣传周活动方案》/)).toBeTruthy()
})

test('an unknown focus area says so', async () => {
  openWith({ id: 'nope' })
  render(<FocusAreaPage />)
  expect(await screen.findByText('没有找到这项宣传重点')).toBeTruthy()
})
