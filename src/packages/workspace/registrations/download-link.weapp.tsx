// The mini-program's way to the exported file: downloaded and opened in WeChat's document viewer,
// whose menu can forward or save it (the web shows a download link, see download-link.tsx).
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import type { DownloadLinkProps } from './download-link'

async function openSpreadsheet(url: string, onProblem: (message: string) => void) {
  try {
    const { statusCode, tempFilePath } = await Taro.downloadFile({ url })
    if (statusCode !== 200) throw new Error(`HTTP ${statusCode}`)
    await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true })
  } catch {
    onProblem('没能打开文件，请稍后点“打开文件”重试')
  }
}

export function DownloadLink({ exported, onProblem }: DownloadLinkProps) {
  // Opened as soon as it exists: that is what the tap on 导出 asked for.
  useEffect(() => {
    void openSpreadsheet(exported.url, onProblem)
  }, [exported.url, onProblem])
  return (
    <View className="download-link" role="status">
      <Text className="workspace__text">
        已生成 {exported.rows} 条报名（{exported.fileName}）。
      </Text>
      <Button
        className="workspace__action workspace__action--primary"
        onClick={() => void openSpreadsheet(exported.url, onProblem)}
      >
        打开文件
      </Button>
    </View>
  )
}
