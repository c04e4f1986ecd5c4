// A problem with the whole request (the server's refusal, a failed upload or page), announced to
// screen readers; nothing while there is none. Field problems sit under their fields.
import { Text, View } from '@tarojs/components'

export function ProblemAlert({ message }: { message?: string }) {
  if (!message) return null
  return (
    <View className="workspace__alert" role="alert">
      <Text>{message}</Text>
    </View>
  )
}
