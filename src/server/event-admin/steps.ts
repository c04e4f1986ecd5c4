// How every eventAdmin action on one event begins (the caller's role checked on the server before
// anything is revealed) and how a review step ends (one conditional update, then the audit log).
import type { EventNotice, EventRecord, EventStatus } from '@/domain/event'
import { mayTake, statusProblem, type EventAdminAction } from '@/domain/event-workflow'
import { canAdminister, type OrganiserRole } from '@/domain/organiser-roles'
import { db } from '../cloud'
import type { Filter } from '../database-types'
import { AppError } from '../errors'
import { requireActor, type Actor } from '../organisers/access'
import { recordAudit } from '../organisers/audit'
import { events, reread, revisionOf, stillAsRead } from './records'

type Rule = (role: OrganiserRole, event: EventRecord) => boolean

/**
 * The event and the caller, if `rule` lets the caller at it. A missing event is NOT_FOUND for the
 * office only: anyone else is refused before learning what exists.
 */
export async function eventFor(eventId: string, rule: Rule, also = (_role: OrganiserRole) => true) {
  const { data: event } = await events().doc(eventId).get()
  const actor = await requireActor(
    (role) => (event ? rule(role, event) : canAdminister(role)) && also(role),
  )
  if (!event) throw new AppError('NOT_FOUND', '没有找到这个活动')
  return { actor, event }
}

/** As eventFor, for a step the event's status must allow. */
export async function stepFor(
  eventId: string,
  action: EventAdminAction,
  also?: (role: OrganiserRole) => boolean,
) {
  const found = await eventFor(eventId, (role, event) => mayTake(role, event, action), also)
  const problem = statusProblem(found.actor.role, found.event.status, action)
  if (problem) throw new AppError('CONFLICT', problem)
  return found
}

interface Step {
  status: EventStatus
  /** Kept for the unit to read; absent clears an earlier one. */
  reason?: string
  notice?: EventNotice
  /** More the event must satisfy at the moment of the update. */
  condition?: Filter
}

/** Moves the event to its next status in one update conditional on the revision read. */
export async function takeStep(
  actor: Actor,
  event: EventRecord,
  step: Step,
  audit: { action: string; summary: string },
): Promise<EventRecord> {
  const _ = db.command
  const { stats } = await events()
    .where(stillAsRead(event, ...(step.condition ? [step.condition] : [])))
    .update({
      data: {
        status: step.status,
        revision: revisionOf(event) + 1,
        statusReason: step.reason ?? _.remove(),
        ...(step.notice ? { notice: _.set(step.notice) } : {}),
      },
    })
  if (stats.updated !== 1) throw new AppError('CONFLICT', '活动刚被他人修改，请刷新后重试')
  await recordAudit(actor, `eventAdmin.${audit.action}`, event._id, audit.summary)
  return reread(event._id)
}
