// The registrations of the chosen status, a page at a time.
import { Button, Text, View } from '@tarojs/components'
import type { DeskRegistration } from '@/contracts/attendance'
import { EmptyState, LoadState } from '../shared-components'
import { RegistrationItem } from './registration-item'
import type { useDeskList } from './use-desk-list'
import { ProblemAlert } from '../problem-alert'

export interface DeskListProps {
  list: ReturnType<typeof useDeskList>
  /** Filtered by a status (the empty list says so). */
  filtered: boolean
  onDecided: (registration: DeskRegistration) => void
}

export function DeskList({ list, filtered, onDecided }: DeskListProps) {
  if (list.state.status !== 'ready') {
    return (
      <LoadState
        error={list.state.status === 'failed' ? list.state.error : undefined}
        onRetry={() => void list.retry()}
      />
    )
  }
  if (list.items.length === 0) {
    return <EmptyState title={filtered ? '没有这个状态的报名' : '还没有人报名'} />
  }
  return (
    <>
      <Text className="workspace__note">
        共 {list.total} 份。联系人姓名、手机号和信用代码已部分隐藏，完整信息只在导出的名单中。
      </Text>
      <View className="desk__list" role="list" ariaLabel="报名">
        {list.items.map((registration) => (
          <RegistrationItem
            key={registration.registrationId}
            registration={registration}
            onDecided={onDecided}
          />
        ))}
      </View>
      <ProblemAlert message={list.moreProblem} />
      {list.hasMore && (
        <Button className="workspace__more" onClick={() => void list.loadMore()}>
          {list.loadingMore ? '正在加载…' : '加载更多'}
        </Button>
      )}
    </>
  )
}
