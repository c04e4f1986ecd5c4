// The week's summary for the office to send on: each unit's filings and figures, each published
// event's attendance, and the product's own totals. Written with exceljs, like the exports.
import ExcelJS from 'exceljs'
import type { Campaign } from '@/domain/campaign'
import { AUDIENCE_LABELS } from '@/domain/event'
import { DEADLINE_STATE_LABELS } from '@/domain/filings'
import { shanghai } from '@/domain/time'
import type { UnitFilingFacts } from '@/server/filings/unit-rows'
import type { WeekFigures } from './figures'

type Cell = string | number

function sheet(
  workbook: ExcelJS.Workbook,
  name: string,
  header: string[],
  rows: Cell[][],
  widths: number[],
) {
  const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  worksheet.columns = widths.map((width) => ({ width }))
  worksheet.addRow(header).font = { bold: true }
  for (const row of rows) worksheet.addRow(row)
}

export async function weekSummaryWorkbook(
  campaign: Campaign,
  figures: WeekFigures,
  units: UnitFilingFacts[],
  madeAt: Date,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.created = madeAt
  const { totals } = figures
  sheet(
    workbook,
    '总览',
    ['项目', '数值'],
    [
      ['宣传周', `${campaign.year}年${campaign.city}知识产权宣传周（${campaign.theme}）`],
      ['统计时间', shanghai(madeAt).format('YYYY-MM-DD HH:mm')],
      ['已发布活动（场）', totals.events],
      ['报名（份）', totals.registrations],
      ['报名人数', totals.registered],
      ['候补人数', totals.waitlisted],
      ['签到人数', totals.checkedIn],
      ['答题人数', totals.quizParticipants],
      ['答题次数', totals.quizAttempts],
      ['答题合格人数', totals.quizPassed],
      ['按时报送清单的单位', units.filter((u) => u.activityList === 'on-time').length],
      ['已报送总结的单位', units.filter((u) => u.summaryRecord).length],
    ],
    [22, 60],
  )
  sheet(
    workbook,
    '各单位',
    [
      '单位',
      '主题活动情况清单',
      '活动信息（报送/发布）',
      '活动总结',
      '开展活动（场）',
      '参与人数',
      '媒体覆盖（人次）',
    ],
    units.map((u) => [
      u.unitName,
      DEADLINE_STATE_LABELS[u.activityList],
      `${u.reportsFiled}/${u.reportsPublished}`,
      DEADLINE_STATE_LABELS[u.summary],
      u.summaryRecord?.figures.activitiesHeld ?? '',
      u.summaryRecord?.figures.participants ?? '',
      u.summaryRecord?.figures.mediaReach ?? '',
    ]),
    [28, 18, 20, 14, 14, 12, 16],
  )
  sheet(
    workbook,
    '各活动',
    ['日期', '活动', '对象', '名额', '报名人数', '候补人数', '签到人数'],
    [...figures.byEvent]
      .sort(
        (a, b) =>
          a.event.day.localeCompare(b.event.day) || a.event.title.localeCompare(b.event.title),
      )
      .map((f) => [
        f.event.day,
        f.event.title,
        f.event.audiences.map((a) => AUDIENCE_LABELS[a]).join('、'),
        f.capacity || '',
        f.registered,
        f.waitlisted,
        f.checkedIn,
      ]),
    [12, 50, 24, 8, 10, 10, 10],
  )
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
