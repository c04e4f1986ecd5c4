// filings: what member units file with the committee office. The activity list (each activity
// becomes an event draft), reports during the week (public after the office's review and WeChat's
// content checks) and the summary; deadlines in Shanghai days, late filings accepted and marked.
import { randomBytes } from 'node:crypto'
import { filingsContract, NEWS_PAGE_SIZE } from '@/contracts/filings'
import type { Campaign } from '@/domain/campaign'
import type { EventRecord } from '@/domain/event'
import type { EventDraft } from '@/domain/event-edit'
import { checkEventDraft, committeeUnitIds, editableDays } from '@/domain/event-edit'
import { dueDayOf, isLate, plannedActivityDraft } from '@/domain/filings'
import { canActForUnit, canAdminister, canManageEvent } from '@/domain/organiser-roles'
import { currentCampaign } from '@/server/campaigns'
import { now } from '@/server/clock'
import { db } from '@/server/cloud'
import { defineFunction } from '@/server/define-function'
import { AppError, isDuplicateKeyError } from '@/server/errors'
import { createEvent } from '@/server/event-admin/save'
import { contentVerdict, newsItems } from '@/server/filings/publishing'
import {
  filings,
  unitFilingId,
  type ActivityListRecord,
  type FilingRecord,
  type ReportRecord,
  type SummaryRecord,
} from '@/server/filings/records'
import { unitFilingRows } from '@/server/filings/unit-rows'
import { reportView, unitFilings } from '@/server/filings/views'
import { spendAllowance } from '@/server/rate-limit'
import { requireActor, unitNames, type Actor } from '@/server/organisers/access'
import { recordAudit } from '@/server/organisers/audit'

const REPORTS_LISTED = 100

/** The caller acting for a committee unit of the current campaign. */
async function forUnit(unitId: string) {
  const actor = await requireActor((role) => canActForUnit(role, unitId))
  const campaign = await currentCampaign()
  if (!committeeUnitIds(campaign).includes(unitId)) {
    throw new AppError('INVALID_ARGUMENT', `没有编号为 ${unitId} 的成员单位`)
  }
  return { actor, campaign, unit: { id: unitId, name: unitNames(campaign)(unitId) } }
}

async function readFiling<T extends FilingRecord>(id: string): Promise<T | null> {
  return (await filings().doc(id).get()).data as T | null
}

async function loadUnitFilings(campaign: Campaign, unit: { id: string; name: string }) {
  const [list, summary, { data: reports }] = await Promise.all([
    readFiling<ActivityListRecord>(unitFilingId(campaign._id, unit.id, 'activity-list')),
    readFiling<SummaryRecord>(unitFilingId(campaign._id, unit.id, 'summary')),
    filings()
      .where({ campaignId: campaign._id, unitId: unit.id, kind: 'report' })
      .orderBy('filedAt', 'desc')
      .limit(REPORTS_LISTED)
      .get(),
  ])
  return unitFilings(campaign, unit, { list, summary, reports: reports as ReportRecord[] }, now())
}

/** Every activity checked before any draft is made: a list is taken whole or not at all. */
function checkActivities(drafts: EventDraft[], campaign: Campaign): void {
  const context = {
    days: editableDays(campaign),
    unitIds: committeeUnitIds(campaign),
    seatsTaken: 0,
    registrants: 0,
  }
  const problems: Record<string, string> = {}
  drafts.forEach((draft, i) => {
    const result = checkEventDraft(draft, context)
    if (result.ok) return
    for (const [field, problem] of Object.entries(result.problems)) {
      problems[`activities.${i}.${field}`] = `第${i + 1}项活动：${problem}`
    }
  })
  if (Object.keys(problems).length > 0) {
    throw new AppError('INVALID_ARGUMENT', Object.values(problems).join('；'), problems)
  }
}

function filed(actor: Actor, campaign: Campaign, unitId: string, at: Date) {
  return {
    campaignId: campaign._id,
    unitId,
    filedBy: actor.openid,
    filedByName: actor.name,
    filedAt: at,
  }
}

function lateFor(campaign: Campaign, kind: 'activity-list' | 'summary', at: Date): boolean {
  const dueDay = dueDayOf(campaign, kind)
  return dueDay !== undefined && isLate(dueDay, at)
}

export const main = defineFunction(filingsContract, {
  async status({ unitId }) {
    const { campaign, unit } = await forUnit(unitId)
    return loadUnitFilings(campaign, unit)
  },

  async submitActivityList({ unitId, activities }) {
    const { actor, campaign, unit } = await forUnit(unitId)
    const drafts = activities.map((activity) => plannedActivityDraft(activity, unit))
    checkActivities(drafts, campaign)
    await spendAllowance('filings.submitActivityList', actor.openid)
    const at = now()
    const _id = unitFilingId(campaign._id, unitId, 'activity-list')
    const record: ActivityListRecord = {
      _id,
      ...filed(actor, campaign, unitId, at),
      kind: 'activity-list',
      late: lateFor(campaign, 'activity-list', at),
      eventIds: [],
    }
    // Claimed before any draft is made, so a repeated tap cannot make the drafts twice.
    try {
      await filings().add({ data: record })
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error
      throw new AppError(
        'CONFLICT',
        '本单位已报送主题活动情况清单；如需补充，请在活动管理中新建活动',
      )
    }
    const eventIds: string[] = []
    for (const draft of drafts)
      eventIds.push((await createEvent(actor, campaign, draft)).event.eventId)
    await filings().doc(_id).update({ data: { eventIds } })
    await recordAudit(
      actor,
      'filings.submitActivityList',
      _id,
      `报送主题活动情况清单：${unit.name}，${eventIds.length} 项${record.late ? '（逾期）' : ''}`,
    )
    return loadUnitFilings(campaign, unit)
  },

  async submitReport({ unitId, title, text, photos, eventId }) {
    const { actor, campaign, unit } = await forUnit(unitId)
    if (eventId) {
      const { data: event } = await db.collection<EventRecord>('events').doc(eventId).get()
      if (!event || !canManageEvent({ kind: 'unit-editor', unitId }, event)) {
        throw new AppError('INVALID_ARGUMENT', '关联的活动不存在，或不是本单位的活动')
      }
    }
    await spendAllowance('filings.submitReport', actor.openid)
    const record: ReportRecord = {
      _id: `${campaign._id}__${unitId}__report__${randomBytes(9).toString('base64url')}`,
      ...filed(actor, campaign, unitId, now()),
      kind: 'report',
      late: false,
      title,
      text,
      photos,
      ...(eventId ? { eventId } : {}),
      status: 'submitted',
    }
    await filings().add({ data: record })
    await recordAudit(
      actor,
      'filings.submitReport',
      record._id,
      `报送活动信息：${title}（${unit.name}）`,
    )
    return reportView(record, unit.name)
  },

  async submitSummary({ unitId, text, photos, figures }) {
    const { actor, campaign, unit } = await forUnit(unitId)
    await spendAllowance('filings.submitSummary', actor.openid)
    const at = now()
    const _id = unitFilingId(campaign._id, unitId, 'summary')
    const content = { text, photos, figures: db.command.set(figures), updatedAt: at }
    const { stats } = await filings().doc(_id).update({ data: content })
    if (stats.updated !== 1) {
      const record: SummaryRecord = {
        _id,
        ...filed(actor, campaign, unitId, at),
        kind: 'summary',
        late: lateFor(campaign, 'summary', at),
        text,
        photos,
        figures,
        updatedAt: at,
      }
      try {
        await filings().add({ data: record })
      } catch (error) {
        // Filed at the same moment by a colleague: theirs is the first, this replaces it.
        if (!isDuplicateKeyError(error)) throw error
        await filings().doc(_id).update({ data: content })
      }
    }
    await recordAudit(actor, 'filings.submitSummary', _id, `报送活动总结：${unit.name}`)
    return loadUnitFilings(campaign, unit)
  },

  async overview() {
    await requireActor(canAdminister)
    const rows = await unitFilingRows(await currentCampaign(), now())
    return { units: rows.map(({ summaryRecord: _summary, ...row }) => row) }
  },

  async reviewQueue() {
    await requireActor(canAdminister)
    const campaign = await currentCampaign()
    const { data } = await filings()
      .where({ campaignId: campaign._id, kind: 'report', status: 'submitted' })
      .orderBy('filedAt', 'asc')
      .limit(REPORTS_LISTED)
      .get()
    const names = unitNames(campaign)
    return { items: (data as ReportRecord[]).map((r) => reportView(r, names(r.unitId))) }
  },

  async review(request) {
    const actor = await requireActor(canAdminister)
    const campaign = await currentCampaign()
    const record = await readFiling<ReportRecord>(request.reportId)
    if (!record || record.kind !== 'report') throw new AppError('NOT_FOUND', '没有找到这条活动信息')
    if (record.status !== 'submitted') {
      throw new AppError('CONFLICT', '这条活动信息已经审核过')
    }
    await spendAllowance('filings.review', actor.openid)
    const at = now()
    const reviewed = { reviewedAt: at, reviewedBy: actor.openid }
    let changes: Partial<ReportRecord>
    if (request.decision === 'return') {
      changes = { status: 'returned', reviewNote: request.reason, ...reviewed }
    } else {
      const problem = await contentVerdict(record)
      changes = problem
        ? { status: 'blocked', reviewNote: problem, ...reviewed }
        : { status: 'published', publishedAt: at, ...reviewed }
    }
    const { stats } = await filings()
      .where({ _id: record._id, status: 'submitted' })
      .update({ data: changes })
    if (stats.updated !== 1) throw new AppError('CONFLICT', '这条活动信息刚刚被审核过')
    const updated = { ...record, ...changes } as ReportRecord
    await recordAudit(
      actor,
      `filings.review.${request.decision}`,
      record._id,
      `${updated.status === 'published' ? '发布' : updated.status === 'blocked' ? '内容检查未通过' : '退回'}活动信息：${record.title}`,
    )
    return reportView(updated, unitNames(campaign)(record.unitId))
  },

  async news({ offset = 0 }) {
    const campaign = await currentCampaign()
    const { data } = await filings()
      .where({ campaignId: campaign._id, kind: 'report', status: 'published' })
      .orderBy('publishedAt', 'desc')
      .skip(offset)
      .limit(NEWS_PAGE_SIZE + 1)
      .get()
    const page = (data as ReportRecord[]).slice(0, NEWS_PAGE_SIZE)
    return {
      items: await newsItems(page, unitNames(campaign)),
      hasMore: data.length > NEWS_PAGE_SIZE,
    }
  },
})
