import { Picker, Text, View } from '@tarojs/components'
import type { Unit } from '@/domain/campaign'
import './index.scss'

export interface UnitPickerProps {
  label: string
  units: readonly Unit[]
  /** A unit id; absent for all units. */
  value?: string
  onChange: (unitId: string | undefined) => void
  allLabel?: string
}

/** One unit out of a long list (the committee has over twenty), with the platform's picker. */
export function UnitPicker({
  label,
  units,
  value,
  onChange,
  allLabel = '全部单位',
}: UnitPickerProps) {
  const names = [allLabel, ...units.map((unit) => unit.name)]
  const index = Math.max(0, units.findIndex((unit) => unit.id === value) + 1)
  return (
    <View className="unit-picker" role="group" ariaLabel={label}>
      <Text className="unit-picker__label">{label}</Text>
      <Picker
        mode="selector"
        range={names}
        value={index}
        onChange={(event) => {
          const chosen = Number(event.detail.value)
          onChange(chosen > 0 ? units[chosen - 1]?.id : undefined)
        }}
      >
        <View
          className={`unit-picker__field${index > 0 ? ' unit-picker__field--set' : ''}`}
          role="button"
          ariaLabel={`${label}：${names[index]}，点按更换`}
        >
          <Text className="unit-picker__value">{names[index]}</Text>
          <Text className="unit-picker__chevron">更换 ›</Text>
        </View>
      </Picker>
    </View>
  )
}
