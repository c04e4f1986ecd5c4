// A registration deadline: a day and a time in Shanghai ('YYYY-MM-DD HH:mm'), or none for the
// default.
import { Picker, Text, View } from '@tarojs/components'
import { formatDayLabel, type Day } from '@/domain/time'
import { Field } from './controls'
import { PickerFace } from './picker-face'

/** The time a deadline gets when its day is picked first: the end of a working day. */
const FIRST_CLOCK = '18:00'

export interface WallClockFieldProps {
  path: string
  label: string
  hint: string
  value: string | undefined
  /** Deadlines fall before the event: the day picker stops there. */
  eventDay: Day
  problem?: string
  disabled: boolean
  onChange: (value: string | undefined) => void
}

export function WallClockField(props: WallClockFieldProps) {
  const { path, label, hint, value, eventDay, problem, disabled, onChange } = props
  const [day, clock] = value?.split(' ') ?? []
  return (
    <Field path={path} label={label} optional hint={hint} problem={problem}>
      <View className="event-edit__pair">
        <Picker
          className="event-edit__half"
          mode="date"
          value={day ?? eventDay}
          end={eventDay}
          disabled={disabled}
          onChange={(event) => onChange(`${event.detail.value} ${clock ?? FIRST_CLOCK}`)}
        >
          <PickerFace
            label={`${label}的日期`}
            text={day ? formatDayLabel(day) : '选择日期'}
            set={!!day}
            invalid={!!problem}
            disabled={disabled}
          />
        </Picker>
        <Picker
          className="event-edit__half"
          mode="time"
          value={clock ?? FIRST_CLOCK}
          disabled={disabled}
          onChange={(event) => onChange(`${day ?? eventDay} ${event.detail.value}`)}
        >
          <PickerFace
            label={`${label}的时间`}
            text={clock ?? '选择时间'}
            set={!!clock}
            invalid={!!problem}
            disabled={disabled}
          />
        </Picker>
      </View>
      {value && !disabled && (
        <View
          className="event-edit__clear"
          role="button"
          ariaLabel={`清除${label}，使用默认`}
          onClick={() => onChange(undefined)}
        >
          <Text>清除，使用默认</Text>
        </View>
      )}
    </Field>
  )
}
