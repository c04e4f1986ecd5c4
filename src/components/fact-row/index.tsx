import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import './index.scss'

/** One fact of an event: a short label and its value (any content). */
export function FactRow({ label, children }: PropsWithChildren<{ label: string }>) {
  return (
    <View className="fact-row" ariaLabel={label}>
      <Text className="fact-row__label">{label}</Text>
      <View className="fact-row__value">{children}</View>
    </View>
  )
}
