// Where pages live, in one place: subpackage paths change less often than the places that link.
import Taro from '@tarojs/taro'

export const EVENT_PAGE = '/packages/events/detail/index'

export function openEvent(id: string): void {
  void Taro.navigateTo({ url: `${EVENT_PAGE}?id=${encodeURIComponent(id)}` })
}

export const FORM_PAGE = '/packages/registration/form/index'
export const MINE_PAGE = '/packages/registration/mine/index'
export const TICKET_PAGE = '/packages/registration/ticket/index'
export const PRIVACY_PAGE = '/packages/registration/privacy/index'
export const CALENDAR_TAB = '/pages/calendar/index'
export const QUIZ_TAB = '/pages/quiz/index'
export const QUIZ_PAPER_PAGE = '/packages/quiz/paper/index'
export const QUIZ_RESULT_PAGE = '/packages/quiz/result/index'
export const QUIZ_MISTAKES_PAGE = '/packages/quiz/mistakes/index'
export const QUIZ_LEADERBOARD_PAGE = '/packages/quiz/leaderboard/index'
export const QUIZ_CERTIFICATE_PAGE = '/packages/quiz/certificate/index'

export function openRegistrationForm(eventId: string): void {
  void Taro.navigateTo({ url: `${FORM_PAGE}?id=${encodeURIComponent(eventId)}` })
}

export function openTicket(eventId: string): void {
  void Taro.navigateTo({ url: `${TICKET_PAGE}?id=${encodeURIComponent(eventId)}` })
}

export function openMyRegistrations(): void {
  void Taro.navigateTo({ url: MINE_PAGE })
}

type PageParams = Record<string, string | undefined> | undefined

/** A query value, decoded (WeChat passes query values still encoded) and trimmed. */
function queryValue(params: PageParams, key: string): string {
  const raw = params?.[key] ?? ''
  try {
    return decodeURIComponent(raw).trim()
  } catch {
    return raw.trim()
  }
}

/** The page's `?id=`. */
export function eventIdFrom(params: PageParams): string {
  return queryValue(params, 'id')
}

/** The quiz result's or certificate's `?attempt=`. */
export function attemptIdFrom(params: PageParams): string {
  return queryValue(params, 'attempt')
}

const withAttempt = (page: string, attemptId: string) =>
  `${page}?attempt=${encodeURIComponent(attemptId)}`

export function openQuizPaper(): void {
  void Taro.navigateTo({ url: QUIZ_PAPER_PAGE })
}

/** From a finished paper or a result: the new paper takes that page's place in the stack. */
export function retakeQuiz(): void {
  void Taro.redirectTo({ url: QUIZ_PAPER_PAGE })
}

/** From the paper just handed in: back from the result goes to the quiz tab, not the paper. */
export function showQuizResult(attemptId: string): void {
  void Taro.redirectTo({ url: withAttempt(QUIZ_RESULT_PAGE, attemptId) })
}

export function openQuizMistakes(): void {
  void Taro.navigateTo({ url: QUIZ_MISTAKES_PAGE })
}

export function openQuizLeaderboard(): void {
  void Taro.navigateTo({ url: QUIZ_LEADERBOARD_PAGE })
}

export function openQuizCertificate(attemptId: string): void {
  void Taro.navigateTo({ url: withAttempt(QUIZ_CERTIFICATE_PAGE, attemptId) })
}

export function openQuizTab(): void {
  void Taro.switchTab({ url: QUIZ_TAB })
}

// The organisers' workspace (packages/workspace).
export const WORKSPACE_HOME_PAGE = '/packages/workspace/home/index'
export const WORKSPACE_BIND_PAGE = '/packages/workspace/bind/index'
export const WORKSPACE_MEMBERS_PAGE = '/packages/workspace/members/index'
export const WORKSPACE_AUDIT_PAGE = '/packages/workspace/audit/index'
export const WORKSPACE_EVENTS_PAGE = '/packages/workspace/events/index'
export const WORKSPACE_CHECKIN_PAGE = '/packages/workspace/checkin/index'
export const WORKSPACE_REGISTRATIONS_PAGE = '/packages/workspace/registrations/index'

/** What the workspace's event list is opened for: the desk each event leads to. */
export type DeskPurpose = 'checkin' | 'registrations'

export function openWorkspaceBind(): void {
  void Taro.navigateTo({ url: WORKSPACE_BIND_PAGE })
}

/** After binding: back to the workspace home, or onto it when the bind page was opened alone. */
export function returnToWorkspace(): void {
  void Taro.navigateBack().catch(() => Taro.redirectTo({ url: WORKSPACE_HOME_PAGE }))
}

export function openWorkspaceMembers(): void {
  void Taro.navigateTo({ url: WORKSPACE_MEMBERS_PAGE })
}

export function openWorkspaceAudit(): void {
  void Taro.navigateTo({ url: WORKSPACE_AUDIT_PAGE })
}

export function openWorkspaceEvents(purpose: DeskPurpose): void {
  void Taro.navigateTo({ url: `${WORKSPACE_EVENTS_PAGE}?for=${purpose}` })
}

export function openCheckinDesk(eventId: string): void {
  void Taro.navigateTo({ url: `${WORKSPACE_CHECKIN_PAGE}?id=${encodeURIComponent(eventId)}` })
}

export function openRegistrationDesk(eventId: string): void {
  void Taro.navigateTo({
    url: `${WORKSPACE_REGISTRATIONS_PAGE}?id=${encodeURIComponent(eventId)}`,
  })
}

/** The workspace event list's `?for=`: check-in unless registrations are asked for. */
export function deskPurposeFrom(params: PageParams): DeskPurpose {
  return queryValue(params, 'for') === 'registrations' ? 'registrations' : 'checkin'
}

// Filings, their review and the week at a glance (packages/workspace).
export const WORKSPACE_FILINGS_PAGE = '/packages/workspace/filings/index'
export const WORKSPACE_REVIEW_PAGE = '/packages/workspace/review/index'
export const WORKSPACE_DASHBOARD_PAGE = '/packages/workspace/dashboard/index'

/** A unit's filings; without one, a unit editor's own unit (the office chooses one there). */
export function openWorkspaceFilings(unitId?: string): void {
  const query = unitId ? `?unit=${encodeURIComponent(unitId)}` : ''
  void Taro.navigateTo({ url: `${WORKSPACE_FILINGS_PAGE}${query}` })
}

export function openWorkspaceReview(): void {
  void Taro.navigateTo({ url: WORKSPACE_REVIEW_PAGE })
}

export function openWorkspaceDashboard(): void {
  void Taro.navigateTo({ url: WORKSPACE_DASHBOARD_PAGE })
}

/** The filings page's `?unit=`. */
export function unitIdFrom(params: PageParams): string {
  return queryValue(params, 'unit')
}

// Event management and going live (packages/workspace).
export const WORKSPACE_MANAGE_EVENTS_PAGE = '/packages/workspace/manage-events/index'
export const WORKSPACE_EVENT_EDIT_PAGE = '/packages/workspace/event-edit/index'
export const WORKSPACE_SETUP_PAGE = '/packages/workspace/setup/index'

export function openManageEvents(): void {
  void Taro.navigateTo({ url: WORKSPACE_MANAGE_EVENTS_PAGE })
}

/** An event's form; without an id, a new event's. */
export function openEventEditor(eventId?: string): void {
  const query = eventId ? `?id=${encodeURIComponent(eventId)}` : ''
  void Taro.navigateTo({ url: `${WORKSPACE_EVENT_EDIT_PAGE}${query}` })
}

export function openWorkspaceSetup(): void {
  void Taro.navigateTo({ url: WORKSPACE_SETUP_PAGE })
}
