// The reader's display preferences, kept on the device and shared by every open page.
import Taro from '@tarojs/taro'

const LARGE_TEXT_KEY = 'ipweek.largeText'
const listeners = new Set<(largeText: boolean) => void>()

export function largeTextEnabled(): boolean {
  return Taro.getStorageSync(LARGE_TEXT_KEY) === true
}

export function setLargeText(enabled: boolean): void {
  Taro.setStorageSync(LARGE_TEXT_KEY, enabled)
  listeners.forEach((listener) => listener(enabled))
}

/** Calls `listener` on every change; returns the unsubscribe function. */
export function onLargeTextChange(listener: (largeText: boolean) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
