// 新建邀请码: the role the code grants (a unit, check-in at chosen events, or the office itself)
// and a note for the office's own records.
import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { InviteView } from '@/contracts/organisers'
import { hostUnits } from '@/domain/calendar-filters'
import { ROLE_NAMES, type OrganiserRole, type RoleKind } from '@/domain/organiser-roles'
import { callCloud } from '@/services/cloud'
import { useCloudQuery } from '@/services/use-cloud-query'
import { UnitPicker, LoadState } from '../shared-components'
import { eventsTakingRegistrations } from '../desk-events'
import { INVITE_NOTE_MAX, STAFF_EVENTS_MAX } from '@/domain/request-limits'
import { StaffEvents } from './staff-events'
import { ProblemAlert } from '../problem-alert'

const KINDS: RoleKind[] = ['unit-editor', 'checkin-staff', 'office-admin']

const KIND_HINTS: Record<RoleKind, string> = {
  'unit-editor': '管理本单位主办活动的报名，并在这些活动现场签到。',
  'checkin-staff': '只能在选定的活动现场签到，看不到完整的报名信息。',
  'office-admin':
    '拥有全部权限，包括邀请和撤销成员、查看操作记录。请只发给组委会办公室的工作人员。',
}

export interface InviteFormProps {
  onCreated: (created: { invite: InviteView; code: string }) => void
  onCancel: () => void
}

export function InviteForm({ onCreated, onCancel }: InviteFormProps) {
  const [kind, setKind] = useState<RoleKind>()
  const [unitId, setUnitId] = useState<string>()
  const [eventIds, setEventIds] = useState<string[]>([])
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState<string>()
  const [busy, setBusy] = useState(false)
  const campaign = useCloudQuery('campaign.get', () => callCloud('campaign', 'get', {}))
  const events = useCloudQuery(
    'workspace.events',
    eventsTakingRegistrations,
    kind === 'checkin-staff',
  )

  const role = (): OrganiserRole | string => {
    if (kind === 'office-admin') return { kind }
    if (kind === 'unit-editor') return unitId ? { kind, unitId } : '请选择成员单位'
    if (kind === 'checkin-staff') {
      if (eventIds.length === 0) return '请至少选择一场活动'
      if (eventIds.length > STAFF_EVENTS_MAX) return `最多选择 ${STAFF_EVENTS_MAX} 场活动`
      return { kind, eventIds }
    }
    return '请选择角色'
  }

  const create = async () => {
    if (busy) return
    const chosen = role()
    if (typeof chosen === 'string') {
      setProblem(chosen)
      return
    }
    setProblem(undefined)
    setBusy(true)
    const trimmed = note.trim()
    const result = await callCloud('organisers', 'createInvite', {
      role: chosen,
      ...(trimmed ? { note: trimmed } : {}),
    })
    setBusy(false)
    if (result.ok) onCreated(result.data)
    else setProblem(result.error.message)
  }

  return (
    <View className="workspace__card" role="form" ariaLabel="新建邀请码">
      <Text className="workspace__heading">新建邀请码</Text>

      <View className="workspace__field" role="radiogroup" ariaLabel="角色">
        <Text className="workspace__field__label">角色</Text>
        <View className="invite-form__kinds">
          {KINDS.map((option) => (
            <View
              key={option}
              className={`invite-form__kind${kind === option ? ' invite-form__kind--selected' : ''}`}
              role="radio"
              aria-checked={kind === option ? 'true' : 'false'}
              ariaLabel={ROLE_NAMES[option]}
              onClick={() => setKind(option)}
            >
              <Text>{ROLE_NAMES[option]}</Text>
            </View>
          ))}
        </View>
        {kind && (
          <View className={kind === 'office-admin' ? 'workspace__warning' : 'workspace__note'}>
            <Text>{KIND_HINTS[kind]}</Text>
          </View>
        )}
      </View>

      {kind === 'unit-editor' &&
        (campaign.state.status === 'ready' ? (
          <UnitPicker
            label="成员单位"
            allLabel="请选择"
            units={hostUnits(campaign.state.data.campaign.committee)}
            value={unitId}
            onChange={setUnitId}
          />
        ) : (
          <LoadState
            error={campaign.state.status === 'failed' ? campaign.state.error : undefined}
            onRetry={() => void campaign.retry()}
          />
        ))}

      {kind === 'checkin-staff' && (
        <View className="workspace__field">
          <Text className="workspace__field__label">签到的活动</Text>
          {events.state.status === 'ready' ? (
            <StaffEvents events={events.state.data} chosen={eventIds} onChange={setEventIds} />
          ) : (
            <LoadState
              error={events.state.status === 'failed' ? events.state.error : undefined}
              onRetry={() => void events.retry()}
            />
          )}
        </View>
      )}

      <View className="workspace__field">
        <Text className="workspace__field__label" id="invite-note-label">
          备注<Text className="workspace__optional">（选填，仅办公室可见）</Text>
        </Text>
        <Input
          className="workspace__input"
          value={note}
          placeholder="如 市教育局 李老师"
          placeholderClass="workspace__placeholder"
          maxlength={INVITE_NOTE_MAX}
          ariaLabel="备注"
          nativeProps={{ 'aria-labelledby': 'invite-note-label' }}
          onInput={(event) => setNote(event.detail.value)}
        />
      </View>

      <ProblemAlert message={problem} />

      <View className="workspace__actions">
        <Button
          className={`workspace__action workspace__action--primary${busy ? ' workspace__action--disabled' : ''}`}
          aria-disabled={busy ? 'true' : 'false'}
          onClick={() => void create()}
        >
          {busy ? '正在创建…' : '创建邀请码'}
        </Button>
        <Button className="workspace__action" onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  )
}
