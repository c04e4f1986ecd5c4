// The shape of a city's publicity week, as its plan (活动方案) describes it. A campaign is data:
// another city or another year is a new data module, not new code.
import type { Day } from './time'

export interface Source {
  /** The document the facts come from, e.g. the city's 活动方案. */
  title: string
  issuer: string
  /** Where in it (section), when it helps a reader check. */
  section?: string
}

export interface Unit {
  /** Stable id used by events, filings and roles. */
  id: string
  name: string
}

export interface Contact {
  name: string
}

export interface Office {
  /** The unit that hosts the committee office. */
  unitId: string
  description: string
  contacts: Contact[]
  phones: string[]
  email: string
}

export interface Committee {
  name: string
  directorUnits: Unit[]
  memberUnits: Unit[]
  office: Office
}

export interface FocusArea {
  id: string
  /** Heading as in the plan, e.g. 宣传知识产权与人工智能的相互支撑作用 */
  title: string
  /** One line for a card. */
  summary: string
  /** Plain-language paragraphs for the public, faithful to the plan. */
  body: string[]
}

export interface Arrangement {
  id: string
  title: string
  summary: string
}

export type PhaseId = 'preparation' | 'implementation' | 'summary'

export interface PlanPhase {
  id: PhaseId
  title: string
  firstDay: Day
  lastDay: Day
  description: string
}

export type DeadlineId = 'activity-list' | 'summary'

export interface Deadline {
  id: DeadlineId
  title: string
  /** Due by the end of this Shanghai day. */
  dueDay: Day
  description: string
}

export interface Campaign {
  _id: string
  /** Bumped whenever the data changes, so a seed can tell an old load from a current one. */
  dataVersion: number
  city: string
  year: number
  title: string
  theme: string
  /** The week itself (实施阶段), Shanghai days. */
  firstDay: Day
  lastDay: Day
  phases: PlanPhase[]
  deadlines: Deadline[]
  focusAreas: FocusArea[]
  arrangements: Arrangement[]
  committee: Committee
  source: Source
}
