// H5 only: who "I" am in the local preview. WeChat gives every mini-program user an OPENID; the
// web preview gives each browser a visitor, and local sign-in switches between named users kept
// in this browser. The gateway receives the choice as the X-WX-OPENID header.
import Taro from '@tarojs/taro'

const CURRENT_KEY = 'ipweek.localIdentity'
const USERS_KEY = 'ipweek.localUsers'

export interface LocalIdentity {
  openid: string
  name: string
}

function newOpenid(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 12)}`
}

export function localIdentity(): LocalIdentity {
  const stored = Taro.getStorageSync(CURRENT_KEY) as LocalIdentity | ''
  if (stored && stored.openid) return stored
  const visitor = { openid: newOpenid('visitor'), name: '访客' }
  Taro.setStorageSync(CURRENT_KEY, visitor)
  return visitor
}

/** The named users created in this browser, newest first. */
export function localUsers(): LocalIdentity[] {
  return (Taro.getStorageSync(USERS_KEY) as LocalIdentity[] | '') || []
}

export function signInAs(identity: LocalIdentity): void {
  Taro.setStorageSync(CURRENT_KEY, identity)
}

/** Creates a named local user and signs in as them. */
export function createLocalUser(name: string): LocalIdentity {
  const user = { openid: newOpenid('local'), name: name.trim() }
  Taro.setStorageSync(USERS_KEY, [user, ...localUsers()])
  signInAs(user)
  return user
}

/** Back to a fresh anonymous visitor. */
export function signOut(): LocalIdentity {
  Taro.removeStorageSync(CURRENT_KEY)
  return localIdentity()
}
