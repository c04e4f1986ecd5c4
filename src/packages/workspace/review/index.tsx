// 审核活动信息: the office's queue of reports from the units, oldest first. 发布 runs WeChat's
// content checks, and the report is public only if they pass (otherwise it ends `blocked`);
// 退回 sends it back with a reason. What was decided here stays on top, so a blocked one is seen.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Screen } from '@/components/screen'
import type { ReportView } from '@/contracts/filings'
import { callCloud } from '@/services/cloud'
import { useCloudQuery } from '@/services/use-cloud-query'
import { EmptyState, LoadState } from '../shared-components'
import { showFailure } from '../dialogs'
import { OutcomeCard } from './outcome-card'
import { ReviewItem } from './review-item'
import '../workspace.scss'
import './index.scss'

type Decision = { decision: 'publish' } | { decision: 'return'; reason: string }

export default function ReviewPage() {
  const queue = useCloudQuery('filings.reviewQueue', () => callCloud('filings', 'reviewQueue', {}))
  const [decided, setDecided] = useState<ReportView[]>([])
  const [busyId, setBusyId] = useState<string>()
  const [returningId, setReturningId] = useState<string>()
  const [problem, setProblem] = useState<{ reportId: string; message: string }>()

  const decide = async (report: ReportView, decision: Decision) => {
    if (busyId) return
    setBusyId(report.reportId)
    setProblem(undefined)
    const result = await callCloud('filings', 'review', { reportId: report.reportId, ...decision })
    setBusyId(undefined)
    if (result.ok) {
      setReturningId(undefined)
      setDecided((shown) => [result.data, ...shown])
      return
    }
    if (result.error.code === 'CONFLICT') {
      // A colleague decided first: their decision stands, and the queue shows what is left.
      showFailure(result.error.message)
      void queue.refresh()
      return
    }
    setProblem({ reportId: report.reportId, message: result.error.message })
  }

  const publish = async (report: ReportView) => {
    if (busyId) return
    const { confirm } = await Taro.showModal({
      title: '发布这条活动信息？',
      content: '将先经过微信内容安全检查，通过后所有人都能在首页“宣传周动态”看到。',
      confirmText: '发布',
      cancelText: '取消',
    })
    if (confirm) await decide(report, { decision: 'publish' })
  }

  if (queue.state.status !== 'ready') {
    return (
      <Screen className="workspace">
        <LoadState
          error={queue.state.status === 'failed' ? queue.state.error : undefined}
          onRetry={() => void queue.retry()}
        />
      </Screen>
    )
  }
  const waiting = queue.state.data.items.filter(
    (item) => !decided.some((done) => done.reportId === item.reportId),
  )
  return (
    <Screen className="workspace">
      {decided.length > 0 && (
        <>
          <Text className="workspace__section">刚刚处理</Text>
          <View className="review-list" role="list" ariaLabel="刚刚处理的活动信息">
            {decided.map((report) => (
              <OutcomeCard key={report.reportId} report={report} />
            ))}
          </View>
        </>
      )}
      <Text className="workspace__section">待审核 {waiting.length} 条</Text>
      {waiting.length === 0 ? (
        <EmptyState title="没有待审核的活动信息" hint="成员单位报送的活动信息会出现在这里。" />
      ) : (
        <View className="review-list" role="list" ariaLabel="待审核的活动信息">
          {waiting.map((report) => (
            <ReviewItem
              key={report.reportId}
              report={report}
              busy={busyId === report.reportId}
              returning={returningId === report.reportId}
              problem={problem?.reportId === report.reportId ? problem.message : undefined}
              onPublish={() => void publish(report)}
              onStartReturn={() => setReturningId(report.reportId)}
              onReturn={(reason) => void decide(report, { decision: 'return', reason })}
              onCancelReturn={() => setReturningId(undefined)}
            />
          ))}
        </View>
      )}
    </Screen>
  )
}
