// The organisers bound so far, with their role, and the office's way to revoke one.
import { Button, Text, View } from '@tarojs/components'
import type { MemberView } from '@/contracts/organisers'
import { formatInstant } from '../display'

export interface MemberListProps {
  members: MemberView[]
  onRevoke: (member: MemberView) => void
}

export function MemberList({ members, onRevoke }: MemberListProps) {
  if (members.length === 0) {
    return <Text className="workspace__note">还没有成员。</Text>
  }
  return (
    <View className="members__list" role="list" ariaLabel="成员">
      {members.map((member) => (
        <View
          key={member.memberId}
          className="workspace__card"
          role="listitem"
          ariaLabel={member.name}
        >
          <View className="workspace__row-head">
            <Text className="workspace__heading">
              {member.name}
              {member.isCaller ? '（你）' : ''}
            </Text>
            <Text
              className={`workspace__status workspace__status--${member.revoked ? 'muted' : 'success'}`}
            >
              {member.revoked ? '已撤销' : '有效'}
            </Text>
          </View>
          <Text className="workspace__text">{member.roleText}</Text>
          <Text className="workspace__note">绑定于 {formatInstant(member.boundAt)}</Text>
          {!member.revoked && !member.isCaller && (
            <View className="workspace__inline-actions">
              <Button
                className="workspace__action workspace__action--small workspace__action--danger"
                onClick={() => onRevoke(member)}
              >
                撤销权限
              </Button>
            </View>
          )}
        </View>
      ))}
    </View>
  )
}
