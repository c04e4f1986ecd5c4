// The steps of an event's review in the organisers' workspace (statuses in event.ts): who may take
// which step, from which status. The eventAdmin function decides with these; the app uses them
// only to offer what would be allowed.
import type { EventStatus } from './event'
import {
  canAdminister,
  canManageEvent,
  type OrganiserRole,
  type OwnedEvent,
} from './organiser-roles'

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  draft: '草稿',
  'in-review': '待审核',
  returned: '已退回',
  published: '已发布',
  cancelled: '已取消',
}

export type EventAdminAction = 'edit' | 'submit' | 'publish' | 'return' | 'unpublish' | 'cancel'

const ACTION_LABELS: Record<EventAdminAction, string> = {
  edit: '修改',
  submit: '提交审核',
  publish: '发布',
  return: '退回',
  unpublish: '撤回发布',
  cancel: '取消',
}

/** The statuses each step starts from. */
const STARTS_FROM: Record<EventAdminAction, readonly EventStatus[]> = {
  edit: ['draft', 'in-review', 'returned', 'published'],
  submit: ['draft', 'returned'],
  publish: ['draft', 'in-review', 'returned'],
  return: ['in-review'],
  unpublish: ['published'],
  cancel: ['draft', 'in-review', 'returned', 'published'],
}

const OFFICE_ACTIONS: readonly EventAdminAction[] = ['publish', 'return', 'unpublish', 'cancel']

/** Who works on events at all: the office and unit editors, never check-in staff. */
export const canEditEvents = (role: OrganiserRole) =>
  canAdminister(role) || role.kind === 'unit-editor'

/** Whether the role may take the step on this event, whatever its status. */
export function mayTake(role: OrganiserRole, event: OwnedEvent, action: EventAdminAction): boolean {
  return canManageEvent(role, event) && (!OFFICE_ACTIONS.includes(action) || canAdminister(role))
}

/** Why the step cannot be taken in this status, or undefined when it can. */
export function statusProblem(
  role: OrganiserRole,
  status: EventStatus,
  action: EventAdminAction,
): string | undefined {
  // While the office reviews, what it reviews stays put.
  if (action === 'edit' && status === 'in-review' && !canAdminister(role)) {
    return '活动正在由组委会办公室审核，审核完成或退回后才能修改'
  }
  if (STARTS_FROM[action].includes(status)) return undefined
  return `活动当前为“${EVENT_STATUS_LABELS[status]}”，不能${ACTION_LABELS[action]}`
}

/** The steps the role may take on the event now: what the app offers. */
export function availableActions(
  role: OrganiserRole,
  event: OwnedEvent & { status: EventStatus },
): EventAdminAction[] {
  return (Object.keys(STARTS_FROM) as EventAdminAction[]).filter(
    (action) => mayTake(role, event, action) && !statusProblem(role, event.status, action),
  )
}
