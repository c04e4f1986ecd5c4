import { Text, View } from '@tarojs/components'
import './index.scss'

export interface ChipOption<V extends string> {
  value: V
  label: string
}

export interface ChipGroupProps<V extends string> {
  /** Names the group, e.g. 面向人群. */
  label: string
  options: readonly ChipOption<V>[]
  /** Absent: the "all" chip is selected. */
  value?: V
  onChange: (value: V | undefined) => void
  allLabel?: string
}

/** Pick one option or none ("全部"), with every choice visible at once. */
export function ChipGroup<V extends string>({
  label,
  options,
  value,
  onChange,
  allLabel = '全部',
}: ChipGroupProps<V>) {
  const chips: Array<{ value: V | undefined; label: string }> = [
    { value: undefined, label: allLabel },
    ...options,
  ]
  return (
    <View className="chip-group" role="group" ariaLabel={label}>
      <Text className="chip-group__label">{label}</Text>
      <View className="chip-group__chips">
        {chips.map((chip) => {
          const selected = chip.value === value
          return (
            <View
              key={chip.value ?? ''}
              className={`chip-group__chip${selected ? ' chip-group__chip--selected' : ''}`}
              role="button"
              ariaLabel={`${label}：${chip.label}${selected ? '，已选中' : ''}`}
              hoverClass="chip-group__chip--pressed"
              onClick={() => onChange(chip.value)}
            >
              <Text>{chip.label}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
