// Why a registration is turned down: the registrant reads this reason, so one is required.
import { Button, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { countChars } from '@/domain/text-input'
import { REJECT_REASON_MAX, REJECT_REASON_MIN } from '@/domain/request-limits'

export interface RejectFormProps {
  registrationId: string
  busy: boolean
  /** The server's refusal of the last try. */
  problem?: string
  onReject: (reason: string) => void
  onCancel: () => void
}

export function RejectForm({ registrationId, busy, problem, onReject, onCancel }: RejectFormProps) {
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState(false)
  const labelId = `reject-${registrationId}-label`

  const submit = () => {
    if (busy) return
    const trimmed = reason.trim()
    const short = countChars(trimmed, REJECT_REASON_MAX) < REJECT_REASON_MIN
    setMissing(short)
    if (!short) onReject(trimmed)
  }

  const shown = missing ? `请填写拒绝原因（至少 ${REJECT_REASON_MIN} 个字），报名人会看到` : problem
  return (
    <View className="reject-form" role="form" ariaLabel="拒绝报名">
      <Text className="workspace__field__label" id={labelId}>
        拒绝原因（报名人会看到）
      </Text>
      <Textarea
        className={`workspace__textarea${shown ? ' workspace__textarea--invalid' : ''}`}
        value={reason}
        maxlength={REJECT_REASON_MAX}
        autoHeight
        placeholder="如 本场仅面向跨境电商企业"
        placeholderClass="workspace__placeholder"
        nativeProps={{ 'aria-labelledby': labelId }}
        onInput={(event) => setReason(event.detail.value)}
      />
      {shown && (
        <View className="workspace__error" role="alert">
          <Text>{shown}</Text>
        </View>
      )}
      <View className="workspace__inline-actions">
        <Button
          className={`workspace__action workspace__action--small workspace__action--danger${busy ? ' workspace__action--disabled' : ''}`}
          aria-disabled={busy ? 'true' : 'false'}
          onClick={submit}
        >
          确认拒绝
        </Button>
        <Button className="workspace__action workspace__action--small" onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  )
}
