// registrations: enterprises register for a session, reduce or cancel, see their registrations
// and their ticket. Identity is the caller's OPENID from the platform, never the payload.
import { randomBytes } from 'node:crypto'
import type { MyRegistration, Ticket } from '@/contracts/registrations'
import { registrationsContract, TICKET_QR_PREFIX } from '@/contracts/registrations'
import type { EventRecord } from '@/domain/event'
import { FIELD_SPECS, validateRegistrationForm } from '@/domain/registration-form'
import { canCancel, registrationState } from '@/domain/registration-window'
import { attendeeChangeProblem, CANCELLABLE, holdsSeats, TICKETED } from '@/domain/seats'
import { now } from '@/server/clock'
import { callerOpenid, db } from '@/server/cloud'
import { defineFunction } from '@/server/define-function'
import { AppError, isDuplicateKeyError } from '@/server/errors'
import { spendAllowance } from '@/server/rate-limit'
import {
  claimCheckinCode,
  claimCreditCode,
  creditCodeClaim,
  dropClaim,
  holdClaim,
  releaseCreditCode,
} from '@/server/registration-claims'
import {
  checkinCodeClaimId,
  registrationId,
  registrations,
  type RegistrationRecord,
} from '@/server/registration-records'
import { recentEvent } from '@/server/recent-events'
import { toView } from '@/server/registration-view'
import {
  findPlace,
  flip,
  givePlaceBack,
  promoteWaitlist,
  releaseSeats,
  settleWaitlisted,
  type OfferedEvent,
} from '@/server/seating'

const events = () => db.collection<EventRecord>('events')
const _ = db.command

function requireOpenid(): string {
  const openid = callerOpenid()
  if (!openid) throw new AppError('UNAUTHENTICATED', '请先登录微信后再报名')
  return openid
}

/** `recent`: a copy up to two seconds old will do (register; see recent-events.ts). */
async function loadEvent(eventId: string, recent = false): Promise<EventRecord> {
  const event = recent ? await recentEvent(eventId) : (await events().doc(eventId).get()).data
  if (event?.status === 'cancelled') {
    const reason = event.statusReason ? `：${event.statusReason}` : ''
    throw new AppError('CONFLICT', `本活动已取消${reason}`)
  }
  if (!event || event.status !== 'published')
    throw new AppError('NOT_FOUND', '活动不存在或尚未发布')
  return event
}

async function loadOffered(eventId: string, recent = false): Promise<OfferedEvent> {
  const event = await loadEvent(eventId, recent)
  if (!event.registration) throw new AppError('INVALID_ARGUMENT', '本活动无需报名')
  return event as OfferedEvent
}

async function readRegistration(id: string): Promise<RegistrationRecord | null> {
  return (await registrations().doc(id).get()).data
}

async function readOwn(eventId: string, openid: string): Promise<RegistrationRecord> {
  const record = await readRegistration(registrationId(eventId, openid))
  if (!record) throw new AppError('NOT_FOUND', '没有找到你在本活动的报名')
  return record
}

function rejectForm(errors: Record<string, string | undefined>): never {
  const fields = Object.fromEntries(
    Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1])),
  )
  const message = Object.entries(fields)
    .map(([key, problem]) =>
      key in FIELD_SPECS && !problem.includes(FIELD_SPECS[key as keyof typeof FIELD_SPECS].label)
        ? `${FIELD_SPECS[key as keyof typeof FIELD_SPECS].label}：${problem}`
        : problem,
    )
    .join('；')
  throw new AppError('INVALID_ARGUMENT', message, fields)
}

/** Why a registration in this status cannot be changed by its registrant. */
function unchangeable(record: RegistrationRecord): AppError {
  switch (record.status) {
    case 'checked-in':
      return new AppError('CONFLICT', '已签到的报名不能再修改或取消')
    case 'rejected':
      return new AppError('CONFLICT', '该报名未通过审核，无需取消')
    default:
      return new AppError('CONFLICT', '报名正在处理中，请稍后再试')
  }
}

type Opened = Pick<RegistrationRecord, 'attendees' | 'form' | 'privacyVersion' | 'claimId'>

/**
 * A comeback: the cancelled registration opens again with the new answers (same ticket token and
 * code) and a new place. In one transaction with holding the enterprise's claim, so another user
 * cannot take the claim over between the two.
 */
async function comeBack(
  event: OfferedEvent,
  cancelled: RegistrationRecord,
  opened: Opened,
): Promise<RegistrationRecord> {
  const place = await findPlace(event, opened.attendees)
  const outcome = await db.runTransaction(async (t) => {
    const { creditCode } = opened.form
    if (creditCode) {
      const { id, claim } = creditCodeClaim(cancelled.eventId, cancelled._id, creditCode)
      if (!(await holdClaim(t, id, claim))) return 'conflict' as const
    }
    const ref = t.collection<RegistrationRecord>('registrations').doc(cancelled._id)
    const { data: current } = await ref.get()
    if (current?.status !== 'cancelled') return { record: current, mine: false }
    const {
      _id,
      waitlistAt: _waitlistAt,
      cancelledAt: _cancelledAt,
      remindedAt: _remindedAt,
      claimId: _claimId,
      ...kept
    } = current
    const next = { ...kept, ...opened, ...place, createdAt: now(), updatedAt: now() }
    await ref.set({ data: next })
    return { record: { _id, ...next }, mine: true }
  })
  if (outcome === 'conflict' || !outcome.mine) await givePlaceBack(event, place, opened.attendees)
  if (outcome === 'conflict') {
    throw new AppError('CONFLICT', '该企业已报名本活动，每家企业限报一次')
  }
  if (!outcome.record) throw new Error(`registration ${cancelled._id} vanished`)
  const { record } = outcome
  return outcome.mine && record.status === 'waitlisted' ? settleWaitlisted(event, record) : record
}

/** The session's six-digit code for this registration, assigned the first time it is asked for. */
async function checkinCodeOf(record: RegistrationRecord): Promise<string> {
  if (record.checkinCode) return record.checkinCode
  await spendAllowance('registrations.ticket', record.openid)
  const code = await claimCheckinCode(record.eventId, record._id)
  const { stats } = await registrations()
    .where({ _id: record._id, checkinCode: _.exists(false) })
    .update({ data: { checkinCode: code } })
  if (stats.updated === 1) return code
  // Another call for the same ticket assigned one first: keep that one.
  await dropClaim(checkinCodeClaimId(record.eventId, code), record._id)
  const current = await readRegistration(record._id)
  if (!current?.checkinCode) throw new Error(`registration ${record._id} has no check-in code`)
  return current.checkinCode
}

const TICKET_UNAVAILABLE: Partial<Record<RegistrationRecord['status'], string>> = {
  pending: '报名正在等待主办单位审核，审核通过后即可查看入场凭证',
  waitlisted: '你在候补名单中，转为正式报名后即可查看入场凭证',
  rejected: '该报名未通过审核，没有入场凭证',
}

export const main = defineFunction(registrationsContract, {
  async register({ eventId, form, privacy }) {
    const openid = requireOpenid()
    const event = await loadOffered(eventId, true)
    const settings = event.registration
    const checked = validateRegistrationForm(form, {
      fields: settings.fields,
      perCompanyCap: settings.perCompanyCap,
    })
    if (!checked.ok) rejectForm(checked.errors)
    if (registrationState(event, now()) !== 'open') {
      throw new AppError('DEADLINE_PASSED', '本活动报名已截止')
    }
    await spendAllowance('registrations.register', openid)
    const id = registrationId(eventId, openid)
    // The party size lives on the record alone, so a reduction has one place to change.
    const { attendees = 1, ...details } = checked.value

    // (1) One registration per enterprise per session.
    const claimId = details.creditCode
      ? await claimCreditCode(eventId, id, details.creditCode)
      : undefined
    const opened: Opened = {
      attendees,
      form: details,
      privacyVersion: privacy,
      ...(claimId ? { claimId } : {}),
    }

    // (2) A place (seats or the waiting list), then the record holding it: for most callers,
    // their first registration for this session, written once with its final status.
    const place = await findPlace(event, attendees)
    const record: RegistrationRecord = {
      _id: id,
      eventId,
      openid,
      ...opened,
      ...place,
      ticketToken: randomBytes(16).toString('base64url'),
      createdAt: now(),
    }
    try {
      await registrations().add({ data: { ...record, createdAt: db.serverDate() as Date } })
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error
      // (3) Registered before: a double tap or a retry gets the same answer; a comeback after
      // cancelling queues anew.
      await givePlaceBack(event, place, attendees)
      const existing = await readRegistration(id)
      if (!existing) throw new Error(`registration ${id} vanished`)
      if (existing.status !== 'cancelled') {
        if (claimId && existing.claimId !== claimId) await dropClaim(claimId, id)
        return toView(existing, event)
      }
      return toView(await comeBack(event, existing, opened), event)
    }
    return toView(
      place.status === 'waitlisted' ? await settleWaitlisted(event, record) : record,
      event,
    )
  },

  async cancel({ eventId }) {
    const openid = requireOpenid()
    const event = await loadOffered(eventId)
    await spendAllowance('registrations.cancel', openid)
    for (let attempt = 0; attempt < 5; attempt++) {
      const record = await readOwn(eventId, openid)
      if (record.status === 'cancelled') return toView(record, event)
      if (!CANCELLABLE.includes(record.status)) throw unchangeable(record)
      if (!canCancel(event, now())) throw new AppError('DEADLINE_PASSED', '已过取消报名的截止时间')
      // Conditional on what was read, so the seats released are exactly the seats held.
      const cancelled = await flip(
        record._id,
        record.status,
        { status: 'cancelled', cancelledAt: now() },
        { attendees: record.attendees },
      )
      if (!cancelled) continue
      if (holdsSeats(record.status)) await releaseSeats(eventId, record.attendees)
      await releaseCreditCode(record)
      await promoteWaitlist(event)
      return toView({ ...record, status: 'cancelled' }, event)
    }
    throw new AppError('CONFLICT', '报名状态正在变化，请稍后再试')
  },

  async update({ eventId, attendees }) {
    const openid = requireOpenid()
    const event = await loadOffered(eventId)
    await spendAllowance('registrations.update', openid)
    for (let attempt = 0; attempt < 5; attempt++) {
      const record = await readOwn(eventId, openid)
      if (!CANCELLABLE.includes(record.status)) throw unchangeable(record)
      if (!canCancel(event, now())) throw new AppError('DEADLINE_PASSED', '已过修改报名的截止时间')
      const problem = attendeeChangeProblem(record.attendees, attendees)
      if (problem) throw new AppError('INVALID_ARGUMENT', problem, { attendees: problem })
      const reduced = await flip(
        record._id,
        record.status,
        { attendees },
        { attendees: record.attendees },
      )
      if (!reduced) continue
      if (holdsSeats(record.status)) await releaseSeats(eventId, record.attendees - attendees)
      await promoteWaitlist(event)
      return toView(await readOwn(eventId, openid), event)
    }
    throw new AppError('CONFLICT', '报名状态正在变化，请稍后再试')
  },

  async mine() {
    const openid = requireOpenid()
    const { data } = await registrations()
      .where({ openid })
      .orderBy('createdAt', 'desc')
      .limit(100)
      .get()
    const ids = [...new Set(data.map((record) => record.eventId))]
    const { data: found } =
      ids.length > 0
        ? await events()
            .where({ _id: _.in(ids) })
            .limit(100)
            .get()
        : { data: [] as EventRecord[] }
    const byId = new Map(found.map((event) => [event._id, event]))
    const items: MyRegistration[] = []
    for (const record of data) {
      const event = byId.get(record.eventId)
      items.push({
        ...(await toView(record, event)),
        eventTitle: event?.title ?? '（活动已删除）',
        eventDay: event?.day ?? '',
        ...(event?.startAt ? { eventStartAt: new Date(event.startAt).toISOString() } : {}),
        ...(event?.endAt ? { eventEndAt: new Date(event.endAt).toISOString() } : {}),
        ...(event ? { place: event.place } : {}),
        ...(event?.status === 'cancelled'
          ? { eventCancelled: event.statusReason ? { reason: event.statusReason } : {} }
          : {}),
      })
    }
    // Stable: newest first within each group.
    items.sort((a, b) => Number(a.status === 'cancelled') - Number(b.status === 'cancelled'))
    return { items }
  },

  async ticket({ eventId }): Promise<Ticket> {
    const openid = requireOpenid()
    const event = await loadOffered(eventId)
    const record = await readRegistration(registrationId(eventId, openid))
    if (!record || record.status === 'cancelled' || !record.ticketToken) {
      throw new AppError('NOT_FOUND', '没有找到你在本活动的有效报名')
    }
    if (!TICKETED.includes(record.status)) {
      throw new AppError('CONFLICT', TICKET_UNAVAILABLE[record.status] ?? '暂时没有入场凭证')
    }
    const { form } = record
    return {
      eventId,
      eventTitle: event.title,
      eventDay: event.day,
      ...(event.startAt ? { eventStartAt: new Date(event.startAt).toISOString() } : {}),
      ...(event.endAt ? { eventEndAt: new Date(event.endAt).toISOString() } : {}),
      place: event.place,
      status: record.status === 'checked-in' ? 'checked-in' : 'confirmed',
      attendees: record.attendees,
      ...(form.companyName ? { companyName: form.companyName } : {}),
      ...(form.contactName ? { contactName: form.contactName } : {}),
      qrText: `${TICKET_QR_PREFIX}${record.ticketToken}`,
      code: await checkinCodeOf(record),
      ...(record.checkedInAt ? { checkedInAt: new Date(record.checkedInAt).toISOString() } : {}),
    }
  },
})
