// 答题结果 (?attempt=<id>): one of the taker's scored attempts, asked for again from the server:
// the score, then every question with the taker's choice, the right answer, the explanation and
// its legal source, and the ways on (certificate, wrong-answer book, another try, leaderboard).
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { EmptyState } from '@/components/empty-state'
import { LoadState } from '@/components/load-state'
import { Screen } from '@/components/screen'
import type { QuizResult } from '@/contracts/quiz'
import { formatDuration } from '@/domain/quiz-format'
import { QUIZ_PASS_SCORE } from '@/domain/quiz-rules'
import { dayOf, formatClock, formatDayLabel } from '@/domain/time'
import { callCloud } from '@/services/cloud'
import {
  attemptIdFrom,
  openQuizCertificate,
  openQuizLeaderboard,
  openQuizMistakes,
  openQuizTab,
  retakeQuiz,
} from '@/services/navigation'
import { useCloudQuery } from '@/services/use-cloud-query'
import { QuestionReview } from '../question-review'
import '../quiz.scss'
import './index.scss'

export default function QuizResultPage() {
  const router = useRouter()
  const attemptId = attemptIdFrom(router?.params)
  const result = useCloudQuery(
    `quiz.result ${attemptId}`,
    () => callCloud('quiz', 'result', { attemptId }),
    !!attemptId,
  )
  const error = result.state.status === 'failed' ? result.state.error : undefined
  const back = [{ label: '返回答题首页', primary: true, onClick: openQuizTab }]

  if (!attemptId || error?.code === 'NOT_FOUND' || error?.code === 'INVALID_ARGUMENT') {
    return (
      <Screen className="quiz-page">
        <EmptyState
          title="没有找到这次答题的成绩"
          hint={error?.message ?? '链接里没有答题编号。'}
          actions={back}
        />
      </Screen>
    )
  }
  if (error?.code === 'DEADLINE_PASSED') {
    return (
      <Screen className="quiz-page">
        <EmptyState title="这次答题没有成绩" hint={error.message} actions={back} />
      </Screen>
    )
  }
  if (result.state.status !== 'ready') {
    return (
      <Screen className="quiz-page">
        <LoadState error={error} onRetry={() => void result.retry()} />
      </Screen>
    )
  }
  return <ResultDetails result={result.state.data} />
}

function ResultDetails({ result }: { result: QuizResult }) {
  const attempts = useCloudQuery('quiz.attempts', () => callCloud('quiz', 'attempts', {}))
  const remaining = attempts.state.status === 'ready' ? attempts.state.data.remaining : 0
  const submitted = `${formatDayLabel(dayOf(result.submittedAt))} ${formatClock(result.submittedAt)}`
  return (
    <Screen className="quiz-page">
      <View
        className={`quiz-score${result.passed ? ' quiz-score--passed' : ''}`}
        role="region"
        ariaLabel="成绩"
      >
        <View className="quiz-score__line">
          <Text className="quiz-score__value">{result.score}</Text>
          <Text className="quiz-score__unit">分</Text>
        </View>
        <Text className="quiz-score__verdict">
          {result.passed ? '恭喜通过，可以领取证书' : `${QUIZ_PASS_SCORE} 分及格，再接再厉`}
        </Text>
        <Text className="quiz-score__facts">
          答对 {result.correct} / {result.total} 题 · 用时 {formatDuration(result.durationSeconds)}
        </Text>
        <Text className="quiz-score__facts">交卷时间 {submitted}</Text>
      </View>

      <View className="quiz-page__actions">
        {result.passed && (
          <Button
            className="quiz-page__action quiz-page__action--primary"
            onClick={() => openQuizCertificate(result.attemptId)}
          >
            查看证书
          </Button>
        )}
        {remaining > 0 && (
          <Button
            className={`quiz-page__action${result.passed ? '' : ' quiz-page__action--primary'}`}
            onClick={retakeQuiz}
          >
            再答一次（今天还有 {remaining} 次）
          </Button>
        )}
        <View className="quiz-page__row">
          <Button className="quiz-page__action" onClick={openQuizMistakes}>
            错题本
          </Button>
          <Button className="quiz-page__action" onClick={openQuizLeaderboard}>
            排行榜
          </Button>
        </View>
      </View>

      <Text className="quiz-page__heading">逐题解析</Text>
      <View className="quiz-result__items" role="list" ariaLabel="逐题解析">
        {result.items.map((item, index) => (
          <QuestionReview
            key={item.id}
            label={`第 ${index + 1} 题`}
            tags={[
              { text: `第 ${index + 1} 题`, tone: 'muted' },
              item.correct ? { text: '答对', tone: 'right' } : { text: '答错', tone: 'wrong' },
            ]}
            stem={item.stem}
            options={item.options}
            right={item.rightPositions}
            chosen={item.chosen}
            explanation={item.explanation}
            source={item.source}
          />
        ))}
      </View>
    </Screen>
  )
}
