import Taro from '@tarojs/taro'
import { EmptyState } from '@/components/empty-state'
import { CALENDAR_TAB } from '@/services/navigation'

/** A page opened for an event that does not exist (any more): the way back to the calendar. */
export function EventNotFound() {
  return (
    <EmptyState
      title="没有找到这项活动"
      hint="活动可能已经取消，或者链接不完整。可以到活动日程里查看宣传周的全部活动。"
      actions={[
        {
          label: '查看活动日程',
          primary: true,
          onClick: () => void Taro.switchTab({ url: CALENDAR_TAB }),
        },
      ]}
    />
  )
}
