// The limits pages show and check before sending (domain/request-limits.ts) are the limits the
// contracts enforce, field by field.
import * as attendance from '@/contracts/attendance'
import * as organisers from '@/contracts/organisers'
import * as limits from '@/domain/request-limits'

test('each contract accepts up to its field’s limit and refuses beyond it', () => {
  const { actions } = organisers.organisersContract
  const bind = (name: string) => actions.bind.request.safeParse({ code: 'ABCD-EFGH-JKLM', name })
  expect(bind('甲'.repeat(limits.PERSON_NAME_MAX)).success).toBe(true)
  expect(bind('甲'.repeat(limits.PERSON_NAME_MAX + 1)).success).toBe(false)
  const invite = (note: string, eventIds = ['e']) =>
    actions.createInvite.request.safeParse({ role: { kind: 'checkin-staff', eventIds }, note })
  expect(invite('注'.repeat(limits.INVITE_NOTE_MAX)).success).toBe(true)
  expect(invite('注'.repeat(limits.INVITE_NOTE_MAX + 1)).success).toBe(false)
  const many = (n: number) => Array.from({ length: n }, (_, i) => `e${i}`)
  expect(invite('', many(limits.STAFF_EVENTS_MAX)).success).toBe(true)
  expect(invite('', many(limits.STAFF_EVENTS_MAX + 1)).success).toBe(false)

  const desk = attendance.attendanceContract.actions
  const reject = (reason: string) =>
    desk.decide.request.safeParse({ registrationId: 'r', decision: 'reject', reason })
  expect(reject('甲'.repeat(limits.REJECT_REASON_MIN)).success).toBe(true)
  expect(reject('甲'.repeat(limits.REJECT_REASON_MIN - 1)).success).toBe(false)
  expect(reject('甲'.repeat(limits.REJECT_REASON_MAX)).success).toBe(true)
  expect(reject('甲'.repeat(limits.REJECT_REASON_MAX + 1)).success).toBe(false)
  const walkIn = (companyName: string, attendees: number) =>
    desk.walkIn.request.safeParse({ eventId: 'e', contactName: '张三', companyName, attendees })
  expect(walkIn('企'.repeat(limits.COMPANY_NAME_MAX), limits.WALK_IN_ATTENDEES_MAX).success).toBe(
    true,
  )
  expect(walkIn('企'.repeat(limits.COMPANY_NAME_MAX + 1), 1).success).toBe(false)
  expect(walkIn('企', limits.WALK_IN_ATTENDEES_MAX + 1).success).toBe(false)
})
