import Taro from '@tarojs/taro'

/** --ipw-color-danger: the confirm button of something that cannot be undone. */
const DANGER = '#b42318'

/** Asks before an irreversible step; true when the person confirmed. */
export async function confirmDanger(title: string, content: string, confirmText: string) {
  const { confirm } = await Taro.showModal({
    title,
    content,
    confirmText,
    cancelText: '取消',
    confirmColor: DANGER,
  })
  return confirm
}

/** The server's refusal, in its words, for a step that has no form to show it in. */
export function showFailure(message: string): void {
  void Taro.showModal({ title: '没能完成', content: message, showCancel: false })
}
