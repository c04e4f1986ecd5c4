// 成员与邀请码 (committee office only): who works in the workspace, the invites made, a new invite
// whose code is shown once, and revoking either. The server refuses everyone but the office.
import { Button, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Screen } from '@/components/screen'
import type { InviteView, MemberView } from '@/contracts/organisers'
import { callCloud } from '@/services/cloud'
import { useCloudQuery } from '@/services/use-cloud-query'
import { LoadState } from '../shared-components'
import { confirmDanger, showFailure } from '../dialogs'
import { InviteForm } from './invite-form'
import { InviteList } from './invite-list'
import { MemberList } from './member-list'
import { NewInvite } from './new-invite'
import '../workspace.scss'
import './index.scss'

type Panel =
  { kind: 'closed' } | { kind: 'form' } | { kind: 'created'; invite: InviteView; code: string }

export default function MembersPage() {
  const members = useCloudQuery('organisers.members', () => callCloud('organisers', 'members', {}))
  const invites = useCloudQuery('organisers.invites', () => callCloud('organisers', 'invites', {}))
  const [panel, setPanel] = useState<Panel>({ kind: 'closed' })

  const revokeMember = async (member: MemberView) => {
    const confirmed = await confirmDanger(
      '撤销权限',
      `撤销后，${member.name}（${member.roleText}）将不能再使用工作台。确定撤销吗？`,
      '撤销',
    )
    if (!confirmed) return
    const result = await callCloud('organisers', 'revokeMember', { memberId: member.memberId })
    if (!result.ok) return showFailure(result.error.message)
    void Taro.showToast({ title: '已撤销', icon: 'success' })
    void members.refresh()
  }

  const revokeInvite = async (invite: InviteView) => {
    const confirmed = await confirmDanger(
      '撤销邀请码',
      `撤销后，这个邀请码（${invite.roleText}）不能再用于绑定。确定撤销吗？`,
      '撤销',
    )
    if (!confirmed) return
    const result = await callCloud('organisers', 'revokeInvite', { inviteId: invite.inviteId })
    if (!result.ok) return showFailure(result.error.message)
    void Taro.showToast({ title: '已撤销', icon: 'success' })
    void invites.refresh()
  }

  const created = ({ invite, code }: { invite: InviteView; code: string }) => {
    setPanel({ kind: 'created', invite, code })
    void invites.refresh()
  }

  const failed = [members.state, invites.state].find((state) => state.status === 'failed')
  if (members.state.status !== 'ready' || invites.state.status !== 'ready') {
    return (
      <Screen className="workspace">
        <LoadState
          error={failed?.status === 'failed' ? failed.error : undefined}
          onRetry={() => void Promise.all([members.retry(), invites.retry()])}
        />
      </Screen>
    )
  }
  return (
    <Screen className="workspace">
      {panel.kind === 'created' && (
        <NewInvite
          invite={panel.invite}
          code={panel.code}
          onDone={() => setPanel({ kind: 'closed' })}
        />
      )}
      {panel.kind === 'form' && (
        <InviteForm onCreated={created} onCancel={() => setPanel({ kind: 'closed' })} />
      )}
      {panel.kind === 'closed' && (
        <Button
          className="workspace__action workspace__action--primary"
          onClick={() => setPanel({ kind: 'form' })}
        >
          新建邀请码
        </Button>
      )}

      <Text className="workspace__section">成员（{members.state.data.items.length}）</Text>
      <MemberList members={members.state.data.items} onRevoke={(m) => void revokeMember(m)} />

      <Text className="workspace__section">邀请码</Text>
      <InviteList invites={invites.state.data.items} onRevoke={(i) => void revokeInvite(i)} />
    </Screen>
  )
}
