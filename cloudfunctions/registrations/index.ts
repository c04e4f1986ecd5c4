// registrations: enterprises register for a session, cancel, and see their own registrations.
// Seats are taken and released only by conditional updates on the event's `seatsTaken`, so
// they are never sold twice, whatever runs at the same time.
import type { MyRegistration, RegistrationView } from '@/contracts/registrations'
import { registrationsContract } from '@/contracts/registrations'
import { maskCreditCode } from '@/domain/credit-code'
import type { EventRecord, RegistrationSettings } from '@/domain/event'
import { maskPhone } from '@/domain/phone'
import {
  FIELD_SPECS,
  validateRegistrationForm,
  type NormalizedForm,
} from '@/domain/registration-form'
import { canCancel, registrationState } from '@/domain/registration-window'
import {
  CANCELLABLE,
  holdsSeats,
  maxTakenToFit,
  seatedStatus,
  waitlistPosition,
  type RegistrationStatus,
} from '@/domain/seats'
import { now } from '@/server/clock'
import { callerOpenid, db, sendSubscribeMessage } from '@/server/cloud'
import { defineFunction } from '@/server/define-function'
import { AppError, isDuplicateKeyError } from '@/server/errors'

interface RegistrationRecord {
  /** `${eventId}__${openid}`: one registration per user per session. */
  _id: string
  eventId: string
  openid: string
  status: RegistrationStatus
  attendees: number
  form: NormalizedForm
  /** `registrationClaims` id holding this registration's credit code, if the form has one. */
  claimId?: string
  waitlistNo?: number
  createdAt?: Date | unknown
  updatedAt?: Date
}

interface ClaimRecord {
  _id: string
  eventId: string
  creditCode: string
  registrationId: string
}

type OfferedEvent = EventRecord & { registration: RegistrationSettings }

const registrations = () => db.collection<RegistrationRecord>('registrations')
const claims = () => db.collection<ClaimRecord>('registrationClaims')
const events = () => db.collection<EventRecord>('events')
const _ = db.command

const registrationId = (eventId: string, openid: string) => `${eventId}__${openid}`
const claimIdOf = (eventId: string, creditCode: string) => `${eventId}__cc__${creditCode}`

function requireOpenid(): string {
  const openid = callerOpenid()
  if (!openid) throw new AppError('UNAUTHENTICATED', '请先登录微信后再报名')
  return openid
}

async function loadEvent(eventId: string): Promise<EventRecord> {
  const { data: event } = await events().doc(eventId).get()
  if (!event || event.status !== 'published')
    throw new AppError('NOT_FOUND', '活动不存在或尚未发布')
  return event
}

function requireOffered(event: EventRecord): OfferedEvent {
  if (!event.registration) throw new AppError('INVALID_ARGUMENT', '本活动无需报名')
  return event as OfferedEvent
}

async function readRegistration(id: string): Promise<RegistrationRecord | null> {
  return (await registrations().doc(id).get()).data
}

/** Older events have no counters: start them at zero (a transaction, so nothing is reset). */
async function ensureCounters(event: EventRecord): Promise<void> {
  if (typeof event.seatsTaken === 'number' && typeof event.waitlistSeq === 'number') return
  await db.runTransaction(async (t) => {
    const ref = t.collection<EventRecord>('events').doc(event._id)
    const { data } = await ref.get()
    if (!data) return
    const missing: Record<string, number> = {}
    if (typeof data.seatsTaken !== 'number') missing.seatsTaken = 0
    if (typeof data.waitlistSeq !== 'number') missing.waitlistSeq = 0
    if (Object.keys(missing).length > 0) await ref.update({ data: missing })
  })
}

/** Takes `attendees` seats if they fit, in one atomic conditional update. */
async function takeSeats(event: OfferedEvent, attendees: number): Promise<boolean> {
  const bound = maxTakenToFit(event.registration.capacity, attendees)
  if (bound < 0) return false
  const { stats } = await events()
    .where({ _id: event._id, seatsTaken: _.lte(bound) })
    .update({ data: { seatsTaken: _.inc(attendees) } })
  return stats.updated === 1
}

async function releaseSeats(eventId: string, attendees: number): Promise<void> {
  await events()
    .doc(eventId)
    .update({ data: { seatsTaken: _.inc(-attendees) } })
}

async function nextWaitlistNo(eventId: string): Promise<number> {
  return db.runTransaction(async (t) => {
    const ref = t.collection<EventRecord>('events').doc(eventId)
    const { data } = await ref.get()
    const next = (data?.waitlistSeq ?? 0) + 1
    await ref.update({ data: { waitlistSeq: next } })
    return next
  })
}

/** Flips a registration from one status to another only if it still has the first. */
async function flip(id: string, from: RegistrationStatus, changes: Record<string, unknown>) {
  const { stats } = await registrations()
    .where({ _id: id, status: from })
    .update({ data: { ...changes, updatedAt: now() } })
  return stats.updated === 1
}

/** Claims the credit code for this registration; CONFLICT when another registration holds it. */
async function claimCreditCode(event: OfferedEvent, regId: string, creditCode: string) {
  const claimId = claimIdOf(event._id, creditCode)
  try {
    await claims().add({
      data: { _id: claimId, eventId: event._id, creditCode, registrationId: regId },
    })
    return claimId
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error
  }
  const { data: claim } = await claims().doc(claimId).get()
  if (claim?.registrationId === regId) return claimId
  // A claim left by a cancelled registration (cancel interrupted) is taken over.
  const holder = claim ? await readRegistration(claim.registrationId) : null
  if (claim && holder?.status === 'cancelled') {
    const { stats } = await claims()
      .where({ _id: claimId, registrationId: claim.registrationId })
      .update({ data: { registrationId: regId } })
    if (stats.updated === 1) return claimId
  }
  throw new AppError('CONFLICT', '该企业已报名本活动')
}

async function releaseClaim(record: RegistrationRecord): Promise<void> {
  if (!record.claimId) return
  await claims().where({ _id: record.claimId, registrationId: record._id }).remove()
}

/** Steps (4) and (5): seats or a waiting-list number, then the final status. */
async function seat(event: OfferedEvent, record: RegistrationRecord): Promise<void> {
  if (await takeSeats(event, record.attendees)) {
    if (await flip(record._id, 'new', { status: seatedStatus(event.registration) })) return
    // Someone else (a retry of the same call) finished it first: give the seats back.
    await releaseSeats(event._id, record.attendees)
    await promoteWaitlist(event)
    return
  }
  const waitlistNo = await nextWaitlistNo(event._id)
  await flip(record._id, 'new', { status: 'waitlisted', waitlistNo })
}

/**
 * Seats waitlisted registrations strictly in waitlistNo order, stopping at the first that does
 * not fit. Safe to run concurrently: a registration is seated only by its own conditional flip.
 */
async function promoteWaitlist(event: OfferedEvent): Promise<void> {
  for (let guard = 0; guard < 1000; guard++) {
    const { data } = await registrations()
      .where({ eventId: event._id, status: 'waitlisted' })
      .orderBy('waitlistNo', 'asc')
      .limit(1)
      .get()
    const head = data[0]
    if (!head) return
    if (!(await takeSeats(event, head.attendees))) return
    const status = seatedStatus(event.registration)
    if (await flip(head._id, 'waitlisted', { status })) {
      await notifyPromoted(event, head, status)
    } else {
      await releaseSeats(event._id, head.attendees)
    }
  }
}

async function notifyPromoted(event: EventRecord, record: RegistrationRecord, status: string) {
  const templateId = process.env.TEMPLATE_REGISTRATION_PROMOTED
  if (!templateId) return
  try {
    await sendSubscribeMessage({
      touser: record.openid,
      templateId,
      data: {
        thing1: { value: truncate(event.title, 20) },
        phrase2: { value: status === 'pending' ? '候补转入审核' : '候补转为报名成功' },
        thing3: { value: `${record.attendees}人` },
      },
    })
  } catch (error) {
    // The promotion stands; a message the user did not subscribe to is not an error for anyone.
    console.error('subscribeMessage.send failed', error)
  }
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text)
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}

async function waitlistAhead(record: RegistrationRecord): Promise<number> {
  const { total } = await registrations()
    .where({ eventId: record.eventId, status: 'waitlisted', waitlistNo: _.lt(record.waitlistNo) })
    .count()
  return total
}

async function toView(record: RegistrationRecord): Promise<RegistrationView> {
  const { form } = record
  return {
    eventId: record.eventId,
    status: record.status === 'new' ? 'waitlisted' : record.status,
    attendees: record.attendees,
    ...(record.status === 'waitlisted' && record.waitlistNo !== undefined
      ? { waitlistPosition: waitlistPosition(await waitlistAhead(record)) }
      : {}),
    ...(form.companyName ? { companyName: form.companyName } : {}),
    ...(form.creditCode ? { creditCode: maskCreditCode(form.creditCode) } : {}),
    ...(form.phone ? { phone: maskPhone(form.phone) } : {}),
    ...(record.createdAt instanceof Date || typeof record.createdAt === 'string'
      ? { createdAt: new Date(record.createdAt).toISOString() }
      : {}),
  }
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

export const main = defineFunction(registrationsContract, {
  async register({ eventId, form }) {
    const openid = requireOpenid()
    const event = requireOffered(await loadEvent(eventId))
    const settings = event.registration
    const checked = validateRegistrationForm(form, {
      fields: settings.fields,
      perCompanyCap: settings.perCompanyCap,
    })
    if (!checked.ok) rejectForm(checked.errors)
    if (registrationState(event, now()) !== 'open') {
      throw new AppError('DEADLINE_PASSED', '本活动报名已截止')
    }
    await ensureCounters(event)
    const id = registrationId(eventId, openid)
    const value = checked.value

    // (1) Already registered: the same answer again.
    let record = await readRegistration(id)
    if (record && record.status !== 'cancelled' && record.status !== 'new') return toView(record)

    if (!record || record.status === 'cancelled') {
      // (2) One registration per enterprise per session.
      const claimId = value.creditCode
        ? await claimCreditCode(event, id, value.creditCode)
        : undefined
      const fresh: RegistrationRecord = {
        _id: id,
        eventId,
        openid,
        status: 'new',
        attendees: value.attendees ?? 1,
        form: value,
        ...(claimId ? { claimId } : {}),
      }
      // (3) Insert, or reopen a cancelled registration; whoever loses a race reads the winner.
      let mine = false
      if (!record) {
        try {
          await registrations().add({ data: { ...fresh, createdAt: db.serverDate() } })
          mine = true
        } catch (error) {
          if (!isDuplicateKeyError(error)) throw error
        }
      } else {
        const { _id: _unused, ...reopened } = fresh
        const { stats } = await registrations()
          .where({ _id: id, status: 'cancelled' })
          .update({
            data: { ...reopened, waitlistNo: null, createdAt: db.serverDate(), updatedAt: now() },
          })
        mine = stats.updated === 1
      }
      record = await readRegistration(id)
      if (!record) throw new Error(`registration ${id} vanished`)
      if (!mine && claimId && record.claimId !== claimId) {
        // Our claim is not the winner's: give it back.
        await claims().where({ _id: claimId, registrationId: id }).remove()
      }
      if (record.status !== 'new') return toView(record)
    }

    // (4)+(5) A 'new' registration: ours, or a retried call resuming.
    await seat(event, record)
    const final = await readRegistration(id)
    if (!final) throw new Error(`registration ${id} vanished`)
    return toView(final)
  },

  async cancel({ eventId }) {
    const openid = requireOpenid()
    const event = requireOffered(await loadEvent(eventId))
    const id = registrationId(eventId, openid)
    for (let attempt = 0; attempt < 5; attempt++) {
      const record = await readRegistration(id)
      if (!record) throw new AppError('NOT_FOUND', '没有找到你在本活动的报名')
      if (record.status === 'cancelled') return toView(record)
      if (!CANCELLABLE.includes(record.status)) {
        throw new AppError('CONFLICT', '报名正在处理中，请稍后再试')
      }
      if (!canCancel(event, now())) throw new AppError('DEADLINE_PASSED', '已过取消报名的截止时间')
      // Flip from the status just read, so the seats released are exactly the seats held.
      if (!(await flip(id, record.status, { status: 'cancelled', cancelledAt: now() }))) continue
      if (holdsSeats(record.status)) await releaseSeats(eventId, record.attendees)
      await releaseClaim(record)
      await promoteWaitlist(event)
      return toView({ ...record, status: 'cancelled' })
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
        ...(await toView(record)),
        eventTitle: event?.title ?? '（活动已删除）',
        eventDay: event?.day ?? '',
      })
    }
    // Stable: newest first within each group.
    items.sort((a, b) => Number(a.status === 'cancelled') - Number(b.status === 'cancelled'))
    return { items }
  },
})
