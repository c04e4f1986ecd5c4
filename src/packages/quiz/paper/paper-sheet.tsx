// A paper being taken: one question at a time with the count answered and the time left always
// in view, an answer card to jump between questions, and the hand-in step. When the time runs
// out the answers so far are handed in without asking.
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { EmptyState } from '@/components/empty-state'
import type { QuizStart } from '@/contracts/quiz'
import { formatCountdown, formatDuration } from '@/domain/quiz-format'
import { callCloud } from '@/services/cloud'
import { openQuizTab, showQuizResult } from '@/services/navigation'
import { HandIn, type Taker } from './hand-in'
import { QuestionCard } from './question-card'
import { useSecondsLeft } from './use-seconds-left'

/** Under this many seconds the clock turns red. */
const HURRY_SECONDS = 60

type Answers = Record<string, number[]>

export function PaperSheet({ paper }: { paper: QuizStart }) {
  const { attemptId, questions } = paper
  const total = questions.length
  // 0..total-1: a question; total: the hand-in step.
  const [current, setCurrent] = useState(0)
  const [answers, setAnswers] = useState<Answers>({})
  const [taker, setTaker] = useState<Taker>({ name: '', school: '' })
  const [submitting, setSubmitting] = useState(false)
  const [failure, setFailure] = useState<string>()
  const [expired, setExpired] = useState<string>()
  // State updates land after a render; a second tap in between must still be refused.
  const inFlight = useRef(false)
  const secondsLeft = useSecondsLeft(Date.parse(paper.expiresAt) - Date.parse(paper.startedAt))
  const answered = questions.filter((q) => (answers[q.id] ?? []).length > 0).length

  useEffect(() => {
    // Leaving mid-paper forfeits the attempt, so WeChat asks first (H5 has no such dialog);
    // once the attempt has expired there is nothing left to lose.
    if (process.env.TARO_ENV !== 'weapp') return
    if (expired) Taro.disableAlertBeforeUnload()
    else Taro.enableAlertBeforeUnload({ message: '现在退出，本次答题作废，仍计入今天的答题次数。' })
  }, [expired])

  const goTo = (index: number) => {
    setCurrent(index)
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => {})
  }

  const submit = async (timeUp: boolean) => {
    if (inFlight.current) return
    if (!timeUp && answered < total) {
      const { confirm } = await Taro.showModal({
        title: '确定交卷吗？',
        content: `还有 ${total - answered} 题没有作答，交卷后不能再改。`,
        confirmText: '交卷',
        cancelText: '继续答题',
      })
      if (!confirm || inFlight.current) return
    }
    inFlight.current = true
    setSubmitting(true)
    setFailure(undefined)
    const name = taker.name.trim()
    const school = taker.school.trim()
    const answer = await callCloud('quiz', 'submit', {
      attemptId,
      answers: Object.fromEntries(Object.entries(answers).filter(([, chosen]) => chosen.length)),
      ...(name ? { name } : {}),
      ...(school ? { school } : {}),
    })
    if (answer.ok) {
      if (timeUp) void Taro.showToast({ title: '时间到，已自动交卷', icon: 'none' })
      // Stays in flight: the page is being replaced by the result.
      showQuizResult(answer.data.attemptId)
      return
    }
    inFlight.current = false
    setSubmitting(false)
    if (answer.error.code === 'DEADLINE_PASSED') setExpired(answer.error.message)
    else {
      setFailure(`交卷没有成功：${answer.error.message}`)
      goTo(total)
    }
  }

  // The submit of the latest render, so the answers handed in at time-up are the latest ones.
  const submitNow = useRef(submit)
  submitNow.current = submit
  const timeUp = secondsLeft === 0
  useEffect(() => {
    if (timeUp) void submitNow.current(true)
  }, [timeUp])

  if (expired) {
    return (
      <EmptyState
        title="答题已超时"
        hint={`${expired}。这次答题仍计入今天的次数。`}
        actions={[{ label: '返回答题首页', primary: true, onClick: openQuizTab }]}
      />
    )
  }

  const question = questions[current]
  return (
    <>
      <View className="quiz-paper__bar" role="region" ariaLabel="答题进度">
        <View className="quiz-paper__bar-line">
          <Text className="quiz-paper__count">
            已答 {answered} / {total} 题
          </Text>
          <View
            className={`quiz-paper__timer${secondsLeft <= HURRY_SECONDS ? ' quiz-paper__timer--hurry' : ''}`}
            role="timer"
            ariaLabel={`剩余时间 ${formatDuration(secondsLeft)}`}
          >
            <Text>剩余 {formatCountdown(secondsLeft)}</Text>
          </View>
        </View>
        <View className="quiz-paper__track">
          <View
            className="quiz-paper__fill"
            style={{ width: `${Math.round((answered / total) * 100)}%` }}
          />
        </View>
      </View>

      {question ? (
        <>
          <QuestionCard
            key={question.id}
            question={question}
            number={current + 1}
            total={total}
            chosen={answers[question.id] ?? []}
            onChange={(chosen) => setAnswers((shown) => ({ ...shown, [question.id]: chosen }))}
          />
          <View className="quiz-page__row">
            <Button
              className={`quiz-page__action${current === 0 ? ' quiz-page__action--disabled' : ''}`}
              aria-disabled={current === 0 ? 'true' : 'false'}
              onClick={() => current > 0 && goTo(current - 1)}
            >
              上一题
            </Button>
            <Button
              className="quiz-page__action quiz-page__action--primary"
              onClick={() => goTo(current + 1)}
            >
              {current === total - 1 ? '去交卷' : '下一题'}
            </Button>
          </View>
        </>
      ) : (
        <HandIn
          unanswered={total - answered}
          taker={taker}
          onTakerChange={setTaker}
          submitting={submitting}
          failure={failure}
          onSubmit={() => void submit(false)}
          onReview={() => goTo(0)}
        />
      )}

      <AnswerCard questions={questions} answers={answers} current={current} onPick={goTo} />
    </>
  )
}

/** Every question as a numbered circle, filled once answered; the last one leads to hand-in. */
function AnswerCard(props: {
  questions: QuizStart['questions']
  answers: Answers
  current: number
  onPick: (index: number) => void
}) {
  const { questions, answers, current, onPick } = props
  return (
    <View className="quiz-page__card" role="navigation" ariaLabel="答题卡">
      <Text className="quiz-page__heading">答题卡</Text>
      <View className="quiz-paper__grid">
        {questions.map((q, index) => {
          const done = (answers[q.id] ?? []).length > 0
          const classes = [
            'quiz-paper__cell',
            done ? 'quiz-paper__cell--done' : '',
            index === current ? 'quiz-paper__cell--current' : '',
          ]
          return (
            <View
              key={q.id}
              className={classes.filter(Boolean).join(' ')}
              role="button"
              ariaLabel={`第 ${index + 1} 题，${done ? '已答' : '未答'}`}
              onClick={() => onPick(index)}
            >
              <Text>{index + 1}</Text>
            </View>
          )
        })}
      </View>
      {/* From the last question the button under it already leads there. */}
      {current < questions.length - 1 && (
        <Button className="quiz-page__action" onClick={() => onPick(questions.length)}>
          去交卷
        </Button>
      )}
    </View>
  )
}
