// A scored question as the result page and the wrong-answer book show it: the options with the
// right ones (and, on a result, the taker's) marked in words as well as colour, then the
// explanation and the legal source it rests on.
import { Text, View } from '@tarojs/components'
import type { QuestionSource } from '@/domain/quiz-question'
import { formatSource, optionLetter } from '@/domain/quiz-format'

export interface ReviewTag {
  text: string
  tone?: 'muted' | 'right' | 'wrong'
}

export interface QuestionReviewProps {
  /** Names the card for screen readers: '第 3 题'. */
  label: string
  tags: ReviewTag[]
  stem: string
  options: string[]
  /** Positions in `options`. */
  right: number[]
  /** The taker's positions in `options`; absent where they are not known (the wrong-answer book). */
  chosen?: number[]
  explanation: string
  source: QuestionSource
  footnote?: string
}

function optionMark(isRight: boolean, isChosen: boolean): string {
  if (isRight) return isChosen ? '你的选择 · 正确' : '正确答案'
  return isChosen ? '你的选择' : ''
}

export function QuestionReview(props: QuestionReviewProps) {
  const { label, tags, stem, options, right, chosen, explanation, source, footnote } = props
  return (
    <View className="quiz-page__card" role="listitem" ariaLabel={label}>
      <View className="quiz-tags">
        {tags.map((tag) => (
          <Text key={tag.text} className={`quiz-tag${tag.tone ? ` quiz-tag--${tag.tone}` : ''}`}>
            {tag.text}
          </Text>
        ))}
      </View>
      <Text className="quiz-stem">{stem}</Text>
      <View className="quiz-options">
        {options.map((option, position) => {
          const isRight = right.includes(position)
          const isChosen = chosen?.includes(position) ?? false
          const tone = isRight ? ' quiz-option--right' : isChosen ? ' quiz-option--wrong' : ''
          const mark = optionMark(isRight, isChosen)
          return (
            <View key={option} className={`quiz-option${tone}`}>
              <Text className="quiz-option__letter">{optionLetter(position)}</Text>
              <Text className="quiz-option__text">{option}</Text>
              {mark && <Text className="quiz-option__mark">{mark}</Text>}
            </View>
          )
        })}
      </View>
      {chosen?.length === 0 && <Text className="quiz-page__note">这道题没有作答。</Text>}
      <View className="quiz-explanation">
        <Text className="quiz-explanation__label">解析</Text>
        <Text className="quiz-explanation__text">{explanation}</Text>
        <Text className="quiz-explanation__source">依据：{formatSource(source)}</Text>
      </View>
      {footnote && <Text className="quiz-page__note">{footnote}</Text>}
    </View>
  )
}
