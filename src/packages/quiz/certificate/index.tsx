// 答题证书 (?attempt=ID): the poster for a passing attempt, to save and share. Only the taker can
// open their attempt (the server checks); an attempt below the pass mark says what it takes.
import { Text, View } from '@tarojs/components'
import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { EmptyState } from '@/components/empty-state'
import { LoadState } from '@/components/load-state'
import { Screen } from '@/components/screen'
import { QUIZ_PASS_SCORE } from '@/domain/quiz-rules'
import { callCloud } from '@/services/cloud'
import { QUIZ_TAB, attemptIdFrom, openQuizLeaderboard, openQuizTab } from '@/services/navigation'
import { useCloudQuery } from '@/services/use-cloud-query'
import { certificateContent, certificateShareTitle } from './certificate-content'
import { CertificatePoster } from './poster'
import './index.scss'

const NO_CERTIFICATE: readonly string[] = ['NOT_FOUND', 'INVALID_ARGUMENT', 'DEADLINE_PASSED']

export default function CertificatePage() {
  const router = useRouter()
  const attemptId = attemptIdFrom(router?.params)
  const result = useCloudQuery(
    `quiz.result ${attemptId}`,
    () => callCloud('quiz', 'result', { attemptId }),
    !!attemptId,
  )
  const overview = useCloudQuery('campaign.get', () => callCloud('campaign', 'get', {}))
  const [shareImage, setShareImage] = useState<string>()

  const scored = result.state.status === 'ready' ? result.state.data : undefined
  const campaign = overview.state.status === 'ready' ? overview.state.data.campaign : undefined
  const content = useMemo(
    () => (scored?.passed && campaign ? certificateContent(campaign, scored) : undefined),
    [scored, campaign],
  )

  useShareAppMessage(() => ({
    title: content ? certificateShareTitle(content.score) : '知识产权与人工智能知识答题',
    path: QUIZ_TAB,
    imageUrl: content ? shareImage : undefined,
  }))

  const error = result.state.status === 'failed' ? result.state.error : undefined
  // No attempt, not the caller's, never handed in or too late: asking again will not change it.
  if (!attemptId || (error && NO_CERTIFICATE.includes(error.code))) {
    return (
      <Screen className="certificate">
        <EmptyState
          title="没有可显示的证书"
          hint={error && error.code !== 'INVALID_ARGUMENT' ? error.message : '这个链接不完整。'}
          actions={[{ label: '去答题', primary: true, onClick: openQuizTab }]}
        />
      </Screen>
    )
  }
  if (scored && !scored.passed) {
    return (
      <Screen className="certificate">
        <EmptyState
          title="这次答题还没有达到证书要求"
          hint={`本次得分 ${scored.score} 分，达到 ${QUIZ_PASS_SCORE} 分即可获得答题证书。`}
          actions={[{ label: '再答一次', primary: true, onClick: openQuizTab }]}
        />
      </Screen>
    )
  }
  if (!content) {
    const failed = error ?? (overview.state.status === 'failed' ? overview.state.error : undefined)
    const retry = () => {
      if (result.state.status === 'failed') void result.retry()
      if (overview.state.status === 'failed') void overview.retry()
    }
    return (
      <Screen className="certificate">
        <LoadState error={failed} onRetry={retry} />
      </Screen>
    )
  }
  return (
    <Screen className="certificate">
      <View className="certificate__header">
        <Text className="certificate__title">恭喜你获得答题证书</Text>
        <Text className="certificate__note">保存图片发朋友圈，或分享给好友一起来答题。</Text>
      </View>
      <CertificatePoster content={content} onImage={setShareImage} />
      <View
        className="certificate__link"
        role="link"
        hoverClass="certificate__link--pressed"
        onClick={openQuizLeaderboard}
      >
        <Text>查看答题排行榜</Text>
      </View>
    </Screen>
  )
}
