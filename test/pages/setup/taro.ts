// Jest stand-in for '@tarojs/taro' (mapped in jest.config.js). In the H5 build Taro's babel
// plugin rewrites `Taro.foo` into the named import `foo` of '@tarojs/taro-h5', and the React
// plugin adds the page hooks to both the module and its default export; this recreates both.
import * as api from '@tarojs/taro-h5'
import * as hooks from '@tarojs/plugin-framework-react/dist/runtime'

export * from '@tarojs/taro-h5'
export {
  useAddToFavorites,
  useDidHide,
  useDidShow,
  useError,
  useLaunch,
  useLoad,
  useOptionMenuClick,
  useKeyboardHeight,
  usePageNotFound,
  usePageScroll,
  usePullDownRefresh,
  usePullIntercept,
  useReachBottom,
  useReady,
  useResize,
  useRouter,
  useSaveExitState,
  useShareAppMessage,
  useShareTimeline,
  useTabItemTap,
  useTitleClick,
  useScope,
  useUnhandledRejection,
  useUnload,
} from '@tarojs/plugin-framework-react/dist/runtime'

const { default: taro, ...named } = api
export default Object.assign(taro, named, hooks)
