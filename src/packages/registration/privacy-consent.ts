// Whether this person agreed to the current privacy notice, kept on the device so the box is
// already ticked next time. A new notice version asks again.
import Taro from '@tarojs/taro'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacy'

const AGREED_KEY = 'ipweek.privacyAgreed'

export function agreedToPrivacyNotice(): boolean {
  return Taro.getStorageSync(AGREED_KEY) === PRIVACY_NOTICE_VERSION
}

export function rememberPrivacyAgreement(agreed: boolean): void {
  if (agreed) Taro.setStorageSync(AGREED_KEY, PRIVACY_NOTICE_VERSION)
  else Taro.removeStorageSync(AGREED_KEY)
}
