// For someone who reaches event management without working on events: how to get there, if at all.
import type { Organiser } from '@/contracts/organisers'
import { openWorkspaceBind } from '@/services/navigation'
import { EmptyState } from '../shared-components'

export function NotAnEditor({ organiser }: { organiser: Organiser | null }) {
  if (!organiser) {
    return (
      <EmptyState
        title="你还不是组委会工作人员"
        hint="活动管理供组委会办公室和成员单位使用。请向组委会办公室索取邀请码，绑定后即可使用。"
        actions={[{ label: '绑定邀请码', primary: true, onClick: openWorkspaceBind }]}
      />
    )
  }
  return (
    <EmptyState
      title="你的身份不能管理活动"
      hint={`你是${organiser.roleText}。活动由组委会办公室和成员单位管理；如需调整，请联系组委会办公室。`}
    />
  )
}
