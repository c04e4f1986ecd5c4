// 自检: runs, against this environment, every check of the cloud behaviours the product relies on,
// and shows each with what was observed and how long it took.
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { SelftestReport } from '@/contracts/ops'
import { callCloud } from '@/services/cloud'
import { formatInstant } from '../display'
import { ProblemAlert } from '../problem-alert'

export function SelftestPanel() {
  const [report, setReport] = useState<SelftestReport>()
  const [problem, setProblem] = useState<string>()
  const [busy, setBusy] = useState(false)

  const run = async () => {
    if (busy) return
    setBusy(true)
    const result = await callCloud('ops', 'selftest')
    setBusy(false)
    if (!result.ok) {
      setProblem(result.error.message)
      return
    }
    setProblem(undefined)
    setReport(result.data)
  }

  const failed = report?.checks.filter((check) => !check.ok).length ?? 0
  return (
    <View className="workspace__card" role="region" ariaLabel="自检">
      <Text className="workspace__heading">自检</Text>
      <Text className="workspace__note">
        在当前环境中检查产品依赖的云开发能力：条件更新、事务、服务端时间、查询、云存储和调用者身份。检查用的临时数据随后删除。
      </Text>
      {report && (
        <View
          className={`setup__verdict setup__verdict--${report.passed ? 'passed' : 'failed'}`}
          role="status"
        >
          <Text>{report.passed ? '✓ 全部通过' : `✗ ${failed} 项未通过`}</Text>
          <Text className="setup__ran-at">{formatInstant(report.ranAt)}</Text>
        </View>
      )}
      {report && (
        <View className="setup__checks" role="list" ariaLabel="检查项">
          {report.checks.map((check) => (
            <View
              key={check.id}
              className="setup__check"
              role="listitem"
              ariaLabel={`${check.title}：${check.ok ? '通过' : '未通过'}`}
            >
              <Text className={`setup__mark setup__mark--${check.ok ? 'passed' : 'failed'}`}>
                {check.ok ? '✓' : '✗'}
              </Text>
              <View className="setup__check-text">
                <Text className="setup__check-title">{check.title}</Text>
                <Text className="workspace__note">{check.detail}</Text>
              </View>
              <Text className="setup__ms">{check.ms} ms</Text>
            </View>
          ))}
        </View>
      )}
      <ProblemAlert message={problem} />
      <Button
        className={`workspace__action${report ? '' : ' workspace__action--primary'}${busy ? ' workspace__action--disabled' : ''}`}
        aria-disabled={busy ? 'true' : 'false'}
        onClick={() => void run()}
      >
        {busy ? '正在自检…' : report ? '再次运行自检' : '运行自检'}
      </Button>
    </View>
  )
}
