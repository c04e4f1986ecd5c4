// Why a report goes back to its unit: the unit reads this reason, so one is required.
import { Button, View } from '@tarojs/components'
import { useState } from 'react'
import { RETURN_REASON_LENGTH } from '@/domain/filings'
import { lengthProblem } from '@/domain/text-input'
import { TextField } from '../text-field'

export interface ReturnFormProps {
  reportId: string
  busy: boolean
  onReturn: (reason: string) => void
  onCancel: () => void
}

export function ReturnForm({ reportId, busy, onReturn, onCancel }: ReturnFormProps) {
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string>()

  const submit = () => {
    if (busy) return
    const found = lengthProblem('退回原因', reason.trim(), RETURN_REASON_LENGTH)
    setProblem(found)
    if (!found) onReturn(reason.trim())
  }

  return (
    <View className="return-form" role="form" ariaLabel="退回活动信息">
      <TextField
        id={`return-${reportId}`}
        label="退回原因（报送单位会看到）"
        multiline
        value={reason}
        maxlength={RETURN_REASON_LENGTH.max}
        placeholder="如 请补充活动现场照片"
        error={problem}
        onChange={setReason}
      />
      <View className="workspace__inline-actions">
        <Button
          className={`workspace__action workspace__action--small workspace__action--danger${busy ? ' workspace__action--disabled' : ''}`}
          aria-disabled={busy ? 'true' : 'false'}
          onClick={submit}
        >
          确认退回
        </Button>
        <Button className="workspace__action workspace__action--small" onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  )
}
