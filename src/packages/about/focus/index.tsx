// One focus area (宣传重点) of the plan, in plain language, with its source.
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { LoadState } from '@/components/load-state'
import { Screen } from '@/components/screen'
import { useCloud } from '@/services/use-cloud'
import '../about.scss'

export default function FocusAreaPage() {
  const { params } = useRouter()
  const overview = useCloud('campaign', 'get', {})
  if (overview.status !== 'ready') {
    return (
      <Screen>
        <LoadState
          error={overview.status === 'failed' ? overview.error : undefined}
          onRetry={overview.reload}
        />
      </Screen>
    )
  }
  const { campaign } = overview.data
  const index = campaign.focusAreas.findIndex((area) => area.id === params.id)
  const area = campaign.focusAreas[index]
  if (!area) {
    return (
      <Screen>
        <LoadState error={{ code: 'NOT_FOUND', message: '没有找到这项宣传重点' }} />
      </Screen>
    )
  }
  return (
    <Screen className="about">
      <Text className="about__kicker">宣传重点（{'一二三四五'[index] ?? index + 1}）</Text>
      <Text className="about__title">{area.title}</Text>
      {area.body.map((paragraph) => (
        <Text key={paragraph} className="about__paragraph">
          {paragraph}
        </Text>
      ))}
      <View className="about__source">
        <Text>来源：{campaign.source.title} 四、宣传重点</Text>
      </View>
    </Screen>
  )
}
