// The committee, its office and contacts, and the plan's phases and deadlines.
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { CampaignScreen } from '@/components/campaign-screen'
import type { Campaign } from '@/domain/campaign'
import { formatDayLong } from '@/domain/time'
import '../about.scss'

export default function CommitteePage() {
  return (
    <CampaignScreen className="about">
      {({ campaign }) => <Committee campaign={campaign} />}
    </CampaignScreen>
  )
}

function Committee({ campaign }: { campaign: Campaign }) {
  const { committee } = campaign
  const { office } = committee

  return (
    <>
      <Text className="about__title">{committee.name}</Text>

      <View className="about__card" role="region" ariaLabel="组委会办公室">
        <Text className="about__heading">组委会办公室</Text>
        <Text className="about__paragraph">{office.description}</Text>
        <Text className="about__paragraph">
          联系人：{office.contacts.map((c) => c.name).join('、')}
        </Text>
        {office.phones.map((phone) => (
          <Button
            key={phone}
            className="about__action"
            ariaLabel={`拨打电话 ${phone}`}
            onClick={() => Taro.makePhoneCall({ phoneNumber: phone })}
          >
            拨打 {phone}
          </Button>
        ))}
        <Button
          className="about__action"
          ariaLabel={`复制邮箱 ${office.email}`}
          onClick={() =>
            Taro.setClipboardData({ data: office.email }).then(() =>
              Taro.showToast({ title: '邮箱已复制', icon: 'none' }),
            )
          }
        >
          复制邮箱 {office.email}
        </Button>
      </View>

      <View className="about__card" role="region" ariaLabel="主任单位">
        <Text className="about__heading">主任单位</Text>
        <Text className="about__paragraph">
          {committee.directorUnits.map((u) => u.name).join('、')}
        </Text>
      </View>

      <View className="about__card" role="region" ariaLabel="成员单位">
        <Text className="about__heading">成员单位（{committee.memberUnits.length} 家）</Text>
        <Text className="about__paragraph">
          {committee.memberUnits.map((u) => u.name).join('、')}
        </Text>
      </View>

      <View className="about__card" role="region" ariaLabel="时间安排">
        <Text className="about__heading">时间安排</Text>
        {campaign.phases.map((phase) => (
          <View key={phase.id} className="about__row">
            <Text className="about__row-title">
              {phase.title}（{formatDayLong(phase.firstDay)}
              {phase.lastDay !== phase.firstDay
                ? ` — ${formatDayLong(phase.lastDay).slice(5)}`
                : ''}
              ）
            </Text>
            <Text className="about__paragraph">{phase.description}</Text>
          </View>
        ))}
        {campaign.deadlines.map((deadline) => (
          <View key={deadline.id} className="about__row">
            <Text className="about__row-title">
              {formatDayLong(deadline.dueDay)}前：{deadline.title}
            </Text>
            <Text className="about__paragraph">{deadline.description}</Text>
          </View>
        ))}
      </View>

      <View className="about__source">
        <Text>来源：{campaign.source.title}</Text>
      </View>
    </>
  )
}
