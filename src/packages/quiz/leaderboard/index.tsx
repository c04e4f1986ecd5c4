// 答题排行榜: the best scores (higher first, then faster), names masked by the server, the
// reader's own place, on the whole board or one school's. A school is typed, or picked from a row.
import { Button, Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
// EmptyState before ChipGroup: the order the calendar loads their styles in, so the shared CSS
// chunk has one order for both.
import { EmptyState } from '@/components/empty-state'
import { ChipGroup } from '@/components/chip-group'
import { LoadState } from '@/components/load-state'
import { Screen } from '@/components/screen'
import type { Leaderboard } from '@/contracts/quiz'
import { formatDuration } from '@/domain/quiz-format'
import { callCloud } from '@/services/cloud'
import { openQuizTab } from '@/services/navigation'
import { useCloudQuery } from '@/services/use-cloud-query'
import { BoardList } from './board-list'
import { SchoolField } from './school-field'
import './index.scss'

type Scope = 'school'
const SCOPES = [{ value: 'school' as const, label: '按学校' }]

export default function LeaderboardPage() {
  const [scope, setScope] = useState<Scope>()
  const [school, setSchool] = useState('')
  const asked = scope === 'school' ? school : ''
  const waitingForSchool = scope === 'school' && !school
  const board = useCloudQuery(
    `quiz.leaderboard ${asked}`,
    () => callCloud('quiz', 'leaderboard', asked ? { school: asked } : {}),
    !waitingForSchool,
  )

  usePullDownRefresh(async () => {
    const fresh = waitingForSchool || (await board.refresh())
    Taro.stopPullDownRefresh()
    if (!fresh) void Taro.showToast({ title: '刷新失败，请稍后再试', icon: 'none' })
  })

  // From a row far down the list: back to the top, where the school's board and my place begin.
  const chooseSchool = (name: string) => {
    setScope('school')
    setSchool(name)
    // Staying where it is, should scrolling fail, still shows the new board.
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }

  // 按学校 opens on the reader's own school, as they gave it with their best score.
  const ownSchool = board.state.status === 'ready' ? board.state.data.mine?.school : undefined
  const changeScope = (next: Scope | undefined) => {
    setScope(next)
    if (next === 'school' && !school && ownSchool) setSchool(ownSchool)
  }

  return (
    <Screen className="leaderboard">
      <ChipGroup label="榜单范围" options={SCOPES} value={scope} onChange={changeScope} />
      {scope === 'school' && <SchoolField value={school} onChoose={setSchool} />}
      {waitingForSchool ? (
        <Text className="leaderboard__note">
          输入学校名称后查看本校榜单，名称需与答题时填写的一致。
        </Text>
      ) : board.state.status !== 'ready' ? (
        <LoadState
          error={board.state.status === 'failed' ? board.state.error : undefined}
          onRetry={() => void board.retry()}
        />
      ) : (
        <BoardContent
          board={board.state.data}
          school={asked}
          onSchool={scope === 'school' ? undefined : chooseSchool}
          onAll={() => setScope(undefined)}
        />
      )}
    </Screen>
  )
}

interface BoardContentProps {
  board: Leaderboard
  /** '' for the whole board. */
  school: string
  onSchool?: (school: string) => void
  onAll: () => void
}

function BoardContent({ board, school, onSchool, onAll }: BoardContentProps) {
  return (
    <>
      {/* An empty board has nobody on it, the reader included: its empty state says enough. */}
      {board.items.length > 0 && <MyRank mine={board.mine} school={school} />}
      {board.items.length === 0 ? (
        school ? (
          <EmptyState
            title={`“${school}”还没有人上榜`}
            hint="请确认学校名称与答题时填写的完全一致。"
            actions={[{ label: '查看全部榜单', onClick: onAll }]}
          />
        ) : (
          <EmptyState
            title="还没有人上榜"
            hint="完成一次答题，成绩就会出现在这里。"
            actions={[{ label: '去答题', primary: true, onClick: openQuizTab }]}
          />
        )
      ) : (
        <>
          <BoardList items={board.items} onSchool={onSchool} />
          <Text className="leaderboard__note">同分时用时短者在前。姓名已部分隐藏。</Text>
        </>
      )}
    </>
  )
}

function MyRank({ mine, school }: { mine: Leaderboard['mine']; school: string }) {
  const label = school ? '我在本校的排名' : '我的排名'
  if (!mine) {
    return (
      <View className="leaderboard__mine" role="region" ariaLabel={label}>
        <Text className="leaderboard__mine-label">{label}</Text>
        <Text className="leaderboard__mine-empty">
          {school ? '你还没有计入这所学校的成绩' : '你还没有答题成绩'}
        </Text>
        <Text className="leaderboard__mine-hint">
          {school ? '答题时填写这所学校，成绩就会计入本校榜单。' : '完成一次答题即可上榜。'}
        </Text>
        <Button className="leaderboard__mine-action" onClick={openQuizTab}>
          去答题
        </Button>
      </View>
    )
  }
  return (
    <View className="leaderboard__mine" role="region" ariaLabel={label}>
      <Text className="leaderboard__mine-label">{label}</Text>
      <Text className="leaderboard__mine-rank">第 {mine.rank} 名</Text>
      <Text className="leaderboard__mine-hint">
        最好成绩 {mine.score} 分 · 用时 {formatDuration(mine.durationSeconds)}
      </Text>
    </View>
  )
}
