// One focus area (宣传重点) of the plan, in plain language, with its source.
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { LoadState } from '@/components/load-state'
import { CampaignScreen } from '@/components/campaign-screen'
import type { Campaign } from '@/domain/campaign'
import '../about.scss'

export default function FocusAreaPage() {
  const { params } = useRouter()
  return (
    <CampaignScreen className="about">
      {({ campaign }) => <FocusArea campaign={campaign} id={params.id} />}
    </CampaignScreen>
  )
}

function FocusArea({ campaign, id }: { campaign: Campaign; id?: string }) {
  const index = campaign.focusAreas.findIndex((area) => area.id === id)
  const area = campaign.focusAreas[index]
  if (!area) {
    return <LoadState error={{ code: 'NOT_FOUND', message: '没有找到这项宣传重点' }} />
  }
  return (
    <>
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
    </>
  )
}
