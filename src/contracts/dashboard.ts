import * as z from 'zod/mini'
import type { Audience } from '@/domain/event'
import type { Day } from '@/domain/time'
import { action, type Contract } from './contract'
import type { UnitFilingRow } from './filings'

/** People count: a company registering three takes three seats. */
export interface AttendanceFigures {
  events: number
  /** Seats offered by events that take registrations. */
  capacity: number
  /** People in confirmed, pending and checked-in registrations. */
  registered: number
  waitlisted: number
  checkedIn: number
}

export interface DayFigures extends AttendanceFigures {
  day: Day
  /** People who started a quiz that Shanghai day. */
  quizParticipants: number
}

export interface AudienceFigures extends AttendanceFigures {
  audience: Audience
  label: string
}

export interface DashboardTotals extends AttendanceFigures {
  registrations: number
  quizParticipants: number
  quizAttempts: number
  /** People whose best score passes. */
  quizPassed: number
}

export interface Dashboard {
  asOf: string
  totals: DashboardTotals
  byDay: DayFigures[]
  byAudience: AudienceFigures[]
  filings: UnitFilingRow[]
}

export interface WeekSummaryFile {
  fileID: string
  url: string
  fileName: string
}

export const dashboardContract = {
  name: 'dashboard',
  actions: {
    /** Office: the week at a glance. */
    overview: action(z.strictObject({})).returns<Dashboard>(),
    /** Office: the week's summary as an .xlsx, per unit and with the product's own counts. */
    weekSummary: action(z.strictObject({})).returns<WeekSummaryFile>(),
  },
} satisfies Contract
