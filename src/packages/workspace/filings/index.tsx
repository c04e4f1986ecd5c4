// 材料报送 (?unit=<unitId>): what a member unit files with the committee office. Unit editors
// land on their own unit; the office opens any unit (from the dashboard, or by choosing one).
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Screen } from '@/components/screen'
import { hostUnits } from '@/domain/calendar-filters'
import { canAdminister } from '@/domain/organiser-roles'
import { callCloud } from '@/services/cloud'
import { openWorkspaceBind, unitIdFrom } from '@/services/navigation'
import { useCloudQuery } from '@/services/use-cloud-query'
import { EmptyState, LoadState, UnitPicker } from '../shared-components'
import { useOrganiser } from '../use-organiser'
import { UnitFilingsView } from './unit-filings'
import '../workspace.scss'
import './index.scss'

export default function FilingsPage() {
  const router = useRouter()
  const me = useOrganiser()
  const overview = useCloudQuery('campaign.get', () => callCloud('campaign', 'get', {}))
  const [picked, setPicked] = useState(() => unitIdFrom(router?.params) || undefined)

  const failed = [me.state, overview.state].find((state) => state.status === 'failed')
  if (me.state.status !== 'ready' || overview.state.status !== 'ready') {
    return (
      <Screen className="workspace">
        <LoadState
          error={failed?.status === 'failed' ? failed.error : undefined}
          onRetry={() => void Promise.all([me.retry(), overview.retry()])}
        />
      </Screen>
    )
  }
  const { organiser } = me.state.data
  if (!organiser || organiser.role.kind === 'checkin-staff') {
    return (
      <Screen className="workspace">
        <EmptyState
          title="材料由成员单位和组委会办公室报送"
          hint="如果你负责本单位的报送工作，请向组委会办公室索取成员单位的邀请码。"
          actions={[{ label: '绑定邀请码', primary: true, onClick: openWorkspaceBind }]}
        />
      </Screen>
    )
  }
  const { role } = organiser
  const office = canAdminister(role)
  const unitId = role.kind === 'unit-editor' ? role.unitId : picked
  return (
    <Screen className="workspace">
      {office && (
        <UnitPicker
          label="成员单位"
          allLabel="请选择"
          units={hostUnits(overview.state.data.campaign.committee)}
          value={unitId}
          onChange={setPicked}
        />
      )}
      {unitId ? (
        <UnitFilingsView key={unitId} unitId={unitId} overview={overview.state.data} />
      ) : (
        <EmptyState title="请选择成员单位" hint="选择后可查看该单位的报送情况，并代为报送。" />
      )}
    </Screen>
  )
}
