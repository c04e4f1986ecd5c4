import { Text, View } from '@tarojs/components'

/** What a picker shows: its value (muted while none is set) and that a tap sets or changes it. */
export function PickerFace({
  label,
  text,
  set,
  invalid,
  disabled,
}: {
  label: string
  text: string
  set: boolean
  invalid?: boolean
  disabled?: boolean
}) {
  const action = set ? '更换' : '选择'
  const className = [
    'event-edit__picker',
    !set && 'event-edit__picker--unset',
    invalid && 'event-edit__picker--invalid',
    disabled && 'event-edit__picker--disabled',
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <View
      className={className}
      role="button"
      ariaLabel={`${label}：${text}${disabled ? '' : `，点按${action}`}`}
    >
      <Text className="event-edit__picker-value">{text}</Text>
      {!disabled && <Text className="event-edit__picker-change">{action} ›</Text>}
    </View>
  )
}
