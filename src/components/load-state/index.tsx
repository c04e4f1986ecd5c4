import { Button, Text, View } from '@tarojs/components'
import type { CloudError } from '@/contracts'
import './index.scss'

/** What a person sees while data loads or after it failed, with a way to try again. */
export function LoadState({ error, onRetry }: { error?: CloudError; onRetry?: () => void }) {
  if (!error) {
    return (
      <View className="load-state" role="status">
        <Text>正在加载…</Text>
      </View>
    )
  }
  return (
    <View className="load-state" role="alert">
      <Text>{error.message}</Text>
      {onRetry && (
        <Button className="load-state__retry" onClick={onRetry}>
          重试
        </Button>
      )}
    </View>
  )
}
