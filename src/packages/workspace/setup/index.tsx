// 初始化与自检 (committee office): loads the week into a new environment and checks the cloud
// behaviours the product relies on. It also works where nobody is an admin yet, or where the
// caller's role cannot even be read (no collections): setup with the bootstrap code comes first.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Screen } from '@/components/screen'
import type { SetupReport as Report } from '@/contracts/ops'
import { canAdminister } from '@/domain/organiser-roles'
import { EmptyState, LoadState } from '../shared-components'
import { useOrganiser } from '../use-organiser'
import { SelftestPanel } from './selftest-panel'
import { SetupForm } from './setup-form'
import { SetupReport } from './setup-report'
import '../workspace.scss'
import './index.scss'

export default function SetupPage() {
  const me = useOrganiser()
  const [report, setReport] = useState<Report>()

  if (me.state.status === 'loading') {
    return (
      <Screen className="workspace">
        <LoadState />
      </Screen>
    )
  }
  const organiser = me.state.status === 'ready' ? me.state.data.organiser : null
  if (organiser && !canAdminister(organiser.role)) {
    return (
      <Screen className="workspace">
        <EmptyState
          title="只有组委会办公室可以初始化和自检"
          hint={`你是${organiser.roleText}。如需初始化或检查环境，请联系组委会办公室。`}
        />
      </Screen>
    )
  }
  const admin = organiser !== null
  const done = (setup: Report) => {
    setReport(setup)
    if (setup.boundAsOfficeAdmin) void me.refresh()
  }
  return (
    <Screen className="workspace">
      {me.state.status === 'failed' && (
        <View className="workspace__warning" role="note">
          <Text>
            暂时无法确认你的身份（{me.state.error.message}
            ）。如果这是尚未初始化的新环境，请用初始管理员邀请码初始化。
          </Text>
        </View>
      )}
      <SetupForm needsCode={!admin} onDone={done} />
      {report && <SetupReport report={report} />}
      {admin ? (
        <SelftestPanel />
      ) : (
        <View className="workspace__card">
          <Text className="workspace__heading">自检</Text>
          <Text className="workspace__note">成为组委会办公室管理员后，可以在这里运行自检。</Text>
        </View>
      )}
    </Screen>
  )
}
