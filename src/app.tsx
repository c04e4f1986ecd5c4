import Taro from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import './app.scss'

// On WeChat, functions run in the cloud environment chosen at build time
// (TARO_APP_CLOUD_ENV=<env id> npm run build:weapp); without it, the default environment.
if (process.env.TARO_ENV === 'weapp') {
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || undefined, traceUser: true })
}

// Taro renders the current page as `children`; app-wide providers belong here.
export default function App({ children }: PropsWithChildren) {
  return children
}
