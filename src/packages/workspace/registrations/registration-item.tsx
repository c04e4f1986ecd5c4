// One registration at the desk: who (name masked, contacts masked by the server), how many, its
// status, and the decision it waits for: approve a pending one, reject a pending or waiting one.
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { DeskRegistration } from '@/contracts/attendance'
import { callCloud } from '@/services/cloud'
import { maskPersonName } from '@/domain/person-name'
import { DESK_STATUS, formatInstant } from '../display'
import { RejectForm } from './reject-form'

export interface RegistrationItemProps {
  registration: DeskRegistration
  /** After a decision went through, with the registration as it is now. */
  onDecided: (registration: DeskRegistration) => void
}

export function RegistrationItem({ registration, onDecided }: RegistrationItemProps) {
  const [rejecting, setRejecting] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string>()
  const status = DESK_STATUS[registration.status]
  const name = maskPersonName(registration.contactName)
  const { registrationId } = registration

  const decide = async (reason?: string) => {
    if (busy) return
    setBusy(true)
    const result = await callCloud(
      'attendance',
      'decide',
      reason === undefined
        ? { registrationId, decision: 'approve' }
        : { registrationId, decision: 'reject', reason },
    )
    setBusy(false)
    if (!result.ok) {
      setProblem(result.error.message)
      return
    }
    setProblem(undefined)
    setRejecting(false)
    void Taro.showToast({ title: reason === undefined ? '已通过' : '已拒绝', icon: 'success' })
    onDecided(result.data)
  }

  const facts: Array<[string, string | undefined]> = [
    ['联系人', name || undefined],
    ['手机号', registration.phone],
    ['信用代码', registration.creditCode],
    ['参会人数', `${registration.attendees} 人`],
    ['报名时间', registration.createdAt && formatInstant(registration.createdAt)],
    [
      '签到',
      registration.checkedInAt &&
        `${formatInstant(registration.checkedInAt)}${registration.checkedInByName ? `（${registration.checkedInByName}）` : ''}`,
    ],
    ['未通过原因', registration.rejectReason],
  ]
  const mayApprove = registration.status === 'pending'
  const mayReject = mayApprove || registration.status === 'waitlisted'

  return (
    <View className="workspace__card" role="listitem" ariaLabel={registration.companyName ?? name}>
      <View className="workspace__row-head">
        <Text className="workspace__heading">{registration.companyName ?? name}</Text>
        <Text className={`workspace__status workspace__status--${status.tone}`}>
          {status.label}
        </Text>
      </View>
      {registration.walkIn && <Text className="workspace__note">现场加入，未提前报名</Text>}
      <View className="desk-item__facts">
        {facts
          .filter((fact): fact is [string, string] => Boolean(fact[1]))
          .map(([label, value]) => (
            <View key={label} className="desk-item__fact">
              <Text className="desk-item__label">{label}</Text>
              <Text className="desk-item__value">{value}</Text>
            </View>
          ))}
      </View>
      {problem && !rejecting && (
        <View className="workspace__error" role="alert">
          <Text>{problem}</Text>
        </View>
      )}
      {rejecting ? (
        <RejectForm
          registrationId={registrationId}
          busy={busy}
          problem={problem}
          onReject={(reason) => void decide(reason)}
          onCancel={() => {
            setRejecting(false)
            setProblem(undefined)
          }}
        />
      ) : (
        mayReject && (
          <View className="workspace__inline-actions">
            {mayApprove && (
              <Button
                className={`workspace__action workspace__action--small workspace__action--primary${busy ? ' workspace__action--disabled' : ''}`}
                aria-disabled={busy ? 'true' : 'false'}
                onClick={() => void decide()}
              >
                通过
              </Button>
            )}
            <Button
              className="workspace__action workspace__action--small workspace__action--danger"
              onClick={() => {
                setProblem(undefined)
                setRejecting(true)
              }}
            >
              拒绝
            </Button>
          </View>
        )
      )}
    </View>
  )
}
