// What became of a report just decided here. A blocked one is the case to notice: the office
// chose to publish it, but WeChat's content check refused it, so it is not public.
import { Text, View } from '@tarojs/components'
import type { ReportView } from '@/contracts/filings'
import { REPORT_TONE } from '../filings/display'

const OUTCOME: Partial<Record<ReportView['status'], string>> = {
  published: '已发布到首页“宣传周动态”。',
  returned: '已退回，报送单位会看到退回原因。',
}

export function OutcomeCard({ report }: { report: ReportView }) {
  return (
    <View
      className={`workspace__card outcome-card outcome-card--${report.status}`}
      role="listitem"
      ariaLabel={report.title}
    >
      <View className="workspace__row-head">
        <Text className="workspace__heading">{report.title}</Text>
        <Text className={`workspace__status workspace__status--${REPORT_TONE[report.status]}`}>
          {report.statusText}
        </Text>
      </View>
      <Text className="workspace__note">{report.unitName}</Text>
      {report.status === 'blocked' ? (
        <View className="workspace__alert" role="alert">
          <Text>
            未发布：{report.reviewNote ?? '没有通过微信内容安全检查'}
            。报送单位会在报送页看到这条原因。
          </Text>
        </View>
      ) : (
        <Text className="workspace__text">
          {OUTCOME[report.status]}
          {report.status === 'returned' && report.reviewNote ? `原因：${report.reviewNote}` : ''}
        </Text>
      )}
    </View>
  )
}
