// The organisers' export of one event's registrations: an .xlsx with full contact details, made
// with exceljs (a maintained writer; the format is too intricate to write by hand).
import ExcelJS from 'exceljs'
import type { EventRecord } from '@/domain/event'
import { STATUS_LABELS } from '@/domain/seats'
import { shanghai } from '@/domain/time'
import type { RegistrationRecord } from '@/server/registration-records'

const dateTime = (instant: Date | string | undefined) =>
  instant ? shanghai(instant).format('YYYY-MM-DD HH:mm') : ''

const COLUMNS: { header: string; width: number; value: (r: RegistrationRecord) => unknown }[] = [
  { header: '状态', width: 10, value: (r) => STATUS_LABELS[r.status] },
  { header: '企业名称', width: 28, value: (r) => r.form.companyName ?? '' },
  // Text, so Excel keeps the code's letters and leading digits as typed.
  { header: '统一社会信用代码', width: 22, value: (r) => r.form.creditCode ?? '' },
  { header: '联系人', width: 10, value: (r) => r.form.contactName ?? '' },
  { header: '手机号', width: 14, value: (r) => r.form.phone ?? '' },
  { header: '参会人数', width: 9, value: (r) => r.attendees },
  {
    header: '跨境电商/外贸企业',
    width: 10,
    value: (r) => (r.form.crossBorder === undefined ? '' : r.form.crossBorder ? '是' : '否'),
  },
  { header: '主要出口市场', width: 20, value: (r) => (r.form.exportMarkets ?? []).join('、') },
  { header: '想咨询的问题', width: 40, value: (r) => r.form.expertQuestion ?? '' },
  { header: '报名时间', width: 17, value: (r) => dateTime(r.createdAt) },
  { header: '签到时间', width: 17, value: (r) => dateTime(r.checkedInAt) },
  { header: '签到人', width: 10, value: (r) => r.checkedInByName ?? '' },
  { header: '现场加入', width: 9, value: (r) => (r.walkIn ? '是' : '') },
  { header: '未通过原因', width: 20, value: (r) => r.rejectReason ?? '' },
]

export async function registrationWorkbook(
  event: EventRecord,
  records: readonly RegistrationRecord[],
  exportedAt: Date,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.created = exportedAt
  const sheet = workbook.addWorksheet('报名名单', { views: [{ state: 'frozen', ySplit: 3 }] })
  sheet.columns = COLUMNS.map(({ header, width }) => ({ key: header, width }))
  sheet.addRow([`${event.title}（${event.day}）`]).font = { bold: true, size: 13 }
  sheet.addRow([
    `导出时间 ${dateTime(exportedAt)}，共 ${records.length} 条；内含个人信息，仅限本次活动组织使用`,
  ])
  const header = sheet.addRow(COLUMNS.map((column) => column.header))
  header.font = { bold: true }
  for (const record of records) sheet.addRow(COLUMNS.map((column) => column.value(record)))
  sheet.getColumn(3).numFmt = '@'
  sheet.getColumn(5).numFmt = '@'
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
