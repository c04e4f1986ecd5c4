// The place's coordinates on the web: typed in, for the event page's map link (the mini-program
// picks them on WeChat's map instead, see location-picker.weapp.tsx).
import { View } from '@tarojs/components'
import type { DraftProblems } from '@/domain/event-edit'
import type { Place } from '@/domain/event'
import { Field, NumberBox } from './controls'

export interface LocationPickerProps {
  place: Place
  problems: DraftProblems
  disabled: boolean
  onChange: (place: Place) => void
}

export function LocationPicker({ place, problems, disabled, onChange }: LocationPickerProps) {
  const latitudeProblem = problems['place.latitude']
  const longitudeProblem = problems['place.longitude']
  return (
    <View className="event-edit__pair">
      <Field path="place.latitude" label="纬度" optional problem={latitudeProblem}>
        <NumberBox
          label="纬度"
          value={place.latitude}
          decimals
          invalid={!!latitudeProblem}
          disabled={disabled}
          placeholder="如 40.6669"
          onChange={(latitude) => onChange({ ...place, latitude })}
        />
      </Field>
      <Field path="place.longitude" label="经度" optional problem={longitudeProblem}>
        <NumberBox
          label="经度"
          value={place.longitude}
          decimals
          invalid={!!longitudeProblem}
          disabled={disabled}
          placeholder="如 122.2352"
          onChange={(longitude) => onChange({ ...place, longitude })}
        />
      </Field>
    </View>
  )
}
