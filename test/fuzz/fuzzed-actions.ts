// Every cloud function's contract at run time, and what each action may change. The types make a
// new function or action a compile error until it is listed here; the suite's coverage test checks
// the same at run time against cloudfunctions/.
import { accountContract } from '@/contracts/account'
import { attendanceContract } from '@/contracts/attendance'
import { campaignContract } from '@/contracts/campaign'
import type { ActionName, Contract } from '@/contracts/contract'
import { dashboardContract } from '@/contracts/dashboard'
import { eventAdminContract } from '@/contracts/event-admin'
import { eventsContract } from '@/contracts/events'
import { filingsContract } from '@/contracts/filings'
import type { Contracts, FunctionName } from '@/contracts/index'
import { opsContract } from '@/contracts/ops'
import { organisersContract } from '@/contracts/organisers'
import { quizContract } from '@/contracts/quiz'
import { registrationsContract } from '@/contracts/registrations'

export const CONTRACTS: { [F in FunctionName]: Contracts[F] } = {
  account: accountContract,
  attendance: attendanceContract,
  campaign: campaignContract,
  dashboard: dashboardContract,
  eventAdmin: eventAdminContract,
  events: eventsContract,
  filings: filingsContract,
  ops: opsContract,
  organisers: organisersContract,
  quiz: quizContract,
  registrations: registrationsContract,
}

/**
 * What a request the contract accepts may change. A read changes nothing, whatever it is sent. A
 * write changes data only for the thing its `names` fields name (an event, a unit, an attempt …):
 * the suite sends a write only requests that its contract refuses, or that name nothing that
 * exists, so no call in it can legitimately change data. A write without `names` (quiz.start,
 * ops.setup …) changes data on any request its contract accepts, so it is sent none.
 */
export type Effect = { writes: false } | { writes: true; names: readonly string[] }

const READ: Effect = { writes: false }
const writes = (...names: string[]): Effect => ({ writes: true, names })

type Effects = { [F in FunctionName]: Record<ActionName<Contracts[F]>, Effect> }

export const EFFECTS: Effects = {
  account: { whoami: READ },
  attendance: {
    overview: READ,
    list: READ,
    decide: writes('registrationId'),
    walkIn: writes('eventId'),
    checkIn: writes('eventId'),
    export: writes('eventId'),
  },
  campaign: { get: READ, recap: READ },
  // weekSummary stores a workbook in cloud storage and records it.
  dashboard: { overview: READ, weekSummary: writes() },
  eventAdmin: {
    mine: READ,
    get: READ,
    // Without eventId it makes a new draft: named by nothing, so only refused requests are sent.
    saveDraft: writes('eventId'),
    submitForReview: writes('eventId'),
    publish: writes('eventId'),
    returnToUnit: writes('eventId'),
    unpublish: writes('eventId'),
    cancel: writes('eventId'),
    notifyRegistrants: writes('eventId'),
  },
  events: { list: READ, days: READ, get: READ },
  filings: {
    status: READ,
    submitActivityList: writes('unitId'),
    submitReport: writes('unitId'),
    submitSummary: writes('unitId'),
    overview: READ,
    reviewQueue: READ,
    review: writes('reportId'),
    news: READ,
  },
  ops: { setup: writes(), selftest: writes() },
  organisers: {
    me: READ,
    // Any well-formed attempt spends the caller's allowance of tries.
    bind: writes(),
    createInvite: writes(),
    invites: READ,
    revokeInvite: writes('inviteId'),
    members: READ,
    revokeMember: writes('memberId'),
    audit: READ,
  },
  quiz: {
    start: writes(),
    submit: writes('attemptId'),
    result: READ,
    attempts: READ,
    review: READ,
    leaderboard: READ,
  },
  registrations: {
    register: writes('eventId'),
    cancel: writes('eventId'),
    update: writes('eventId'),
    mine: READ,
    // The first look at a ticket assigns its six-digit code.
    ticket: writes('eventId'),
  },
}

export interface FuzzedAction {
  functionName: FunctionName
  action: string
  contract: Contract
  effect: Effect
}

export function fuzzedActions(): FuzzedAction[] {
  return (Object.keys(CONTRACTS) as FunctionName[]).flatMap((functionName) => {
    const contract: Contract = CONTRACTS[functionName]
    const effects = EFFECTS[functionName] as Record<string, Effect | undefined>
    return Object.keys(contract.actions).map((action) => {
      const effect = effects[action]
      if (!effect) throw new Error(`${functionName}.${action} has no entry in EFFECTS`)
      return { functionName, action, contract, effect }
    })
  })
}
