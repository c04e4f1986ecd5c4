// H5 only: who "I" am in the local preview. WeChat gives every mini-program user an OPENID; the
// web preview makes one per browser (a visitor), and local sign-in can switch to a named user.
import Taro from '@tarojs/taro'

const KEY = 'ipweek.localIdentity'

export interface LocalIdentity {
  openid: string
  name: string
}

export function localIdentity(): LocalIdentity {
  const stored = Taro.getStorageSync(KEY) as LocalIdentity | ''
  if (stored && stored.openid) return stored
  const visitor = { openid: `visitor-${Math.random().toString(36).slice(2, 12)}`, name: '访客' }
  Taro.setStorageSync(KEY, visitor)
  return visitor
}

export function setLocalIdentity(identity: LocalIdentity): void {
  Taro.setStorageSync(KEY, identity)
}
