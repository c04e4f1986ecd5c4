// H5 preview only: who the gateway sees me as, and the way to local sign-in.
import { Navigator, Text, View } from '@tarojs/components'
import { localIdentity } from '@/services/local-identity'

export function LocalPreviewIdentity() {
  return (
    <View className="home__source">
      <Text>本地预览 · 当前身份：{localIdentity().name} </Text>
      <Navigator url="/packages/local/sign-in/index">切换身份</Navigator>
    </View>
  )
}
