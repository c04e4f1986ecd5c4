// The web's way to the week's summary workbook: a download link. A link, not window.open: the
// file exists only after the weekSummary call, when a browser may no longer count the tap as the
// reason for a new window. The mini-program opens it instead (summary-file.weapp.tsx).
import { Text, View } from '@tarojs/components'
import type { WeekSummaryFile } from '@/contracts/dashboard'

export interface SummaryFileProps {
  file: WeekSummaryFile
  onProblem: (message: string) => void
}

export function SummaryFile({ file }: SummaryFileProps) {
  return (
    <View className="summary-file" role="status">
      <Text className="workspace__note">
        已生成 {file.fileName}。链接短时间内有效，过期请重新生成。
      </Text>
      <a
        className="summary-file__link"
        href={file.url}
        download={file.fileName}
        target="_blank"
        rel="noopener noreferrer"
      >
        下载总结表（Excel）
      </a>
    </View>
  )
}
