// One question of the paper as the taker answers it: single and true-false questions take one
// option, multiple-choice questions any number, each option a large tappable row.
import { Text, View } from '@tarojs/components'
import type { ClientQuestion } from '@/domain/quiz-draw'
import { QUESTION_TYPE_LABELS, optionLetter } from '@/domain/quiz-format'
import { TOPIC_LABELS } from '@/domain/quiz-question'

export interface QuestionCardProps {
  question: ClientQuestion
  number: number
  total: number
  /** Chosen positions, ascending. */
  chosen: number[]
  onChange: (chosen: number[]) => void
}

export function QuestionCard({ question, number, total, chosen, onChange }: QuestionCardProps) {
  const multiple = question.type === 'multiple'
  const choose = (position: number) => {
    if (!multiple) onChange([position])
    else if (chosen.includes(position)) onChange(chosen.filter((p) => p !== position))
    else onChange([...chosen, position].sort((a, b) => a - b))
  }
  return (
    <View className="quiz-page__card" role="group" ariaLabel={`第 ${number} 题`}>
      <View className="quiz-tags">
        <Text className="quiz-tag quiz-tag--muted">
          第 {number} / {total} 题
        </Text>
        <Text className="quiz-tag">{QUESTION_TYPE_LABELS[question.type]}</Text>
        <Text className="quiz-tag">{TOPIC_LABELS[question.topic]}</Text>
      </View>
      <Text className="quiz-stem">{question.stem}</Text>
      {multiple && (
        <Text className="quiz-page__note">多选题：选出全部正确的选项，可以选多个。</Text>
      )}
      <View
        className="quiz-options"
        role={multiple ? 'group' : 'radiogroup'}
        ariaLabel={`第 ${number} 题的选项`}
      >
        {question.options.map((option, position) => {
          const selected = chosen.includes(position)
          return (
            <View
              key={option}
              className={`quiz-option${selected ? ' quiz-option--selected' : ''}`}
              role={multiple ? 'checkbox' : 'radio'}
              aria-checked={selected ? 'true' : 'false'}
              ariaLabel={`${optionLetter(position)}. ${option}`}
              hoverClass="quiz-option--pressed"
              onClick={() => choose(position)}
            >
              <Text className="quiz-option__letter">{optionLetter(position)}</Text>
              <Text className="quiz-option__text">{option}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
