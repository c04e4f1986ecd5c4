// A registration as the workspace shows it: contact details masked (the export alone has them).
import type { DeskRegistration } from '@/contracts/attendance'
import { maskCreditCode } from '@/domain/credit-code'
import { maskPhone } from '@/domain/phone'
import type { RegistrationRecord } from '@/server/registration-records'

const iso = (instant: Date | string) => new Date(instant).toISOString()

export function toDeskView(record: RegistrationRecord): DeskRegistration {
  const { form } = record
  return {
    registrationId: record._id,
    status: record.status,
    attendees: record.attendees,
    ...(form.companyName ? { companyName: form.companyName } : {}),
    ...(form.contactName ? { contactName: form.contactName } : {}),
    ...(form.phone ? { phone: maskPhone(form.phone) } : {}),
    ...(form.creditCode ? { creditCode: maskCreditCode(form.creditCode) } : {}),
    ...(form.crossBorder !== undefined ? { crossBorder: form.crossBorder } : {}),
    ...(form.exportMarkets?.length ? { exportMarkets: form.exportMarkets } : {}),
    ...(form.expertQuestion ? { expertQuestion: form.expertQuestion } : {}),
    ...(record.createdAt ? { createdAt: iso(record.createdAt) } : {}),
    ...(record.rejectReason ? { rejectReason: record.rejectReason } : {}),
    ...(record.checkedInAt ? { checkedInAt: iso(record.checkedInAt) } : {}),
    ...(record.checkedInByName ? { checkedInByName: record.checkedInByName } : {}),
    walkIn: Boolean(record.walkIn),
  }
}
