// The office's dashboard: totals, the days and audiences as tables, every unit's filings with the
// overdue first, and the week's summary workbook (a download link on the web).
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { AttendanceFigures, Dashboard } from '@/contracts/dashboard'
import type { UnitFilingRow } from '@/contracts/filings'
import DashboardPage from '@/packages/workspace/dashboard/index'
import { callCloud } from '@/services/cloud'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock

const figures = (events: number, registered: number, checkedIn: number): AttendanceFigures => ({
  events,
  capacity: 100,
  registered,
  waitlisted: 2,
  checkedIn,
})

const unit = (
  unitId: string,
  unitName: string,
  activityList: UnitFilingRow['activityList'],
  summary: UnitFilingRow['summary'],
): UnitFilingRow => ({
  unitId,
  unitName,
  activityList,
  summary,
  reportsFiled: 2,
  reportsPublished: 1,
})

const BOARD: Dashboard = {
  asOf: '2025-04-23T02:00:00.000Z',
  totals: {
    ...figures(9, 1234, 56),
    registrations: 40,
    quizParticipants: 310,
    quizAttempts: 512,
    quizPassed: 200,
  },
  byDay: [
    { day: '2025-04-20', ...figures(2, 0, 0), quizParticipants: 12 },
    { day: '2025-04-23', ...figures(1, 80, 56), quizParticipants: 1500 },
  ],
  byAudience: [
    { audience: 'enterprise', label: '创新主体/企业', ...figures(3, 80, 56) },
    { audience: 'student', label: '青少年/学生', ...figures(2, 0, 0) },
  ],
  filings: [
    unit('amr', '市市场监管局', 'on-time', 'due'),
    unit('court', '市法院', 'late', 'due'),
    unit('education', '市教育局', 'overdue', 'due'),
    unit('culture', '市文旅局', 'on-time', 'on-time'),
  ],
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))

/** The dashboard function: the overview, and `weekSummary` when the test asks for it. */
function answer(weekSummary?: () => unknown) {
  call.mockImplementation(async (name: string, action: string) => {
    if (name === 'dashboard' && action === 'overview') return { ok: true, data: BOARD }
    if (name === 'dashboard' && action === 'weekSummary' && weekSummary) return weekSummary()
    throw new Error(`answer: ${name}.${action} not answered`)
  })
}

function tableRows(name: string): string[][] {
  return within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .map((row) => Array.from(row.children, (cell) => cell.textContent ?? ''))
}

beforeEach(() => {
  call.mockReset()
  answer()
})
afterEach(async () => {
  await settle()
  jest.restoreAllMocks()
})

test('the totals, and the days and audiences as tables of people', async () => {
  render(<DashboardPage />)
  await screen.findByText('宣传周数据')
  expect(screen.getByText('截至 4月23日 周三 10:00')).toBeTruthy()
  const tile = (label: string) => screen.getByRole('listitem', { name: label }).textContent
  expect(tile('报名人数')).toBe('报名人数1,23440 份报名 · 名额 100')
  expect(tile('已签到')).toBe('已签到56')
  expect(tile('答题人数')).toBe('答题人数310共答题 512 次')

  expect(tableRows('每日数据')).toEqual([
    ['日期', '活动', '报名', '签到', '答题'],
    ['4月20日 周日', '2', '0', '0', '12'],
    ['4月23日 周三', '1', '80', '56', '1,500'],
  ])
  expect(tableRows('各类人群数据')).toEqual([
    ['人群', '活动', '报名', '签到', '候补'],
    ['创新主体/企业', '3', '80', '56', '2'],
    ['青少年/学生', '2', '0', '0', '2'],
  ])
})

test('every unit’s filings, the overdue first; a tap opens the unit’s filings', async () => {
  jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' })
  render(<DashboardPage />)
  await screen.findByText('宣传周数据')
  const region = within(screen.getByRole('region', { name: '成员单位报送情况' }))
  expect(region.getByText('1 家单位有逾期未报送的材料，排在最前')).toBeTruthy()
  const units = region.getAllByRole('listitem')
  expect(units.map((row) => row.getAttribute('aria-label'))).toEqual([
    '市教育局',
    '市市场监管局',
    '市法院',
    '市文旅局',
  ])
  expect(within(units[0]).getByText('清单 已逾期')).toBeTruthy()
  expect(within(units[0]).getByText('总结 待报送')).toBeTruthy()
  expect(within(units[0]).getByText('活动信息 2 条，已发布 1')).toBeTruthy()
  fireEvent.click(units[0])
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: '/packages/workspace/filings/index?unit=education',
  })
})

test('the week’s summary workbook: made on request, then a download link', async () => {
  answer(() => ({
    ok: true,
    data: {
      fileID: 'cloud://local.local-storage/exports/week-summary/x.xlsx',
      url: 'http://127.0.0.1:9/cos/exports/week-summary/x.xlsx',
      fileName: '2025营口市知识产权宣传周总结-20250423T100000.xlsx',
    },
  }))
  render(<DashboardPage />)
  await screen.findByText('宣传周数据')
  await act(async () => {
    fireEvent.click(screen.getByText('生成宣传周总结表'))
  })
  expect(call).toHaveBeenCalledWith('dashboard', 'weekSummary', {})
  const link = screen.getByText('下载总结表（Excel）')
  expect(link.getAttribute('href')).toBe('http://127.0.0.1:9/cos/exports/week-summary/x.xlsx')
  expect(link.getAttribute('download')).toBe('2025营口市知识产权宣传周总结-20250423T100000.xlsx')
  expect(screen.getByText('重新生成')).toBeTruthy()
})

test('says why when the workbook or the dashboard cannot be had', async () => {
  answer(() => ({ ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } }))
  render(<DashboardPage />)
  await screen.findByText('宣传周数据')
  await act(async () => {
    fireEvent.click(screen.getByText('生成宣传周总结表'))
  })
  expect(screen.getByRole('alert').textContent).toBe('服务暂时不可用，请稍后再试')

  call.mockReset()
  call.mockResolvedValue({
    ok: false,
    error: { code: 'FORBIDDEN', message: '只有组委会办公室可以查看' },
  })
  render(<DashboardPage />)
  expect(await screen.findByText('只有组委会办公室可以查看')).toBeTruthy()
})
