// What the last setup did, plainly.
import { Text, View } from '@tarojs/components'
import type { SetupReport as Report } from '@/contracts/ops'

const CAMPAIGN_OUTCOMES: Record<Report['campaign'], string> = {
  created: '已载入',
  updated: '已更新为方案中的内容',
  unchanged: '与方案一致，没有改动',
}

export function SetupReport({ report }: { report: Report }) {
  const created = report.collectionsCreated
  const rows: Array<[string, string]> = [
    [
      '数据库集合',
      created.length > 0
        ? `新建 ${created.length} 个：${created.join('、')}`
        : '均已存在，没有新建',
    ],
    ['宣传周数据', CAMPAIGN_OUTCOMES[report.campaign]],
    [
      '方案中的活动',
      report.eventsWritten > 0 ? `写入 ${report.eventsWritten} 场` : '没有需要写入的',
    ],
  ]
  return (
    <View className="workspace__card" role="region" ariaLabel="初始化结果">
      <Text className="workspace__heading">初始化完成</Text>
      <View className="setup__facts">
        {rows.map(([label, value]) => (
          <View key={label} className="setup__fact">
            <Text className="setup__label">{label}</Text>
            <Text className="setup__value">{value}</Text>
          </View>
        ))}
      </View>
      {report.boundAsOfficeAdmin && (
        <Text className="workspace__text">
          你已成为组委会办公室管理员：可以运行自检，并在工作台邀请成员单位和签到员。
        </Text>
      )}
    </View>
  )
}
