// 我的: the person's registrations, display preferences, the way to the committee, the organisers'
// workspace and, in the web preview, local sign-in.
import { Navigator, Switch, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Screen } from '@/components/screen'
import { localIdentity } from '@/services/local-identity'
import { WORKSPACE_HOME_PAGE } from '@/services/navigation'
import { largeTextEnabled, setLargeText } from '@/services/preferences'
import './index.scss'

export default function MePage() {
  const [largeText, setLargeTextState] = useState(largeTextEnabled)
  const toggle = (enabled: boolean) => {
    setLargeText(enabled)
    setLargeTextState(enabled)
  }
  return (
    <Screen className="me">
      {process.env.TARO_ENV === 'h5' && (
        <View className="me__card">
          <Text className="me__label">本地预览身份：{localIdentity().name}</Text>
          <Navigator className="me__link" url="/packages/local/sign-in/index">
            切换身份 ›
          </Navigator>
        </View>
      )}

      <View className="me__card">
        <Navigator className="me__link" url="/packages/registration/mine/index">
          我的报名 ›
        </Navigator>
      </View>

      <View className="me__card">
        <View className="me__row">
          <View className="me__row-text">
            <Text className="me__label">大字模式</Text>
            <Text className="me__hint">放大全部文字，方便长辈阅读</Text>
          </View>
          <Switch
            checked={largeText}
            color="#0b3d91"
            ariaLabel="大字模式"
            onChange={(event) => toggle(event.detail.value)}
          />
        </View>
      </View>

      <View className="me__card">
        <Navigator className="me__link" url="/packages/about/committee/index">
          组委会、成员单位与联系方式 ›
        </Navigator>
      </View>

      {/* For the committee's own staff: quiet, below everything citizens come here for. */}
      <Navigator className="me__staff-link" url={WORKSPACE_HOME_PAGE}>
        组委会工作台
      </Navigator>
    </Screen>
  )
}
