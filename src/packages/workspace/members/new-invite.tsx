// A new invite's code, shown this once: the server keeps only its digest and cannot show it again.
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { InviteView } from '@/contracts/organisers'
import { showFailure } from '../dialogs'
import { formatInstant } from '../display'
import { INVITE_VALID_DAYS } from '@/domain/request-limits'

export interface NewInviteProps {
  invite: InviteView
  code: string
  onDone: () => void
}

export function NewInvite({ invite, code, onDone }: NewInviteProps) {
  // Both platforms confirm a copy with their own toast.
  const copy = () =>
    void Taro.setClipboardData({ data: code }).catch(() =>
      showFailure('没能复制，请长按邀请码手动复制'),
    )
  return (
    <View className="workspace__card new-invite" role="region" ariaLabel="新邀请码">
      <Text className="workspace__heading">邀请码已创建</Text>
      <Text className="workspace__text">{invite.roleText}</Text>
      <Text className="new-invite__code" userSelect>
        {code}
      </Text>
      <View className="workspace__warning" role="alert">
        <Text>
          邀请码只在这里显示这一次，离开后无法再查看。请现在复制并交给对方；
          {INVITE_VALID_DAYS} 天内（{formatInstant(invite.expiresAt)} 前）有效，只能绑定一人。
        </Text>
      </View>
      <View className="workspace__actions">
        <Button className="workspace__action workspace__action--primary" onClick={copy}>
          复制邀请码
        </Button>
        <Button className="workspace__action" onClick={onDone}>
          已交给对方，完成
        </Button>
      </View>
    </View>
  )
}
