// Invites made so far: for whom, whether still usable, who used them. Codes are never listed:
// the server keeps only their digest.
import { Button, Text, View } from '@tarojs/components'
import type { InviteView } from '@/contracts/organisers'
import { INVITE_STATUS, formatInstant } from '../display'

export interface InviteListProps {
  invites: InviteView[]
  onRevoke: (invite: InviteView) => void
}

export function InviteList({ invites, onRevoke }: InviteListProps) {
  if (invites.length === 0) {
    return <Text className="workspace__note">还没有创建过邀请码。</Text>
  }
  return (
    <View className="members__list" role="list" ariaLabel="邀请码">
      {invites.map((invite) => {
        const status = INVITE_STATUS[invite.status]
        return (
          <View
            key={invite.inviteId}
            className="workspace__card"
            role="listitem"
            ariaLabel={`${invite.roleText}，${status.label}`}
          >
            <View className="workspace__row-head">
              <Text className="workspace__text">{invite.roleText}</Text>
              <Text className={`workspace__status workspace__status--${status.tone}`}>
                {status.label}
              </Text>
            </View>
            {invite.note && <Text className="workspace__note">备注：{invite.note}</Text>}
            {invite.usedByName && (
              <Text className="workspace__note">使用人：{invite.usedByName}</Text>
            )}
            <Text className="workspace__note">
              创建于 {formatInstant(invite.createdAt)}
              {invite.status === 'open' ? `，${formatInstant(invite.expiresAt)} 前有效` : ''}
            </Text>
            {invite.status === 'open' && (
              <View className="workspace__inline-actions">
                <Button
                  className="workspace__action workspace__action--small workspace__action--danger"
                  onClick={() => onRevoke(invite)}
                >
                  撤销邀请码
                </Button>
              </View>
            )}
          </View>
        )
      })}
    </View>
  )
}
