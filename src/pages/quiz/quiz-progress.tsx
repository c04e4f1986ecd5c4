// The taker's own standing today: attempts left and best score, with the ways on from there.
import { Button, Text, View } from '@tarojs/components'
import { LoadState } from '@/components/load-state'
import type { QuizAttempts } from '@/contracts/quiz'
import { formatDuration } from '@/domain/quiz-format'
import { QUIZ_ATTEMPTS_PER_DAY, QUIZ_PASS_SCORE } from '@/domain/quiz-rules'
import {
  openQuizCertificate,
  openQuizLeaderboard,
  openQuizMistakes,
  openQuizPaper,
} from '@/services/navigation'
import type { CloudQuery } from '@/services/use-cloud-query'

export function QuizProgress({ query }: { query: CloudQuery<QuizAttempts> }) {
  if (query.state.status !== 'ready') {
    return (
      <View className="quiz__card" role="region" ariaLabel="我的答题">
        <LoadState
          error={query.state.status === 'failed' ? query.state.error : undefined}
          onRetry={() => void query.retry()}
        />
      </View>
    )
  }
  const { remaining, best } = query.state.data
  const used = remaining === 0
  return (
    <View className="quiz__card" role="region" ariaLabel="我的答题">
      <Text className="quiz__heading">我的答题</Text>
      <View className="quiz__stats">
        <View className="quiz__stat">
          <Text className="quiz__stat-value">{remaining}</Text>
          <Text className="quiz__stat-label">今日剩余次数</Text>
        </View>
        <View className="quiz__stat">
          <Text className="quiz__stat-value">{best ? best.score : '—'}</Text>
          <Text className="quiz__stat-label">最好成绩（分）</Text>
        </View>
      </View>
      <Text className="quiz__note">
        {best
          ? `最好成绩 ${best.score} 分，用时 ${formatDuration(best.durationSeconds)}。`
          : '还没有成绩，答完一次就会记在这里。'}
      </Text>

      <Button
        className={`quiz__action quiz__action--primary${used ? ' quiz__action--disabled' : ''}`}
        aria-disabled={used ? 'true' : 'false'}
        onClick={() => {
          if (!used) openQuizPaper()
        }}
      >
        开始答题
      </Button>
      {used && (
        <Text className="quiz__note">
          今天的 {QUIZ_ATTEMPTS_PER_DAY} 次机会已用完，明天再来。可以先看看错题本。
        </Text>
      )}
      {best && best.score >= QUIZ_PASS_SCORE && (
        <Button className="quiz__action" onClick={() => openQuizCertificate(best.attemptId)}>
          我的证书
        </Button>
      )}
      <View className="quiz__row">
        <Button className="quiz__action" onClick={openQuizMistakes}>
          错题本
        </Button>
        <Button className="quiz__action" onClick={openQuizLeaderboard}>
          排行榜
        </Button>
      </View>
    </View>
  )
}
