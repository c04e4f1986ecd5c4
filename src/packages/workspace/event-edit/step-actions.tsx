// The buttons the event's status and the caller's role allow (the server's `actions`), and the
// reason form of the office's steps that need one.
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { EventStatus } from '@/domain/event'
import type { EventAdminAction } from '@/domain/event-workflow'
import { ReasonForm } from './reason-form'
import { STEP_LABELS } from './steps'
import type { EventEditor, ReasonStep } from './use-event-editor'

const REASON_STEPS: readonly EventAdminAction[] = ['return', 'unpublish', 'cancel']
/** Left to right, top to bottom: moving the event on, saving, then sending it back or ending it. */
const ORDER: readonly EventAdminAction[] = ['publish', 'submit', 'edit', ...REASON_STEPS]

export interface StepActionsProps {
  editor: EventEditor
  actions: readonly EventAdminAction[]
  /** Registrations that still count, told of a cancellation. */
  registrants: number
}

function warningFor(step: ReasonStep, status: EventStatus | undefined, registrants: number) {
  switch (step) {
    case 'return':
      return '活动退回成员单位修改，修改后可再次提交审核。'
    case 'unpublish':
      return '撤回后公众看不到这个活动，活动退回成员单位修改。已有人报名的活动不能撤回，只能取消。'
    case 'cancel':
      return status === 'published'
        ? `取消后不能恢复。活动的报名人${registrants > 0 ? `（${registrants} 份报名）` : ''}会收到取消通知，通知中包含取消原因。`
        : '取消后不能恢复。活动尚未发布，没有报名人需要通知。'
  }
}

export function StepActions({ editor, actions, registrants }: StepActionsProps) {
  const [reasonStep, setReasonStep] = useState<ReasonStep>()
  const status = editor.saved?.status
  const shown = ORDER.filter((action) => actions.includes(action))
  // 发布 and 提交审核 take the form along: the first of them is the page's main step.
  const advancing = shown.filter((action) => action === 'publish' || action === 'submit')
  const primary = advancing[0]

  if (reasonStep) {
    const unsaved = editor.changed ? '表单中未保存的修改不会保存。' : ''
    return (
      <ReasonForm
        step={reasonStep}
        warning={warningFor(reasonStep, status, registrants) + unsaved}
        busy={editor.busy === reasonStep}
        onConfirm={(reason) =>
          void editor.decide(reasonStep, reason).then((taken) => taken && setReasonStep(undefined))
        }
        onCancel={() => setReasonStep(undefined)}
      />
    )
  }
  const label = (action: EventAdminAction) => {
    if (editor.busy === action) return '正在处理…'
    if (action !== 'edit') return STEP_LABELS[action]
    return !status || status === 'draft' || status === 'returned' ? '保存草稿' : '保存修改'
  }
  const tap = (action: EventAdminAction) => {
    if (action === 'edit') void editor.save()
    else if (action === 'submit' || action === 'publish') void editor.advance(action)
    else setReasonStep(action)
  }
  if (shown.length === 0) return null
  return (
    <View className="workspace__actions" role="group" ariaLabel="操作">
      {shown.map((action) => {
        const kind =
          action === primary || (!primary && action === 'edit')
            ? ' workspace__action--primary'
            : action === 'cancel'
              ? ' workspace__action--danger'
              : ''
        return (
          <Button
            key={action}
            className={`workspace__action${kind}${editor.busy ? ' workspace__action--disabled' : ''}`}
            aria-disabled={editor.busy ? 'true' : 'false'}
            onClick={() => tap(action)}
          >
            {label(action)}
          </Button>
        )
      })}
      {advancing.length > 0 && editor.changed && (
        <Text className="workspace__note">
          {advancing.map((action) => STEP_LABELS[action]).join('或')}时，会先保存表单中的修改。
        </Text>
      )}
    </View>
  )
}
