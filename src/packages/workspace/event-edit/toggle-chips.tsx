import { Text, View } from '@tarojs/components'

export interface ToggleChipsProps<V extends string> {
  label: string
  options: readonly { value: V; label: string }[]
  chosen: readonly V[]
  /** The choices in the options' order. */
  onChange: (chosen: V[]) => void
  disabled?: boolean
}

/** Several choices at once, each a chip that ticks. */
export function ToggleChips<V extends string>({
  label,
  options,
  chosen,
  onChange,
  disabled,
}: ToggleChipsProps<V>) {
  const toggle = (value: V) => {
    if (disabled) return
    const next = chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]
    onChange(options.map((option) => option.value).filter((v) => next.includes(v)))
  }
  return (
    <View className="event-edit__chips" role="group" ariaLabel={label}>
      {options.map((option) => {
        const checked = chosen.includes(option.value)
        return (
          <View
            key={option.value}
            className={`event-edit__chip${checked ? ' event-edit__chip--selected' : ''}${disabled ? ' event-edit__chip--disabled' : ''}`}
            role="checkbox"
            aria-checked={checked ? 'true' : 'false'}
            aria-disabled={disabled ? 'true' : 'false'}
            ariaLabel={option.label}
            hoverClass={disabled ? undefined : 'event-edit__chip--pressed'}
            onClick={() => toggle(option.value)}
          >
            <Text>
              {checked ? '✓ ' : ''}
              {option.label}
            </Text>
          </View>
        )
      })}
    </View>
  )
}
