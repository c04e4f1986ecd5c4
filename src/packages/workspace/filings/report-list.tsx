// The unit's reports, newest first, each with where it stands and the office's note.
import { Text, View } from '@tarojs/components'
import type { ReportView } from '@/contracts/filings'
import { formatInstant } from '../display'
import { REPORT_TONE } from './display'
import { PhotoStrip } from './photo-strip'

const NOTE_LABEL: Partial<Record<ReportView['status'], string>> = {
  returned: '退回原因',
  blocked: '未发布原因',
}

export function ReportList({ reports }: { reports: ReportView[] }) {
  if (reports.length === 0) {
    return <Text className="workspace__note">还没有报送活动信息。</Text>
  }
  return (
    <View className="report-list" role="list" ariaLabel="已报送的活动信息">
      {reports.map((report) => (
        <View
          key={report.reportId}
          className="workspace__card"
          role="listitem"
          ariaLabel={report.title}
        >
          <View className="workspace__row-head">
            <Text className="workspace__heading">{report.title}</Text>
            <Text className={`workspace__status workspace__status--${REPORT_TONE[report.status]}`}>
              {report.statusText}
            </Text>
          </View>
          <Text className="workspace__note">
            {report.filedByName} 于 {formatInstant(report.filedAt)} 报送
          </Text>
          <Text className="filing-text">{report.text}</Text>
          <PhotoStrip fileIDs={report.photos} label={`${report.title}的照片`} />
          {report.reviewNote && (
            <View className="workspace__warning">
              <Text>
                {NOTE_LABEL[report.status] ?? '说明'}：{report.reviewNote}
              </Text>
            </View>
          )}
        </View>
      ))}
    </View>
  )
}
