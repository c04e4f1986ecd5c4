import { act } from '@testing-library/react'
import { getPageInstance } from '@tarojs/runtime'

/** Where each page hook keeps its handlers (useDidShow -> componentDidShow, useLoad -> onLoad...). */
export type PageLifecycle =
  | 'componentDidShow'
  | 'componentDidHide'
  | 'onLoad'
  | 'onReady'
  | 'onUnload'
  | 'onPullDownRefresh'
  | 'onReachBottom'
  | 'onPageScroll'
  | 'onResize'
  | 'onShareAppMessage'
  | 'onShareTimeline'
  | 'onAddToFavorites'

// Components rendered outside a Taro page register their hooks under this id.
const HOOKS_APP_ID = 'taro-app'

/**
 * Taro never fires page lifecycles under a plain render(); this calls the handlers that the
 * rendered components registered, inside act(), and returns their results (e.g. share info).
 */
export function firePageLifecycle(name: PageLifecycle, ...args: unknown[]): unknown[] {
  const instance = getPageInstance(HOOKS_APP_ID) as Record<string, unknown> | undefined
  const handlers = [instance?.[name] ?? []].flat() as Array<(...args: unknown[]) => unknown>
  let results: unknown[] = []
  act(() => {
    results = handlers.map((handler) => handler(...args))
  })
  return results
}
