// The last step of a paper: how many questions are still open, the optional name and school or
// class for the leaderboard and certificate, and the hand-in button.
import { Button, Input, Label, Text, View } from '@tarojs/components'

export interface Taker {
  name: string
  school: string
}

export interface HandInProps {
  unanswered: number
  taker: Taker
  onTakerChange: (taker: Taker) => void
  submitting: boolean
  /** A failed hand-in, in words; the answers are kept for another try. */
  failure?: string
  onSubmit: () => void
  onReview: () => void
}

// The quiz contract's limits, so the box stops where the server would refuse.
const NAME_MAX = 20
const SCHOOL_MAX = 30

export function HandIn(props: HandInProps) {
  const { unanswered, taker, onTakerChange, submitting, failure, onSubmit, onReview } = props
  return (
    <View className="quiz-page__card" role="region" ariaLabel="交卷">
      <Text className="quiz-page__heading">交卷前确认</Text>
      <Text className={unanswered > 0 ? 'quiz-hand-in__warning' : 'quiz-hand-in__ready'}>
        {unanswered > 0 ? `还有 ${unanswered} 题没有作答，未答的题不得分。` : '全部题目都已作答。'}
      </Text>

      <TakerField
        id="quiz-taker-name"
        label="姓名"
        value={taker.name}
        maxlength={NAME_MAX}
        onInput={(name) => onTakerChange({ ...taker, name })}
      />
      <TakerField
        id="quiz-taker-school"
        label="学校/班级"
        value={taker.school}
        maxlength={SCHOOL_MAX}
        onInput={(school) => onTakerChange({ ...taker, school })}
      />
      <Text className="quiz-page__note">
        姓名和学校/班级都可以不填。填写后：排行榜上姓名遮盖显示（如“张*”），学校/班级照常显示；证书上显示完整姓名，证书只有你自己能打开。不填姓名时，排行榜显示为“匿名”。
      </Text>

      {failure && (
        <View className="quiz-page__alert" role="alert">
          <Text>{failure}</Text>
        </View>
      )}
      <Button
        className={`quiz-page__action quiz-page__action--primary${submitting ? ' quiz-page__action--disabled' : ''}`}
        aria-disabled={submitting ? 'true' : 'false'}
        onClick={onSubmit}
      >
        {submitting ? '正在交卷…' : '交卷'}
      </Button>
      <Button className="quiz-page__action" onClick={onReview}>
        返回检查
      </Button>
    </View>
  )
}

function TakerField(props: {
  id: string
  label: string
  value: string
  maxlength: number
  onInput: (value: string) => void
}) {
  const { id, label, value, maxlength, onInput } = props
  return (
    <View className="quiz-hand-in__field">
      <Label className="quiz-hand-in__label" for={id}>
        <Text id={`${id}-label`}>{label}</Text>
        <Text className="quiz-hand-in__optional">（选填）</Text>
      </Label>
      <Input
        id={id}
        className="quiz-hand-in__input"
        value={value}
        maxlength={maxlength}
        // On H5 the real <input> sits inside Taro's element: named through ARIA itself.
        nativeProps={{ 'aria-labelledby': `${id}-label` }}
        onInput={(event) => onInput(event.detail.value)}
      />
    </View>
  )
}
