// Several of a few options (面向人群, 活动形式), every option visible at once.
import { Text, View } from '@tarojs/components'

export interface ChoiceChipsProps<V extends string> {
  label: string
  options: readonly V[]
  labels: Record<V, string>
  chosen: readonly V[]
  onChange: (chosen: V[]) => void
  error?: string
}

export function ChoiceChips<V extends string>(props: ChoiceChipsProps<V>) {
  const { label, options, labels, chosen, onChange, error } = props
  // Kept in the options' order, whatever order they were tapped in.
  const toggle = (option: V) =>
    onChange(options.filter((o) => (o === option ? !chosen.includes(o) : chosen.includes(o))))
  return (
    <View className="workspace__field" role="group" ariaLabel={label}>
      <Text className="workspace__field__label">{label}（可多选）</Text>
      <View className="choice-chips">
        {options.map((option) => {
          const selected = chosen.includes(option)
          return (
            <View
              key={option}
              className={`choice-chips__chip${selected ? ' choice-chips__chip--selected' : ''}`}
              role="checkbox"
              aria-checked={selected ? 'true' : 'false'}
              ariaLabel={labels[option]}
              hoverClass="choice-chips__chip--pressed"
              onClick={() => toggle(option)}
            >
              <Text>{labels[option]}</Text>
            </View>
          )
        })}
      </View>
      {error && <Text className="workspace__error">{error}</Text>}
    </View>
  )
}
