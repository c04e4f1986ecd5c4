// 导出 Excel: every registration of the event with full contact details, for its hosts and the
// office. The only place the workspace hands out unmasked personal data, so it says so first.
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { RegistrationExport } from '@/contracts/attendance'
import { callCloud } from '@/services/cloud'
import { DownloadLink } from './download-link'
import { ProblemAlert } from '../problem-alert'

export function ExportPanel({ eventId, onClose }: { eventId: string; onClose: () => void }) {
  const [exported, setExported] = useState<RegistrationExport>()
  const [problem, setProblem] = useState<string>()
  const [busy, setBusy] = useState(false)

  const run = async () => {
    if (busy) return
    setBusy(true)
    const result = await callCloud('attendance', 'export', { eventId })
    setBusy(false)
    if (result.ok) {
      setProblem(undefined)
      setExported(result.data)
    } else {
      setProblem(result.error.message)
    }
  }

  return (
    <View className="workspace__card" role="region" ariaLabel="导出报名名单">
      <Text className="workspace__heading">导出报名名单</Text>
      <View className="workspace__warning">
        <Text>
          导出的 Excel
          含全部报名人的完整姓名、手机号和统一社会信用代码，仅限组织本场活动使用，请妥善保存、勿转发。每次导出都会记入操作记录。
        </Text>
      </View>
      <ProblemAlert message={problem} />
      {exported && <DownloadLink exported={exported} onProblem={setProblem} />}
      <View className="workspace__actions">
        <Button
          className={`workspace__action${exported ? '' : ' workspace__action--primary'}${busy ? ' workspace__action--disabled' : ''}`}
          aria-disabled={busy ? 'true' : 'false'}
          onClick={() => void run()}
        >
          {busy ? '正在生成…' : exported ? '重新导出' : '确认导出'}
        </Button>
        <Button className="workspace__action" onClick={onClose}>
          {exported ? '完成' : '取消'}
        </Button>
      </View>
    </View>
  )
}
