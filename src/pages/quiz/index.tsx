// 答题: the IP and AI quiz's tab. What the quiz is and its rules, today's attempts left and the
// best score so far, and the ways in: a new paper, the wrong-answer book, the leaderboard and,
// once passed, the certificate. Papers are drawn and scored on the server.
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'
import { Screen } from '@/components/screen'
import {
  QUIZ_ATTEMPTS_PER_DAY,
  QUIZ_PAPER_SIZE,
  QUIZ_PASS_SCORE,
  QUIZ_TIME_LIMIT_SECONDS,
} from '@/domain/quiz-rules'
import { callCloud } from '@/services/cloud'
import { useCloudQuery } from '@/services/use-cloud-query'
import { QuizProgress } from './quiz-progress'
import './index.scss'

const RULES = [
  `每次从题库随机抽取 ${QUIZ_PAPER_SIZE} 道题，有单选、多选和判断题。`,
  `限时 ${QUIZ_TIME_LIMIT_SECONDS / 60} 分钟，时间到自动交卷。`,
  `每天可以答 ${QUIZ_ATTEMPTS_PER_DAY} 次，点“开始答题”即计一次。`,
  `${QUIZ_PASS_SCORE} 分及格，可以领取电子证书；排行榜按每人最好的一次排名。`,
  '交卷后逐题给出正确答案、解析和法律依据（法律名称、条款和版本），答错的题收进错题本。',
]

export default function QuizPage() {
  const overview = useCloudQuery('campaign.get', () => callCloud('campaign', 'get', {}))
  const attempts = useCloudQuery('quiz.attempts', () => callCloud('quiz', 'attempts', {}))
  // A tab stays mounted: coming back from a paper must show the attempt it used.
  const shownBefore = useRef(false)
  useDidShow(() => {
    if (shownBefore.current) void attempts.refresh()
    shownBefore.current = true
  })
  const campaign = overview.state.status === 'ready' ? overview.state.data.campaign : undefined

  return (
    <Screen className="quiz">
      <View className="quiz__hero" role="banner">
        {campaign && <Text className="quiz__kicker">{campaign.title}</Text>}
        <Text className="quiz__title">知识答题</Text>
        <Text className="quiz__subtitle">
          专利、商标、著作权、地理标志，以及人工智能生成内容的知识产权问题
        </Text>
        {campaign && <Text className="quiz__theme">宣传周主题 · {campaign.theme}</Text>}
      </View>

      <QuizProgress query={attempts} />

      <View className="quiz__card" role="region" ariaLabel="答题说明">
        <Text className="quiz__heading">答题说明</Text>
        {RULES.map((rule, index) => (
          <View key={rule} className="quiz__rule">
            <Text className="quiz__rule-number">{index + 1}</Text>
            <Text className="quiz__rule-text">{rule}</Text>
          </View>
        ))}
      </View>
    </Screen>
  )
}
