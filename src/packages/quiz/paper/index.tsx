// 答题 (the paper): asks the server for a new paper, then lets the taker answer and hand it in;
// the result replaces this page. A day's attempts used up, or no questions yet, said plainly.
import { EmptyState } from '@/components/empty-state'
import { LoadState } from '@/components/load-state'
import { Screen } from '@/components/screen'
import { callCloud } from '@/services/cloud'
import { openQuizMistakes, openQuizTab } from '@/services/navigation'
import { useCloudQuery } from '@/services/use-cloud-query'
import { PaperSheet } from './paper-sheet'
import '../quiz.scss'
import './index.scss'

// Titles for the failures that another try now would not fix.
const DEAD_ENDS: Partial<Record<string, string>> = {
  RATE_LIMITED: '今天的答题机会已用完',
  NOT_FOUND: '答题暂未开放',
  UNAUTHENTICATED: '请先登录',
}

export default function QuizPaperPage() {
  const paper = useCloudQuery('quiz.start', () => callCloud('quiz', 'start', {}))
  const error = paper.state.status === 'failed' ? paper.state.error : undefined
  const deadEnd = error && DEAD_ENDS[error.code]

  if (error && deadEnd) {
    return (
      <Screen className="quiz-page">
        <EmptyState
          title={deadEnd}
          hint={error.message}
          actions={[
            { label: '返回答题首页', primary: true, onClick: openQuizTab },
            ...(error.code === 'RATE_LIMITED'
              ? [{ label: '看看错题本', onClick: openQuizMistakes }]
              : []),
          ]}
        />
      </Screen>
    )
  }
  if (paper.state.status !== 'ready') {
    return (
      <Screen className="quiz-page">
        <LoadState error={error} onRetry={() => void paper.retry()} />
      </Screen>
    )
  }
  return (
    <Screen className="quiz-page quiz-paper">
      <PaperSheet paper={paper.state.data} />
    </Screen>
  )
}
