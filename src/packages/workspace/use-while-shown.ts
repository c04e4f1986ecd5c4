import { useDidHide, useDidShow } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'

/**
 * Calls `tick` every `ms` while the page is on screen: a page under another one, or a phone in a
 * pocket, asks nothing.
 */
export function useWhileShown(tick: () => void, ms: number): void {
  const [shown, setShown] = useState(true)
  const tickRef = useRef(tick)
  tickRef.current = tick
  useDidShow(() => setShown(true))
  useDidHide(() => setShown(false))
  useEffect(() => {
    if (!shown) return
    const timer = setInterval(() => tickRef.current(), ms)
    return () => clearInterval(timer)
  }, [shown, ms])
}
