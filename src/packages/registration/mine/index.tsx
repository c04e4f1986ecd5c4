// 我的报名: this person's registrations in the server's order (current ones first, newest
// first), what each status means, and what can still be done about it.
import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { EmptyState } from '@/components/empty-state'
import { LoadState } from '@/components/load-state'
import { Screen } from '@/components/screen'
import { callCloud } from '@/services/cloud'
import { useCloudQuery } from '@/services/use-cloud-query'
import { CALENDAR_TAB } from '@/services/navigation'
import { RegistrationCard } from './registration-card'
import '../registration.scss'
import './index.scss'

export default function MyRegistrationsPage() {
  const mine = useCloudQuery('registrations.mine', () => callCloud('registrations', 'mine', {}))

  usePullDownRefresh(async () => {
    const fresh = await mine.refresh()
    Taro.stopPullDownRefresh()
    if (!fresh) void Taro.showToast({ title: '刷新失败，请稍后再试', icon: 'none' })
  })

  if (mine.state.status !== 'ready') {
    return (
      <Screen className="registration">
        <LoadState
          error={mine.state.status === 'failed' ? mine.state.error : undefined}
          onRetry={() => void mine.retry()}
        />
      </Screen>
    )
  }
  const { items } = mine.state.data
  return (
    <Screen className="registration">
      {items.length === 0 ? (
        <EmptyState
          title="还没有报名"
          hint="在活动日程里找到需要报名的活动，打开后点“我要报名”。"
          actions={[
            {
              label: '查看活动日程',
              primary: true,
              onClick: () => void Taro.switchTab({ url: CALENDAR_TAB }),
            },
          ]}
        />
      ) : (
        <View className="my-registrations" role="list" ariaLabel="我的报名">
          {items.map((item) => (
            <RegistrationCard key={item.eventId} item={item} onChanged={() => mine.refresh()} />
          ))}
        </View>
      )}
    </Screen>
  )
}
