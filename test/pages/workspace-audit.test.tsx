// The office's audit log: newest first, older entries a page at a time with `before`.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import type { AuditEntry } from '@/contracts/organisers'
import AuditPage from '@/packages/workspace/audit/index'
import { AUDIT_PAGE_SIZE } from '@/domain/request-limits'
import { callCloud } from '@/services/cloud'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock

const START = Date.parse('2025-04-23T02:00:00.000Z')
/** Entries a minute apart, newest first. */
const log: AuditEntry[] = Array.from({ length: AUDIT_PAGE_SIZE + 3 }, (_, i) => ({
  id: `entry-${1000 - i}`,
  at: new Date(START - i * 60_000).toISOString(),
  actorName: '赵同学',
  actorRole: 'checkin-staff',
  action: 'attendance.checkIn',
  target: `r${i}`,
  summary: `签到：第 ${i + 1} 家企业（跨境电商宣贯活动）`,
}))

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))

beforeEach(() => {
  call.mockReset()
  call.mockImplementation(async (name: string, action: string, params: { before?: AuditEntry }) => {
    if (name !== 'organisers' || action !== 'audit') throw new Error(`${name}.${action}`)
    const older = log.filter((entry) => !params.before || entry.at < params.before.at)
    return { ok: true, data: { items: older.slice(0, AUDIT_PAGE_SIZE) } }
  })
})
afterEach(settle)

test('newest first, with who did it in which role; older pages on request until the end', async () => {
  render(<AuditPage />)
  const list = await screen.findByRole('list', { name: '操作记录' })
  const entries = within(list).getAllByRole('listitem')
  expect(entries).toHaveLength(AUDIT_PAGE_SIZE)
  expect(within(entries[0]).getByText('签到：第 1 家企业（跨境电商宣贯活动）')).toBeTruthy()
  expect(within(entries[0]).getByText('4月23日 周三 10:00 · 赵同学（签到员）')).toBeTruthy()
  expect(call).toHaveBeenCalledWith('organisers', 'audit', {})

  fireEvent.click(screen.getByText('加载更早的记录'))
  await settle()
  expect(call).toHaveBeenLastCalledWith('organisers', 'audit', {
    before: { at: log[AUDIT_PAGE_SIZE - 1].at, id: log[AUDIT_PAGE_SIZE - 1].id },
  })
  expect(within(list).getAllByRole('listitem')).toHaveLength(log.length)
  expect(screen.queryByText('加载更早的记录')).toBeNull()
  expect(screen.getByText('没有更早的记录了')).toBeTruthy()
})

test('an empty log says what will appear there', async () => {
  call.mockResolvedValue({ ok: true, data: { items: [] } })
  render(<AuditPage />)
  expect(await screen.findByText('还没有操作记录')).toBeTruthy()
})
