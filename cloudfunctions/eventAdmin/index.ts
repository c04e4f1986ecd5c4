// eventAdmin: the organisers' side of events. Units draft, edit and submit their events; the
// office reviews, publishes, returns, takes down and cancels. Every action checks the caller's
// role on the server (requireActor), every change is in the audit log, and the registrants of a
// published event hear of a change of its time or place, and of its cancellation.
import type { EventChange } from '@/contracts/event-admin'
import { eventAdminContract } from '@/contracts/event-admin'
import type { EventNotice, EventRecord } from '@/domain/event'
import { reasonProblem } from '@/domain/event-edit'
import { canEditEvents } from '@/domain/event-workflow'
import {
  canActForUnit,
  canAdminister,
  canManageEvent,
  type OrganiserRole,
} from '@/domain/organiser-roles'
import { currentCampaign } from '@/server/campaigns'
import { defineFunction } from '@/server/define-function'
import { AppError } from '@/server/errors'
import { findEventPage } from '@/server/event-query'
import { cancellationNote, tellRegistrants } from '@/server/event-admin/notices'
import { countRegistrants, revisionOf, seatsFit } from '@/server/event-admin/records'
import { createEvent, editEvent } from '@/server/event-admin/save'
import { eventFor, stepFor, takeStep } from '@/server/event-admin/steps'
import { managedEvent, managedEventSummary } from '@/server/event-admin/views'
import { spendAllowance } from '@/server/rate-limit'
import { requireActor, type Actor } from '@/server/organisers/access'
import { recordAudit } from '@/server/organisers/audit'

/** Checked before anything is read: a bad request is refused the same way whoever sends it. */
function checkedReason(reason: string): string {
  const problem = reasonProblem(reason)
  if (problem) throw new AppError('INVALID_ARGUMENT', problem, { reason: problem })
  return reason.trim()
}

async function changeOf(event: EventRecord, actor: Actor): Promise<EventChange> {
  return { event: managedEvent(event, actor.role, await countRegistrants(event._id)) }
}

export const main = defineFunction(eventAdminContract, {
  async mine({ unit, status, limit, offset }) {
    const actor = await requireActor(
      (role) => canEditEvents(role) && (!unit || canActForUnit(role, unit)),
    )
    const campaign = await currentCampaign()
    // A unit editor sees the unit's own events, whatever they asked for.
    const unitId = actor.role.kind === 'unit-editor' ? actor.role.unitId : unit
    const where = {
      campaignId: campaign._id,
      ...(unitId ? { unitIds: unitId } : {}),
      ...(status ? { status } : {}),
    }
    const { records, total } = await findEventPage(where, offset, limit)
    return {
      items: records.map((event) => managedEventSummary(event, actor.role)),
      total,
      offset,
      hasMore: offset + records.length < total,
    }
  },

  async get({ eventId }) {
    const { actor, event } = await eventFor(eventId, canManageEvent)
    return managedEvent(event, actor.role, await countRegistrants(eventId))
  },

  async saveDraft({ eventId, revision, fields }) {
    // The event stays with a unit the caller acts for: nobody hands their event away unawares.
    const keepsOwnUnit = (role: OrganiserRole) =>
      canAdminister(role) || fields.unitIds.some((unitId) => canActForUnit(role, unitId))
    if (eventId === undefined) {
      const actor = await requireActor(keepsOwnUnit)
      await spendAllowance('eventAdmin.saveDraft', actor.openid)
      return createEvent(actor, await currentCampaign(), fields)
    }
    const { actor, event } = await stepFor(eventId, 'edit', keepsOwnUnit)
    await spendAllowance('eventAdmin.saveDraft', actor.openid)
    if (revision !== revisionOf(event)) {
      throw new AppError('CONFLICT', '活动已被他人修改，请刷新后再编辑')
    }
    return editEvent(actor, await currentCampaign(), event, fields)
  },

  async submitForReview({ eventId }) {
    const { actor, event } = await stepFor(eventId, 'submit')
    await spendAllowance('eventAdmin.submitForReview', actor.openid)
    const saved = await takeStep(
      actor,
      event,
      { status: 'in-review' },
      { action: 'submitForReview', summary: `提交审核：${event.title}` },
    )
    return changeOf(saved, actor)
  },

  async publish({ eventId }) {
    const { actor, event } = await stepFor(eventId, 'publish')
    await spendAllowance('eventAdmin.publish', actor.openid)
    const saved = await takeStep(
      actor,
      event,
      { status: 'published' },
      { action: 'publish', summary: `发布活动：${event.title}` },
    )
    return changeOf(saved, actor)
  },

  async returnToUnit({ eventId, reason }) {
    const text = checkedReason(reason)
    const { actor, event } = await stepFor(eventId, 'return')
    await spendAllowance('eventAdmin.returnToUnit', actor.openid)
    const saved = await takeStep(
      actor,
      event,
      { status: 'returned', reason: text },
      { action: 'returnToUnit', summary: `退回活动：${event.title}（${text}）` },
    )
    return changeOf(saved, actor)
  },

  async unpublish({ eventId, reason }) {
    const text = checkedReason(reason)
    const { actor, event } = await stepFor(eventId, 'unpublish')
    await spendAllowance('eventAdmin.unpublish', actor.openid)
    // Registrants would be left holding tickets to an event nobody can see.
    const registrants = await countRegistrants(eventId)
    if (registrants > 0) {
      throw new AppError(
        'CONFLICT',
        `已有${registrants}份报名，不能撤回发布；如活动不再举办，请取消活动（报名人会收到通知）`,
      )
    }
    const saved = await takeStep(
      actor,
      event,
      // Nobody took a seat since the count.
      { status: 'returned', reason: text, condition: seatsFit(0) },
      { action: 'unpublish', summary: `撤回发布：${event.title}（${text}）` },
    )
    return changeOf(saved, actor)
  },

  async cancel({ eventId, reason }) {
    const text = checkedReason(reason)
    const { actor, event } = await stepFor(eventId, 'cancel')
    await spendAllowance('eventAdmin.cancel', actor.openid)
    // Only a published event can have registrants: unpublishing one with registrations is refused.
    const notice: EventNotice | undefined =
      event.status === 'published'
        ? { revision: revisionOf(event) + 1, note: cancellationNote(text) }
        : undefined
    const saved = await takeStep(
      actor,
      event,
      { status: 'cancelled', reason: text, notice },
      { action: 'cancel', summary: `取消活动：${event.title}（${text}）` },
    )
    return {
      ...(await changeOf(saved, actor)),
      ...(notice ? { notices: await tellRegistrants(saved, notice) } : {}),
    }
  },

  async notifyRegistrants({ eventId }) {
    const { actor, event } = await eventFor(eventId, canManageEvent)
    if (!event.notice) throw new AppError('NOT_FOUND', '这个活动没有需要通知报名人的变更')
    await spendAllowance('eventAdmin.notifyRegistrants', actor.openid)
    const report = await tellRegistrants(event, event.notice)
    if (report.sent > 0) {
      await recordAudit(
        actor,
        'eventAdmin.notifyRegistrants',
        eventId,
        `通知报名人：${event.title}（${report.sent}人）`,
      )
    }
    return report
  },
})
