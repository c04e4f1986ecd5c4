// Values that must be unique within a session, held by claim documents whose ids are the values:
// an enterprise's credit code (one registration per enterprise) and a ticket's check-in code.
// A credit-code claim changes hands only inside a transaction that writes the claim, so a
// comeback of a cancelled registration, a takeover by another user and a release cannot
// interleave: the database lets one of them commit first and the others see its result.
import { randomInt } from 'node:crypto'
import { now } from './clock'
import { db } from './cloud'
import type { Transaction } from './database-types'
import { AppError, isDuplicateKeyError } from './errors'
import {
  checkinCodeClaimId,
  claims,
  creditCodeClaimId,
  type ClaimRecord,
  type RegistrationRecord,
} from './registration-records'

/** A claim whose registration never appeared (its creation died midway) is free after this. */
const ORPHANED_AFTER_MS = 10 * 60 * 1000

type NewClaim = Omit<ClaimRecord, '_id'>

async function addClaim(id: string, claim: NewClaim): Promise<boolean> {
  try {
    await claims().add({ data: { _id: id, ...claim } })
    return true
  } catch (error) {
    if (isDuplicateKeyError(error)) return false
    throw error
  }
}

/**
 * Inside a transaction: makes `claim.registrationId` the holder unless another registration that
 * is live, or still being created, holds it. False when it is held.
 */
export async function holdClaim(t: Transaction, id: string, claim: NewClaim): Promise<boolean> {
  const ref = t.collection<ClaimRecord>('registrationClaims').doc(id)
  const { data: held } = await ref.get()
  if (held && held.registrationId !== claim.registrationId) {
    const { data: holder } = await t
      .collection<RegistrationRecord>('registrations')
      .doc(held.registrationId)
      .get()
    const age = now().getTime() - new Date(held.claimedAt ?? 0).getTime()
    const free = holder ? holder.status === 'cancelled' : age > ORPHANED_AFTER_MS
    if (!free) return false
  }
  await ref.set({ data: claim })
  return true
}

export function creditCodeClaim(eventId: string, registrationId: string, creditCode: string) {
  return {
    id: creditCodeClaimId(eventId, creditCode),
    claim: { eventId, kind: 'credit-code', registrationId, claimedAt: now() } as NewClaim,
  }
}

/** One registration per enterprise per session: CONFLICT when a live registration holds the code. */
export async function claimCreditCode(
  eventId: string,
  registrationId: string,
  creditCode: string,
): Promise<string> {
  const { id, claim } = creditCodeClaim(eventId, registrationId, creditCode)
  if (await addClaim(id, claim)) return id
  if (await db.runTransaction((t) => holdClaim(t, id, claim))) return id
  throw new AppError('CONFLICT', '该企业已报名本活动，每家企业限报一次')
}

/** Gives the enterprise's code back once its registration is cancelled (and stays so). */
export async function releaseCreditCode(record: RegistrationRecord): Promise<void> {
  const claimId = record.claimId
  if (!claimId) return
  await db.runTransaction(async (t) => {
    const { data: current } = await t
      .collection<RegistrationRecord>('registrations')
      .doc(record._id)
      .get()
    // Came back meanwhile: the claim is its own again.
    if (current?.status !== 'cancelled') return
    const ref = t.collection<ClaimRecord>('registrationClaims').doc(claimId)
    const { data: held } = await ref.get()
    if (held?.registrationId === record._id) await ref.remove()
  })
}

/** A six-digit code no other registration of the session has. */
export async function claimCheckinCode(eventId: string, registrationId: string): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
    const claim = { eventId, kind: 'checkin-code', registrationId, claimedAt: now() } as const
    if (await addClaim(checkinCodeClaimId(eventId, code), claim)) return code
  }
  throw new Error(`no free check-in code for ${eventId}`)
}

/** Takes back a claim this registration made but did not need (it lost a race to itself). */
export async function dropClaim(id: string, registrationId: string): Promise<void> {
  await claims().where({ _id: id, registrationId }).remove()
}
