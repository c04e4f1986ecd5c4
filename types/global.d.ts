/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.less'
declare module '*.scss'
declare module '*.sass'
declare module '*.styl'

declare namespace NodeJS {
  interface ProcessEnv {
    /** Set by Taro from the build mode; affects the output. */
    NODE_ENV: 'development' | 'production' | 'test'
    /** Platform being built, set by `taro build --type`. */
    TARO_ENV: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn'
    /** Mini-program appid, if the build sets one through a .env file. */
    TARO_APP_ID: string
    /** Build another source root with the same config (see config/index.ts). */
    IPWEEK_SOURCE_ROOT?: string
  }
}
