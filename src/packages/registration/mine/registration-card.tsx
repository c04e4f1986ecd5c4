// One registration: the session, its status in words, the details given (masked as the server
// sent them), and cancel, fewer attendees or the ticket while they apply.
import { Button, Picker, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { FactRow } from '@/components/fact-row'
import type { CloudResult } from '@/contracts'
import type { MyRegistration, RegistrationView } from '@/contracts/registrations'
import { describeWhen } from '@/domain/event'
import { CANCELLABLE, TICKETED } from '@/domain/seats'
import { callCloud } from '@/services/cloud'
import { STATUS_TONES, formatInstant, statusText } from '../display'
import { openTicket } from '@/services/navigation'

export interface RegistrationCardProps {
  item: MyRegistration
  /** After a change went through: the list is asked for again. */
  onChanged: () => Promise<unknown>
}

export function RegistrationCard({ item, onChanged }: RegistrationCardProps) {
  const [busy, setBusy] = useState(false)

  const change = async (ask: () => Promise<CloudResult<RegistrationView>>, done: string) => {
    setBusy(true)
    const answer = await ask()
    if (answer.ok) {
      void Taro.showToast({ title: done, icon: 'success' })
      await onChanged()
    } else {
      void Taro.showModal({ title: '没能完成', content: answer.error.message, showCancel: false })
    }
    setBusy(false)
  }

  const cancel = async () => {
    if (busy) return
    const { confirm } = await Taro.showModal({
      title: '取消报名',
      content: `确定取消“${item.eventTitle}”的报名吗？${
        item.status === 'waitlisted' ? '' : '取消后名额会按顺序让给候补的企业。'
      }`,
      confirmText: '取消报名',
      cancelText: '暂不取消',
      confirmColor: '#b42318', // --ipw-color-danger: this undoes the registration
    })
    if (confirm) {
      await change(() => callCloud('registrations', 'cancel', { eventId: item.eventId }), '已取消')
    }
  }

  const reduceTo = (attendees: number) =>
    change(
      () => callCloud('registrations', 'update', { eventId: item.eventId, attendees }),
      `已改为 ${attendees} 人`,
    )

  // Fewer people only: to add some, cancel and register again.
  const smaller = Array.from({ length: item.attendees - 1 }, (_, i) => i + 1)
  const details: Array<[string, string | undefined]> = [
    ['企业', item.companyName],
    ['信用代码', item.creditCode],
    ['联系人', item.contactName],
    ['手机号', item.phone],
    ['参会人数', `${item.attendees} 人`],
    ['签到时间', item.checkedInAt && formatInstant(item.checkedInAt)],
  ]

  // A cancelled session admits nobody: no ticket to show.
  const ticketed = TICKETED.includes(item.status) && !item.eventCancelled

  return (
    <View className="registration__card" role="listitem" ariaLabel={item.eventTitle}>
      {/* A called-off session: what the registration was matters no more than that. */}
      <Text
        className={`registration__status registration__status--${item.eventCancelled ? 'muted' : STATUS_TONES[item.status]}`}
      >
        {item.eventCancelled ? '活动已取消' : statusText(item)}
      </Text>
      <Text className="registration__heading">{item.eventTitle}</Text>
      {item.eventDay && (
        <Text className="registration__note">
          {describeWhen({ day: item.eventDay, startAt: item.eventStartAt, endAt: item.eventEndAt })}
        </Text>
      )}
      {item.place && <Text className="registration__note">{item.place.name}</Text>}
      {item.eventCancelled && (
        <View className="registration__alert" role="alert">
          <Text>
            {item.eventCancelled.reason
              ? `主办单位已取消本活动：${item.eventCancelled.reason}`
              : '主办单位已取消本活动'}
          </Text>
        </View>
      )}

      <View className="my-registrations__facts">
        {details
          .filter((entry): entry is [string, string] => Boolean(entry[1]))
          .map(([label, value]) => (
            <FactRow key={label} label={label}>
              <Text>{value}</Text>
            </FactRow>
          ))}
      </View>

      <StatusNotes item={item} />

      {(ticketed || item.changeable) && (
        <View className="registration__actions">
          {ticketed && (
            <Button
              className="registration__action registration__action--primary"
              onClick={() => openTicket(item.eventId)}
            >
              查看入场凭证
            </Button>
          )}
          {item.changeable && smaller.length > 0 && (
            <Picker
              mode="selector"
              range={smaller.map((n) => `${n} 人`)}
              disabled={busy}
              onChange={(event) => void reduceTo(smaller[Number(event.detail.value)])}
            >
              <View className="registration__action" role="button" ariaLabel="减少参会人数">
                <Text>减少人数</Text>
              </View>
            </Picker>
          )}
          {item.changeable && (
            <Button
              className={`registration__action${busy ? ' registration__action--disabled' : ''}`}
              aria-disabled={busy ? 'true' : 'false'}
              onClick={() => void cancel()}
            >
              取消报名
            </Button>
          )}
        </View>
      )}
    </View>
  )
}

/** What the status means for them now, and until when it can still be changed. */
function StatusNotes({ item }: { item: MyRegistration }) {
  const notes: string[] = []
  if (item.eventCancelled) return null
  if (item.status === 'waitlisted') {
    notes.push('有人取消或减少人数时，空出的名额按候补顺序依次递补，轮到你时会通知你。')
  }
  if (item.status === 'pending') notes.push('名额已为你保留，请等待主办单位审核。')
  if (item.status === 'rejected' && item.rejectReason) {
    notes.push(`未通过原因：${item.rejectReason}`)
  }
  if (CANCELLABLE.includes(item.status)) {
    if (!item.changeable) notes.push('已过取消截止时间；如需变更，请联系主办单位。')
    else if (item.cancelUntil) {
      notes.push(`${formatInstant(item.cancelUntil)} 前可以取消报名或减少人数。`)
    }
  }
  return (
    <>
      {notes.map((note) => (
        <Text key={note} className="registration__note">
          {note}
        </Text>
      ))}
    </>
  )
}
