// 答题: the IP and AI quiz's tab. Papers are drawn and scored on the server; until the question
// bank is loaded this page says so plainly.
import { Text, View } from '@tarojs/components'
import { Screen } from '@/components/screen'
import './index.scss'

export default function QuizPage() {
  return (
    <Screen className="quiz">
      <View className="quiz__card">
        <Text className="quiz__title">知识产权与人工智能知识答题</Text>
        <Text className="quiz__text">
          围绕专利、商标、著作权、地理标志以及人工智能生成内容等知识出题，每题答完都会给出解析和法律依据。
        </Text>
        <View role="status">
          <Text className="quiz__status">答题尚未开放，敬请期待。</Text>
        </View>
      </View>
    </Screen>
  )
}
