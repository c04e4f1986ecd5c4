// Every cloud function's contract, by function name. The app imports this as a type only, so
// no validation code reaches the mini-program bundle.
import type { accountContract } from './account'
import type { attendanceContract } from './attendance'
import type { campaignContract } from './campaign'
import type { dashboardContract } from './dashboard'
import type { eventAdminContract } from './event-admin'
import type { eventsContract } from './events'
import type { filingsContract } from './filings'
import type { opsContract } from './ops'
import type { organisersContract } from './organisers'
import type { quizContract } from './quiz'
import type { registrationsContract } from './registrations'

export interface Contracts {
  account: typeof accountContract
  attendance: typeof attendanceContract
  campaign: typeof campaignContract
  dashboard: typeof dashboardContract
  eventAdmin: typeof eventAdminContract
  events: typeof eventsContract
  filings: typeof filingsContract
  ops: typeof opsContract
  organisers: typeof organisersContract
  quiz: typeof quizContract
  registrations: typeof registrationsContract
}

export type FunctionName = keyof Contracts
export * from './errors'
export type { ActionName, RequestOf, ResponseOf } from './contract'
