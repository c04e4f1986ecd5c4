// 组委会工作台: who I am in the workspace and what my role lets me do here. Anyone else learns how
// to become an organiser: with an invite code from the committee office.
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'
import { Screen } from '@/components/screen'
import type { Organiser } from '@/contracts/organisers'
import { openWorkspaceBind, openWorkspaceSetup } from '@/services/navigation'
import { EmptyState, LoadState } from '../shared-components'
import { formatInstant } from '../display'
import { useOrganiser } from '../use-organiser'
import { workspaceMenu } from './menu'
import '../workspace.scss'
import './index.scss'

export default function WorkspaceHomePage() {
  const me = useOrganiser()
  // Back from binding, or revoked meanwhile: show who I am now.
  const shownBefore = useRef(false)
  useDidShow(() => {
    if (shownBefore.current) void me.refresh()
    shownBefore.current = true
  })

  if (me.state.status !== 'ready') {
    return (
      <Screen className="workspace">
        <LoadState
          error={me.state.status === 'failed' ? me.state.error : undefined}
          onRetry={() => void me.retry()}
        />
      </Screen>
    )
  }
  const { organiser } = me.state.data
  return (
    <Screen className="workspace">
      {organiser ? (
        <OrganiserHome organiser={organiser} />
      ) : (
        <EmptyState
          title="你还不是组委会工作人员"
          hint="工作台供宣传周组委会办公室、成员单位和签到人员使用。如果你是工作人员，请向组委会办公室索取邀请码，绑定后即可使用。"
          actions={[
            { label: '绑定邀请码', primary: true, onClick: openWorkspaceBind },
            // The first office admin of a new environment sets it up with the bootstrap code.
            { label: '首次上线：初始化', onClick: openWorkspaceSetup },
          ]}
        />
      )}
    </Screen>
  )
}

function OrganiserHome({ organiser }: { organiser: Organiser }) {
  return (
    <>
      <View className="workspace-home__me" role="region" ariaLabel="我的身份">
        <Text className="workspace-home__name">{organiser.name}</Text>
        <Text className="workspace-home__role">{organiser.roleText}</Text>
        <Text className="workspace-home__since">绑定于 {formatInstant(organiser.boundAt)}</Text>
      </View>
      <View className="workspace-home__menu" role="navigation" ariaLabel="工作台功能">
        {workspaceMenu(organiser.role).map((entry) => (
          <View
            key={entry.title}
            className="workspace-home__entry"
            role="link"
            ariaLabel={entry.title}
            hoverClass="workspace-home__entry--pressed"
            onClick={entry.open}
          >
            <View className="workspace-home__entry-text">
              <Text className="workspace-home__entry-title">{entry.title}</Text>
              <Text className="workspace-home__entry-hint">{entry.hint}</Text>
            </View>
            <Text className="workspace-home__chevron">›</Text>
          </View>
        ))}
      </View>
    </>
  )
}
