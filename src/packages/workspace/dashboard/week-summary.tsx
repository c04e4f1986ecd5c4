// 生成宣传周总结表: the week's summary as an Excel workbook, per unit and with the product's own
// counts, made fresh on each tap (each one is recorded in the audit log).
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { WeekSummaryFile } from '@/contracts/dashboard'
import { callCloud } from '@/services/cloud'
import { SummaryFile } from './summary-file'
import { ProblemAlert } from '../problem-alert'

export function WeekSummary() {
  const [file, setFile] = useState<WeekSummaryFile>()
  const [problem, setProblem] = useState<string>()
  const [busy, setBusy] = useState(false)

  const make = async () => {
    if (busy) return
    setBusy(true)
    setProblem(undefined)
    const result = await callCloud('dashboard', 'weekSummary', {})
    setBusy(false)
    if (result.ok) setFile(result.data)
    else setProblem(result.error.message)
  }

  return (
    <View className="workspace__card" role="region" ariaLabel="宣传周总结表">
      <Text className="workspace__heading">宣传周总结表</Text>
      <Text className="workspace__note">
        汇总各成员单位的报送情况、活动总结中的数字，以及报名、签到和答题数据。
      </Text>
      <ProblemAlert message={problem} />
      {file && <SummaryFile file={file} onProblem={setProblem} />}
      <Button
        className={`workspace__action${file ? '' : ' workspace__action--primary'}${busy ? ' workspace__action--disabled' : ''}`}
        aria-disabled={busy ? 'true' : 'false'}
        onClick={() => void make()}
      >
        {busy ? '正在生成…' : file ? '重新生成' : '生成宣传周总结表'}
      </Button>
    </View>
  )
}
