// The React runtime of Taro ships without types; the jest page harness (test/pages/setup) uses it.
declare module '@tarojs/plugin-framework-react/dist/runtime' {
  import type Taro from '@tarojs/taro'

  type Hooks = Taro.TaroStatic
  export const useAddToFavorites: Hooks['useAddToFavorites']
  export const useDidHide: Hooks['useDidHide']
  export const useDidShow: Hooks['useDidShow']
  export const useError: Hooks['useError']
  export const useLaunch: Hooks['useLaunch']
  export const useLoad: Hooks['useLoad']
  export const useOptionMenuClick: Hooks['useOptionMenuClick']
  export const useKeyboardHeight: Hooks['useKeyboardHeight']
  export const usePageNotFound: Hooks['usePageNotFound']
  export const usePageScroll: Hooks['usePageScroll']
  export const usePullDownRefresh: Hooks['usePullDownRefresh']
  export const usePullIntercept: Hooks['usePullIntercept']
  export const useReachBottom: Hooks['useReachBottom']
  export const useReady: Hooks['useReady']
  export const useResize: Hooks['useResize']
  export const useRouter: Hooks['useRouter']
  export const useSaveExitState: Hooks['useSaveExitState']
  export const useShareAppMessage: Hooks['useShareAppMessage']
  export const useShareTimeline: Hooks['useShareTimeline']
  export const useTabItemTap: Hooks['useTabItemTap']
  export const useTitleClick: Hooks['useTitleClick']
  export const useScope: () => unknown
  export const useUnhandledRejection: Hooks['useUnhandledRejection']
  export const useUnload: Hooks['useUnload']
  export function createReactApp(
    app: unknown,
    react: unknown,
    dom: unknown,
    config: Record<string, unknown>,
  ): unknown
}
