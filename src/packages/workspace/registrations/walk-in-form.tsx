// 现场加入: someone who came without registering, checked in at once if seats are free.
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { callCloud } from '@/services/cloud'
import { COMPANY_NAME_MAX, PERSON_NAME_MAX, WALK_IN_ATTENDEES_MAX } from '@/domain/request-limits'
import { ProblemAlert } from '../problem-alert'

export interface WalkInFormProps {
  eventId: string
  onAdded: () => void
  onCancel: () => void
}

export function WalkInForm({ eventId, onAdded, onCancel }: WalkInFormProps) {
  const [contactName, setContactName] = useState('')
  const [companyName, setCompanyName] = useState('')
  const [attendees, setAttendees] = useState(1)
  const [nameMissing, setNameMissing] = useState(false)
  const [problem, setProblem] = useState<string>()
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    if (busy) return
    const name = contactName.trim()
    setNameMissing(!name)
    if (!name) return
    setBusy(true)
    const company = companyName.trim()
    const result = await callCloud('attendance', 'walkIn', {
      eventId,
      contactName: name,
      ...(company ? { companyName: company } : {}),
      attendees,
    })
    setBusy(false)
    if (!result.ok) {
      setProblem(result.error.message)
      return
    }
    void Taro.showToast({ title: '已加入并签到', icon: 'success' })
    onAdded()
  }

  return (
    <View className="workspace__card" role="form" ariaLabel="现场加入">
      <Text className="workspace__heading">现场加入</Text>
      <Text className="workspace__note">未报名、到现场参加的人：登记后直接签到，占用名额。</Text>

      <View className="workspace__field">
        <Text className="workspace__field__label" id="walk-in-name-label">
          姓名
        </Text>
        <Input
          className={`workspace__input${nameMissing ? ' workspace__input--invalid' : ''}`}
          value={contactName}
          maxlength={PERSON_NAME_MAX}
          ariaLabel="姓名"
          nativeProps={{ 'aria-labelledby': 'walk-in-name-label' }}
          onInput={(event) => setContactName(event.detail.value)}
        />
        {nameMissing && <Text className="workspace__error">请填写姓名</Text>}
      </View>

      <View className="workspace__field">
        <Text className="workspace__field__label" id="walk-in-company-label">
          单位<Text className="workspace__optional">（选填）</Text>
        </Text>
        <Input
          className="workspace__input"
          value={companyName}
          maxlength={COMPANY_NAME_MAX}
          ariaLabel="单位"
          nativeProps={{ 'aria-labelledby': 'walk-in-company-label' }}
          onInput={(event) => setCompanyName(event.detail.value)}
        />
      </View>

      <View className="workspace__field">
        <Text className="workspace__field__label">人数</Text>
        <View className="walk-in__stepper">
          <Button
            className="walk-in__step"
            ariaLabel="减少人数"
            onClick={() => setAttendees((n) => Math.max(1, n - 1))}
          >
            −
          </Button>
          <View className="walk-in__count" role="status">
            <Text>{attendees} 人</Text>
          </View>
          <Button
            className="walk-in__step"
            ariaLabel="增加人数"
            onClick={() => setAttendees((n) => Math.min(WALK_IN_ATTENDEES_MAX, n + 1))}
          >
            +
          </Button>
        </View>
      </View>

      <ProblemAlert message={problem} />
      <View className="workspace__actions">
        <Button
          className={`workspace__action workspace__action--primary${busy ? ' workspace__action--disabled' : ''}`}
          aria-disabled={busy ? 'true' : 'false'}
          onClick={() => void submit()}
        >
          {busy ? '正在登记…' : '登记并签到'}
        </Button>
        <Button className="workspace__action" onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  )
}
