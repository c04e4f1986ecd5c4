// Saving an organiser's draft: a new event for a unit, or the whole event as edited. An edit is
// one update conditional on the revision read (nobody's change is overwritten unseen) and on the
// seats held fitting the new capacity, read from the same counter takeSeats (seating.ts) raises.
// takeSeats in turn is conditional on the capacity its copy of the event shows, so a registration
// judged on the old capacity fails and is judged anew: no interleaving oversells.
import type { EventChange } from '@/contracts/event-admin'
import type { Campaign } from '@/domain/campaign'
import type { EventNotice, EventRecord } from '@/domain/event'
import {
  changedFields,
  checkEventDraft,
  committeeUnitIds,
  DRAFT_FIELD_LABELS,
  draftOf,
  editableDays,
  logisticsChange,
  REVIEWED_FIELDS,
  type DraftField,
  type EditedEvent,
  type EventDraft,
} from '@/domain/event-edit'
import { canAdminister } from '@/domain/organiser-roles'
import { db } from '../cloud'
import { AppError } from '../errors'
import type { Actor } from '../organisers/access'
import { recordAudit } from '../organisers/audit'
import { promoteWaitlist, type OfferedEvent } from '../seating'
import { changeNote, tellRegistrants } from './notices'
import { countRegistrants, events, reread, revisionOf, seatsFit, stillAsRead } from './records'
import { managedEvent } from './views'

export async function createEvent(
  actor: Actor,
  campaign: Campaign,
  fields: EventDraft,
): Promise<EventChange> {
  const value = checked(fields, campaign, 0, 0)
  const record: Omit<EventRecord, '_id'> = {
    campaignId: campaign._id,
    ...value,
    featured: false,
    sample: false,
    status: 'draft',
    revision: 1,
  }
  const { _id } = await events().add({ data: record })
  await recordAudit(actor, 'eventAdmin.create', _id, `新建活动草稿：${value.title}`)
  return { event: managedEvent({ _id, ...record }, actor.role, 0) }
}

export async function editEvent(
  actor: Actor,
  campaign: Campaign,
  event: EventRecord,
  fields: EventDraft,
): Promise<EventChange> {
  const registrants = await countRegistrants(event._id)
  const value = checked(fields, campaign, event.seatsTaken ?? 0, registrants)
  const before = draftOf(event)
  const after = draftOf(value)
  const changed = changedFields(before, after)
  if (changed.length === 0) return { event: managedEvent(event, actor.role, registrants) }
  refuseReviewedChanges(actor, event, changed)

  const revision = revisionOf(event) + 1
  const move = logisticsChange(before, after)
  const notice: EventNotice | undefined =
    event.status === 'published' && (move.time || move.place)
      ? { revision, note: changeNote(move) }
      : undefined
  const { stats } = await events()
    .where(stillAsRead(event, seatsFit(value.registration?.capacity ?? 0)))
    .update({
      data: {
        ...storedChanges(value),
        revision,
        ...(notice ? { notice: db.command.set(notice) } : {}),
      },
    })
  if (stats.updated !== 1) return explainRefusal(event, fields, campaign, registrants)

  const updated = await reread(event._id)
  const saved = (await seatWaitingList(event, updated)) ? await reread(event._id) : updated
  const labels = changed.map((field) => DRAFT_FIELD_LABELS[field]).join('、')
  await recordAudit(actor, 'eventAdmin.edit', event._id, `修改活动：${saved.title}（${labels}）`)
  return {
    event: managedEvent(saved, actor.role, registrants),
    ...(notice ? { notices: await tellRegistrants(saved, notice) } : {}),
  }
}

function checked(
  fields: EventDraft,
  campaign: Campaign,
  seatsTaken: number,
  registrants: number,
): EditedEvent {
  const result = checkEventDraft(fields, {
    days: editableDays(campaign),
    unitIds: committeeUnitIds(campaign),
    seatsTaken,
    registrants,
  })
  if (!result.ok) {
    const { problems } = result
    throw new AppError('INVALID_ARGUMENT', Object.values(problems).join('；'), problems)
  }
  return result.value
}

/** Citizens saw what the office published: a unit changes its time, place and registration only. */
function refuseReviewedChanges(actor: Actor, event: EventRecord, changed: DraftField[]) {
  if (event.status !== 'published' || canAdminister(actor.role)) return
  const reviewed = changed.filter((field) => REVIEWED_FIELDS.includes(field))
  if (reviewed.length === 0) return
  const labels = reviewed.map((field) => DRAFT_FIELD_LABELS[field]).join('、')
  throw new AppError('FORBIDDEN', `已发布活动的${labels}由组委会办公室修改，请联系组委会办公室`)
}

/** Every stored field a draft sets; what the draft leaves out is removed. */
function storedChanges(value: EditedEvent): Record<string, unknown> {
  const _ = db.command
  return {
    title: value.title,
    description: value.description,
    hosts: value.hosts,
    invited: value.invited,
    unitIds: value.unitIds,
    day: value.day,
    startAt: value.startAt ?? _.remove(),
    endAt: value.endAt ?? _.remove(),
    // set(): an object replaces the stored one instead of being merged into it.
    place: _.set(value.place),
    audiences: value.audiences,
    audienceNote: value.audienceNote ?? _.remove(),
    forms: value.forms,
    registration: value.registration ? _.set(value.registration) : _.remove(),
  }
}

/** Why the conditional update matched nothing: seats taken meanwhile, or someone else's change. */
async function explainRefusal(
  event: EventRecord,
  fields: EventDraft,
  campaign: Campaign,
  registrants: number,
): Promise<never> {
  const current = await reread(event._id)
  if (revisionOf(current) === revisionOf(event)) {
    checked(fields, campaign, current.seatsTaken ?? 0, registrants)
  }
  throw new AppError('CONFLICT', '活动刚被他人修改，请刷新后再编辑')
}

/**
 * Seats added to a published event go to those waiting, in order, as a cancellation's would.
 * Whether anyone could have moved.
 */
async function seatWaitingList(before: EventRecord, saved: EventRecord): Promise<boolean> {
  const added = (saved.registration?.capacity ?? 0) - (before.registration?.capacity ?? 0)
  if (saved.status !== 'published' || !saved.registration || !saved.waitlistUsed || added <= 0) {
    return false
  }
  await promoteWaitlist(saved as OfferedEvent)
  return true
}
