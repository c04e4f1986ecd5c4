// The root of every page: applies large-text mode (适老化), which scales all text through the
// theme's --ipw-font-size-* variables.
import { View } from '@tarojs/components'
import { useEffect, useState, type PropsWithChildren } from 'react'
import { largeTextEnabled, onLargeTextChange } from '@/services/preferences'

export function Screen({ className, children }: PropsWithChildren<{ className?: string }>) {
  const [largeText, setLargeText] = useState(largeTextEnabled)
  useEffect(() => onLargeTextChange(setLargeText), [])
  return (
    <View className={`${className ?? ''}${largeText ? ' ipw-large-text' : ''}`}>{children}</View>
  )
}
