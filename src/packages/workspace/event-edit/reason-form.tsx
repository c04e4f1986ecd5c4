// The office's reason for returning, taking down or cancelling an event: the unit reads it, and
// a cancellation's registrants read it in their notice.
import { Button, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { REASON_LENGTH, reasonProblem } from '@/domain/event-edit'
import type { ReasonStep } from './use-event-editor'

interface StepWording {
  title: string
  label: string
  placeholder: string
  confirm: string
}

const WORDING: Record<ReasonStep, StepWording> = {
  return: {
    title: '退回活动',
    label: '退回原因（成员单位会看到）',
    placeholder: '如 请补充活动议程和主讲人',
    confirm: '确认退回',
  },
  unpublish: {
    title: '撤回发布',
    label: '撤回原因（成员单位会看到）',
    placeholder: '如 活动时间待重新确定',
    confirm: '确认撤回发布',
  },
  cancel: {
    title: '取消活动',
    label: '取消原因（成员单位和报名人会看到）',
    placeholder: '如 因天气原因取消',
    confirm: '确认取消活动',
  },
}

export interface ReasonFormProps {
  step: ReasonStep
  /** What taking the step means, shown as a warning above the reason. */
  warning: string
  busy: boolean
  onConfirm: (reason: string) => void
  onCancel: () => void
}

export function ReasonForm({ step, warning, busy, onConfirm, onCancel }: ReasonFormProps) {
  const wording = WORDING[step]
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string>()

  const confirm = () => {
    if (busy) return
    const found = reasonProblem(reason)
    setProblem(found)
    if (!found) onConfirm(reason.trim())
  }

  return (
    <View className="workspace__card" role="form" ariaLabel={wording.title}>
      <Text className="workspace__heading">{wording.title}</Text>
      <View className="workspace__warning" role="note">
        <Text>{warning}</Text>
      </View>
      <View className="workspace__field">
        <Text className="workspace__field__label">{wording.label}</Text>
        <Textarea
          className={`workspace__textarea${problem ? ' workspace__textarea--invalid' : ''}`}
          value={reason}
          maxlength={REASON_LENGTH.max}
          autoHeight
          placeholder={wording.placeholder}
          placeholderClass="workspace__placeholder"
          ariaLabel={wording.label}
          nativeProps={{ 'aria-label': wording.label }}
          onInput={(event) => setReason(event.detail.value)}
        />
        {problem && (
          <View className="workspace__error" role="alert">
            <Text>{problem}</Text>
          </View>
        )}
      </View>
      <View className="workspace__inline-actions">
        <Button
          className={`workspace__action workspace__action--small workspace__action--danger${busy ? ' workspace__action--disabled' : ''}`}
          aria-disabled={busy ? 'true' : 'false'}
          onClick={confirm}
        >
          {busy ? '正在处理…' : wording.confirm}
        </Button>
        <Button className="workspace__action workspace__action--small" onClick={onCancel}>
          返回
        </Button>
      </View>
    </View>
  )
}
