// Where pages live, in one place: subpackage paths change less often than the places that link.
import Taro from '@tarojs/taro'

export const EVENT_PAGE = '/packages/events/detail/index'

export function openEvent(id: string): void {
  void Taro.navigateTo({ url: `${EVENT_PAGE}?id=${encodeURIComponent(id)}` })
}
