// 错题本: the questions this person got wrong, newest first, each with its right answer, the
// explanation and the legal source, so they can be learnt before the next try.
import { Text, View } from '@tarojs/components'
import { EmptyState } from '@/components/empty-state'
import { LoadState } from '@/components/load-state'
import { Screen } from '@/components/screen'
import { QUESTION_TYPE_LABELS } from '@/domain/quiz-format'
import { TOPIC_LABELS } from '@/domain/quiz-question'
import { dayOf, formatDayLabel } from '@/domain/time'
import { callCloud } from '@/services/cloud'
import { openQuizTab } from '@/services/navigation'
import { useCloudQuery } from '@/services/use-cloud-query'
import { QuestionReview } from '../question-review'
import '../quiz.scss'
import './index.scss'

export default function QuizMistakesPage() {
  const review = useCloudQuery('quiz.review', () => callCloud('quiz', 'review', {}))

  if (review.state.status !== 'ready') {
    return (
      <Screen className="quiz-page">
        <LoadState
          error={review.state.status === 'failed' ? review.state.error : undefined}
          onRetry={() => void review.retry()}
        />
      </Screen>
    )
  }
  const { items } = review.state.data
  if (items.length === 0) {
    return (
      <Screen className="quiz-page">
        <EmptyState
          title="错题本是空的"
          hint="答错的题会自动收进这里，附正确答案、解析和法律依据。"
          actions={[{ label: '去答题', primary: true, onClick: openQuizTab }]}
        />
      </Screen>
    )
  }
  return (
    <Screen className="quiz-page">
      <Text className="quiz-page__note">
        共 {items.length} 道答错的题，按答错时间从近到远排列。再次答错时会移到最前面。
      </Text>
      <View className="quiz-mistakes" role="list" ariaLabel="错题">
        {items.map((item, index) => (
          <QuestionReview
            key={item.id}
            label={`错题 ${index + 1}`}
            tags={[
              { text: TOPIC_LABELS[item.topic] },
              { text: QUESTION_TYPE_LABELS[item.type], tone: 'muted' },
            ]}
            stem={item.stem}
            options={item.options}
            right={item.answer}
            explanation={item.explanation}
            source={item.source}
            footnote={`答错于 ${formatDayLabel(dayOf(item.wrongAt))}`}
          />
        ))}
      </View>
    </Screen>
  )
}
