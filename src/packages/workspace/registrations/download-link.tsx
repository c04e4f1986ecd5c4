// The web's way to the exported file: a download link (the mini-program opens it instead, see
// download-link.weapp.tsx). A link, not window.open: the file is ready only after the export call,
// when a browser may no longer count the tap as the reason for a new window.
import { Text, View } from '@tarojs/components'
import type { RegistrationExport } from '@/contracts/attendance'

export interface DownloadLinkProps {
  exported: RegistrationExport
  onProblem: (message: string) => void
}

export function DownloadLink({ exported }: DownloadLinkProps) {
  return (
    <View className="download-link" role="status">
      <Text className="workspace__text">
        已生成 {exported.rows} 条报名（{exported.fileName}）。链接短时间内有效，过期请重新导出。
      </Text>
      <a
        className="download-link__file"
        href={exported.url}
        download={exported.fileName}
        target="_blank"
        rel="noopener noreferrer"
      >
        下载名单（Excel）
      </a>
    </View>
  )
}
