// How the workspace words an event's review steps and shows its status; the event list and the
// editor both use these.
import type { EventStatus } from '@/domain/event'
import type { EventAdminAction } from '@/domain/event-workflow'
import type { Tone } from '../display'

export const STEP_LABELS: Record<EventAdminAction, string> = {
  edit: '修改',
  submit: '提交审核',
  publish: '发布',
  return: '退回',
  unpublish: '撤回发布',
  cancel: '取消活动',
}

export const STATUS_TONES: Record<EventStatus, Tone> = {
  draft: 'muted',
  'in-review': 'waiting',
  returned: 'danger',
  published: 'success',
  cancelled: 'muted',
}

/** What the office's reason means on each status that keeps one. */
export const REASON_LABELS: Partial<Record<EventStatus, string>> = {
  returned: '退回原因',
  cancelled: '取消原因',
}
