// Once a campaign's retention period is over (privacy.ts), its registrations keep only what the
// statistics need. The registration's id embeds the registrant's openid and its claims' ids embed
// credit codes and check-in codes, so the record moves to a random id and the claims go. Each
// record moves in its own transaction: a run that stops midway leaves every record either
// untouched or done, and the next run carries on.
import { randomBytes } from 'node:crypto'
import type { AnonymisationReport } from '@/contracts/scheduled'
import type { Campaign } from '@/domain/campaign'
import { anonymiseFrom } from '@/domain/privacy'
import type { NormalizedForm } from '@/domain/registration-form'
import { now } from '../clock'
import { db } from '../cloud'
import { claims, type RegistrationRecord } from '../registration-records'
import { batches, chunks } from './batches'

// Kept by listing, not by removing the personal fields: a field added later stays out until
// someone decides it is not personal.
const KEPT_FIELDS = [
  'eventId',
  'status',
  'attendees',
  'waitlistAt',
  'privacyVersion',
  'createdAt',
  'updatedAt',
  'cancelledAt',
  'decidedAt',
  'checkedInAt',
  'remindedAt',
] as const satisfies readonly (keyof RegistrationRecord)[]
const KEPT_FORM_FIELDS = ['attendees', 'crossBorder', 'exportMarkets'] as const

type Anonymised = Pick<RegistrationRecord, (typeof KEPT_FIELDS)[number]> & {
  _id: string
  form: Pick<NormalizedForm, (typeof KEPT_FORM_FIELDS)[number]>
  anonymisedAt: Date
}

export async function anonymiseExpiredCampaigns(): Promise<AnonymisationReport> {
  const report: AnonymisationReport = {
    campaignsPastRetention: [],
    registrationsAnonymised: 0,
    claimsRemoved: 0,
  }
  const fields = { deadlines: true, lastDay: true }
  type Retention = Pick<Campaign, '_id' | 'deadlines' | 'lastDay'>
  for await (const batch of batches<Retention>('campaigns', {}, fields)) {
    for (const campaign of batch) {
      if (now() < anonymiseFrom(campaign)) continue
      report.campaignsPastRetention.push(campaign._id)
      for (const eventIds of chunks(await eventIdsOf(campaign._id))) {
        report.registrationsAnonymised += await anonymiseRegistrations(eventIds)
        report.claimsRemoved += await removeClaims(eventIds)
      }
    }
  }
  return report
}

/** Every event of the campaign, whatever its status: a cancelled event may have registrations. */
async function eventIdsOf(campaignId: string): Promise<string[]> {
  const ids: string[] = []
  for await (const batch of batches<{ _id: string }>('events', { campaignId }, { _id: true })) {
    ids.push(...batch.map((event) => event._id))
  }
  return ids
}

async function anonymiseRegistrations(eventIds: string[]): Promise<number> {
  const _ = db.command
  const pending = { eventId: _.in(eventIds), anonymisedAt: _.exists(false) }
  let moved = 0
  for await (const batch of batches<{ _id: string }>('registrations', pending, { _id: true })) {
    for (const { _id } of batch) if (await anonymiseOne(_id)) moved++
  }
  return moved
}

async function anonymiseOne(registrationId: string): Promise<boolean> {
  return db.runTransaction(async (transaction) => {
    const original = transaction.collection<RegistrationRecord>('registrations').doc(registrationId)
    const { data: record } = await original.get()
    // Gone or done: another run got here first.
    if (!record || record.anonymisedAt) return false
    await transaction.collection<Anonymised>('registrations').add({ data: anonymised(record) })
    await original.remove()
    return true
  })
}

function anonymised(record: RegistrationRecord): Anonymised {
  return {
    ...pick(record, KEPT_FIELDS),
    _id: `anon-${randomBytes(16).toString('hex')}`,
    form: pick(record.form, KEPT_FORM_FIELDS),
    anonymisedAt: now(),
  }
}

async function removeClaims(eventIds: string[]): Promise<number> {
  const { stats } = await claims()
    .where({ eventId: db.command.in(eventIds) })
    .remove()
  return stats.removed
}

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  const result = {} as Pick<T, K>
  for (const key of keys) if (source[key] !== undefined) result[key] = source[key]
  return result
}
