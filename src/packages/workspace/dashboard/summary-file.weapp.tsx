// The mini-program's way to the week's summary workbook: downloaded and opened in WeChat's
// document viewer, whose menu can forward or save it (the web shows a link, see summary-file.tsx).
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import type { SummaryFileProps } from './summary-file'

async function openWorkbook(url: string, onProblem: (message: string) => void) {
  try {
    const { statusCode, tempFilePath } = await Taro.downloadFile({ url })
    if (statusCode !== 200) throw new Error(`HTTP ${statusCode}`)
    await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true })
  } catch {
    onProblem('没能打开总结表，请点“打开总结表”重试')
  }
}

export function SummaryFile({ file, onProblem }: SummaryFileProps) {
  // Opened as soon as it exists: that is what the tap on 生成 asked for.
  useEffect(() => {
    void openWorkbook(file.url, onProblem)
  }, [file.url, onProblem])
  return (
    <View className="summary-file" role="status">
      <Text className="workspace__note">已生成 {file.fileName}。</Text>
      <Button className="workspace__action" onClick={() => void openWorkbook(file.url, onProblem)}>
        打开总结表
      </Button>
    </View>
  )
}
