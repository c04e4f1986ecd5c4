// attendance: the organisers' side of registrations. Live counts and the list for the office, the
// hosting unit and its check-in staff; decisions, walk-ins and the export for the office and the
// hosting unit; check-in by a ticket's QR text or six-digit code. Roles are checked on the server.
import { randomBytes } from 'node:crypto'
import type { AttendanceCounts, DeskEvent } from '@/contracts/attendance'
import { attendanceContract, DESK_PAGE_SIZE } from '@/contracts/attendance'
import { TICKET_QR_PREFIX } from '@/contracts/registrations'
import type { EventRecord } from '@/domain/event'
import { canCheckIn, canManageEvent, type OrganiserRole } from '@/domain/organiser-roles'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacy'
import { STATUS_LABELS, type RegistrationStatus } from '@/domain/seats'
import { registrationWorkbook } from '@/server/attendance/export-workbook'
import { toDeskView } from '@/server/attendance/desk-view'
import { now } from '@/server/clock'
import { db } from '@/server/cloud'
import { storeExport } from '@/server/exports'
import { defineFunction } from '@/server/define-function'
import { AppError } from '@/server/errors'
import { batches } from '@/server/jobs/batches'
import { spendAllowance } from '@/server/rate-limit'
import { requireActor, type Actor } from '@/server/organisers/access'
import { recordAudit } from '@/server/organisers/audit'
import { releaseCreditCode } from '@/server/registration-claims'
import {
  checkinCodeClaimId,
  claims,
  registrations,
  type RegistrationRecord,
} from '@/server/registration-records'
import { flip, promoteWaitlist, releaseSeats, takeSeats, type OfferedEvent } from '@/server/seating'

const STATUSES: RegistrationStatus[] = [
  'confirmed',
  'pending',
  'waitlisted',
  'rejected',
  'cancelled',
  'checked-in',
]
/** The export's download link outlives a slow download, not the day. */
const EXPORT_LINK_SECONDS = 30 * 60

type Rule = (role: OrganiserRole, event: EventRecord) => boolean

/** What an organiser may not see is not there for them either: FORBIDDEN, not NOT_FOUND. */
function missing(actor: Actor, message: string): AppError {
  return actor.role.kind === 'office-admin'
    ? new AppError('NOT_FOUND', message)
    : new AppError('FORBIDDEN', '没有权限进行此操作')
}

const readEvent = async (eventId: string) =>
  (await db.collection<EventRecord>('events').doc(eventId).get()).data

/** The caller may act on the event by `rule`; anyone else is refused before learning anything. */
async function deskFor(eventId: string, rule: Rule): Promise<{ actor: Actor; event: EventRecord }> {
  const actor = await requireActor(() => true)
  const event = await readEvent(eventId)
  if (!event) throw missing(actor, '没有找到这个活动')
  if (!rule(actor.role, event)) throw new AppError('FORBIDDEN', '没有权限进行此操作')
  return { actor, event }
}

async function deskForRegistration(registrationId: string, rule: Rule) {
  const actor = await requireActor(() => true)
  const { data: record } = await registrations().doc(registrationId).get()
  if (!record) throw missing(actor, '没有找到这条报名')
  return { ...(await deskFor(record.eventId, rule)), record }
}

function offered(event: EventRecord): OfferedEvent {
  if (!event.registration) throw new AppError('INVALID_ARGUMENT', '本活动不接受报名')
  return event as OfferedEvent
}

function deskEvent(event: EventRecord): DeskEvent {
  return {
    eventId: event._id,
    title: event.title,
    day: event.day,
    ...(event.startAt ? { startAt: new Date(event.startAt).toISOString() } : {}),
    approval: Boolean(event.registration?.approval),
  }
}

async function counts(event: EventRecord): Promise<AttendanceCounts> {
  const { list } = await registrations()
    .aggregate()
    .match({ eventId: event._id })
    .group<{ _id: RegistrationStatus; registrations: number; people: number }>({
      _id: '$status',
      registrations: { $sum: 1 },
      people: { $sum: '$attendees' },
    })
    .end()
  const byStatus = Object.fromEntries(
    STATUSES.map((status) => {
      const group = list.find((g) => g._id === status)
      return [status, { registrations: group?.registrations ?? 0, people: group?.people ?? 0 }]
    }),
  ) as AttendanceCounts['byStatus']
  return {
    capacity: event.registration?.capacity ?? 0,
    seatsTaken: event.seatsTaken ?? 0,
    byStatus,
  }
}

/** The registration a ticket names: QR text (prefix + token) or the six-digit code. */
async function ticketHolder(eventId: string, ticket: string): Promise<RegistrationRecord | null> {
  if (ticket.startsWith(TICKET_QR_PREFIX)) {
    const ticketToken = ticket.slice(TICKET_QR_PREFIX.length)
    const { data } = await registrations().where({ eventId, ticketToken }).limit(1).get()
    return data[0] ?? null
  }
  if (!/^\d{6}$/.test(ticket)) {
    throw new AppError(
      'INVALID_ARGUMENT',
      '这不是本活动的入场码：请扫描入场二维码，或输入6位数字签到码',
    )
  }
  const { data: claim } = await claims().doc(checkinCodeClaimId(eventId, ticket)).get()
  if (!claim) return null
  return (await registrations().doc(claim.registrationId).get()).data
}

export const main = defineFunction(attendanceContract, {
  async overview({ eventId }) {
    const { event } = await deskFor(eventId, canCheckIn)
    return { event: deskEvent(event), counts: await counts(event) }
  },

  async list({ eventId, status, offset = 0 }) {
    await deskFor(eventId, canCheckIn)
    const where = status ? { eventId, status } : { eventId }
    const [{ data }, { total }] = await Promise.all([
      registrations()
        .where(where)
        .orderBy('createdAt', 'asc')
        .orderBy('_id', 'asc')
        .skip(offset)
        .limit(DESK_PAGE_SIZE)
        .get(),
      registrations().where(where).count(),
    ])
    return { items: data.map(toDeskView), total, hasMore: offset + data.length < total }
  },

  async decide(request) {
    const { registrationId, decision } = request
    const { actor, event, record } = await deskForRegistration(registrationId, canManageEvent)
    await spendAllowance('attendance.decide', actor.openid)
    const decided = { decidedAt: now(), decidedBy: actor.openid }
    if (decision === 'approve') {
      if (!(await flip(record._id, 'pending', { status: 'confirmed', ...decided }))) {
        throw new AppError(
          'CONFLICT',
          `只能通过待审核的报名（当前：${STATUS_LABELS[record.status]}）`,
        )
      }
    } else {
      const from = record.status
      if (from !== 'pending' && from !== 'waitlisted') {
        throw new AppError(
          'CONFLICT',
          `只能拒绝待审核或候补中的报名（当前：${STATUS_LABELS[from]}）`,
        )
      }
      const changes = { status: 'rejected', rejectReason: request.reason, ...decided }
      if (!(await flip(record._id, from, changes, { attendees: record.attendees }))) {
        throw new AppError('CONFLICT', '这条报名刚刚有了变化，请刷新后再试')
      }
      await releaseCreditCode({ ...record, status: 'rejected' })
      if (from === 'pending') {
        await releaseSeats(event._id, record.attendees)
        // Seats freed: the waiting list is seated against the event as it is now.
        const current = await readEvent(event._id)
        if (current) await promoteWaitlist(offered(current))
      }
    }
    const { data: updated } = await registrations().doc(record._id).get()
    const view = toDeskView(updated!)
    await recordAudit(
      actor,
      `attendance.${decision}`,
      record._id,
      `${decision === 'approve' ? '通过' : '拒绝'}${view.companyName ?? view.contactName ?? ''}的报名（${event.title}）`,
    )
    return view
  },

  async walkIn({ eventId, contactName, companyName, attendees }) {
    const { actor, event } = await deskFor(eventId, canManageEvent)
    await spendAllowance('attendance.walkIn', actor.openid)
    if (!(await takeSeats(offered(event), attendees))) {
      throw new AppError('FULL', '名额已满或活动未发布，无法现场加入')
    }
    const at = now()
    const record: RegistrationRecord = {
      _id: `${eventId}__walkin__${randomBytes(9).toString('base64url')}`,
      eventId,
      openid: '',
      walkIn: true,
      status: 'checked-in',
      attendees,
      form: { contactName, ...(companyName ? { companyName } : {}), attendees },
      ticketToken: randomBytes(16).toString('base64url'),
      privacyVersion: PRIVACY_NOTICE_VERSION,
      createdAt: at,
      checkedInAt: at,
      checkedInBy: actor.openid,
      checkedInByName: actor.name,
    }
    await registrations().add({ data: record })
    await recordAudit(
      actor,
      'attendance.walkIn',
      record._id,
      `现场加入：${contactName}，${attendees}人（${event.title}）`,
    )
    return toDeskView(record)
  },

  async checkIn({ eventId, ticket }) {
    const { actor, event } = await deskFor(eventId, canCheckIn)
    const record = await ticketHolder(eventId, ticket)
    if (!record)
      throw new AppError('NOT_FOUND', '没有找到这张入场码对应的报名，请确认是本场活动的入场码')
    if (record.status === 'checked-in') return { registration: toDeskView(record), already: true }
    if (record.status !== 'confirmed') {
      throw new AppError('CONFLICT', `该报名${STATUS_LABELS[record.status]}，不能签到`)
    }
    await spendAllowance('attendance.checkIn', actor.openid)
    const changes = {
      status: 'checked-in',
      checkedInAt: now(),
      checkedInBy: actor.openid,
      checkedInByName: actor.name,
    }
    const flipped = await flip(record._id, 'confirmed', changes)
    const { data: current } = await registrations().doc(record._id).get()
    // Two scanners at once: the one that lost sees the other's check-in.
    if (!flipped && current?.status !== 'checked-in') {
      throw new AppError('CONFLICT', '这条报名刚刚有了变化，请重新扫码')
    }
    if (flipped) {
      await recordAudit(
        actor,
        'attendance.checkIn',
        record._id,
        `签到：${record.form.companyName ?? record.form.contactName ?? ''}（${event.title}）`,
      )
    }
    return { registration: toDeskView(current!), already: !flipped }
  },

  async export({ eventId }) {
    const { actor, event } = await deskFor(eventId, canManageEvent)
    await spendAllowance('attendance.export', actor.openid)
    const records: RegistrationRecord[] = []
    for await (const batch of batches<RegistrationRecord>('registrations', { eventId })) {
      records.push(...batch)
    }
    const registeredAt = (r: RegistrationRecord) => new Date(r.createdAt ?? 0).getTime()
    records.sort((a, b) => registeredAt(a) - registeredAt(b) || a._id.localeCompare(b._id))
    const at = now()
    const content = await registrationWorkbook(event, records, at)
    const stamp = at.toISOString().replace(/[-:]/g, '').slice(0, 15)
    const fileName = `报名名单-${event.day}-${stamp}.xlsx`
    const cloudPath = `exports/${eventId}/${stamp}-${randomBytes(6).toString('hex')}.xlsx`
    const { fileID, url } = await storeExport(cloudPath, content, EXPORT_LINK_SECONDS)
    await recordAudit(
      actor,
      'attendance.export',
      eventId,
      `导出报名名单 ${records.length} 条（含完整联系方式）：${event.title}`,
    )
    return { fileID, url, fileName, rows: records.length }
  },
})
