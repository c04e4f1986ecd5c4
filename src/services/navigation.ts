// Where pages live, in one place: subpackage paths change less often than the places that link.
import Taro from '@tarojs/taro'

export const EVENT_PAGE = '/packages/events/detail/index'

export function openEvent(id: string): void {
  void Taro.navigateTo({ url: `${EVENT_PAGE}?id=${encodeURIComponent(id)}` })
}

export const FORM_PAGE = '/packages/registration/form/index'
export const MINE_PAGE = '/packages/registration/mine/index'
export const TICKET_PAGE = '/packages/registration/ticket/index'
export const PRIVACY_PAGE = '/packages/registration/privacy/index'
export const CALENDAR_TAB = '/pages/calendar/index'

export function openRegistrationForm(eventId: string): void {
  void Taro.navigateTo({ url: `${FORM_PAGE}?id=${encodeURIComponent(eventId)}` })
}

export function openTicket(eventId: string): void {
  void Taro.navigateTo({ url: `${TICKET_PAGE}?id=${encodeURIComponent(eventId)}` })
}

export function openMyRegistrations(): void {
  void Taro.navigateTo({ url: MINE_PAGE })
}

/** The page's `?id=`, decoded (WeChat passes query values still encoded) and trimmed. */
export function eventIdFrom(params: Record<string, string | undefined> | undefined): string {
  const raw = params?.id ?? ''
  try {
    return decodeURIComponent(raw).trim()
  } catch {
    return raw.trim()
  }
}
