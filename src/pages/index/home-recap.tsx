// After the week: what it amounted to.
import { Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import { LoadState } from '@/components/load-state'
import { useCloud } from '@/services/use-cloud'

/** `onSettled`: called once the figures have answered (or failed), as in HomeEvents. */
export function HomeRecap({ days, onSettled }: { days: number; onSettled: () => void }) {
  const recap = useCloud('campaign', 'recap', {})
  useEffect(() => {
    if (recap.status !== 'loading') onSettled()
  }, [recap.status, onSettled])
  return (
    <View className="home__section" role="region" ariaLabel="活动回顾">
      <Text className="home__heading">活动回顾</Text>
      {recap.status !== 'ready' ? (
        <LoadState
          error={recap.status === 'failed' ? recap.error : undefined}
          onRetry={recap.reload}
        />
      ) : (
        <View className="home__figures">
          <View className="home__figure">
            <Text className="home__figure-value">{recap.data.events}</Text>
            <Text className="home__figure-label">场活动</Text>
          </View>
          <View className="home__figure">
            <Text className="home__figure-value">{recap.data.hostUnits}</Text>
            <Text className="home__figure-label">家单位主办</Text>
          </View>
          <View className="home__figure">
            <Text className="home__figure-value">{days}</Text>
            <Text className="home__figure-label">天宣传周</Text>
          </View>
        </View>
      )}
    </View>
  )
}
