// 操作记录 (committee office only): what organisers did, newest first, a page at a time.
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Screen } from '@/components/screen'
import type { AuditEntry } from '@/contracts/organisers'
import { ROLE_NAMES } from '@/domain/organiser-roles'
import { callCloud } from '@/services/cloud'
import { useCloudQuery } from '@/services/use-cloud-query'
import { EmptyState, LoadState } from '../shared-components'
import { formatInstant } from '../display'
import { AUDIT_PAGE_SIZE } from '@/domain/request-limits'
import { ProblemAlert } from '../problem-alert'
import '../workspace.scss'
import './index.scss'

export default function AuditPage() {
  const first = useCloudQuery('organisers.audit', () => callCloud('organisers', 'audit', {}))
  const [older, setOlder] = useState<AuditEntry[]>([])
  // A full page may have more behind it; a short one is the end of the log.
  const [more, setMore] = useState<boolean>()
  const [loading, setLoading] = useState(false)
  const [problem, setProblem] = useState<string>()

  if (first.state.status !== 'ready') {
    return (
      <Screen className="workspace">
        <LoadState
          error={first.state.status === 'failed' ? first.state.error : undefined}
          onRetry={() => void first.retry()}
        />
      </Screen>
    )
  }
  const entries = [...first.state.data.items, ...older]
  const hasMore = more ?? first.state.data.items.length === AUDIT_PAGE_SIZE

  const loadMore = async () => {
    const last = entries[entries.length - 1]
    if (loading || !last) return
    setLoading(true)
    const result = await callCloud('organisers', 'audit', { before: { at: last.at, id: last.id } })
    setLoading(false)
    if (!result.ok) {
      setProblem(result.error.message)
      return
    }
    setProblem(undefined)
    setOlder((shown) => [...shown, ...result.data.items])
    setMore(result.data.items.length === AUDIT_PAGE_SIZE)
  }

  if (entries.length === 0) {
    return (
      <Screen className="workspace">
        <EmptyState
          title="还没有操作记录"
          hint="绑定、邀请、审核、签到和导出等操作都会记在这里。"
        />
      </Screen>
    )
  }
  return (
    <Screen className="workspace">
      <View className="audit__list" role="list" ariaLabel="操作记录">
        {entries.map((entry) => (
          <View key={entry.id} className="audit__entry" role="listitem">
            <Text className="audit__summary">{entry.summary}</Text>
            <Text className="workspace__note">
              {formatInstant(entry.at)} · {entry.actorName}（{ROLE_NAMES[entry.actorRole]}）
            </Text>
          </View>
        ))}
      </View>
      <ProblemAlert message={problem} />
      {hasMore ? (
        <Button className="workspace__more" onClick={() => void loadMore()}>
          {loading ? '正在加载…' : '加载更早的记录'}
        </Button>
      ) : (
        <Text className="audit__end">没有更早的记录了</Text>
      )}
    </Screen>
  )
}
