// 时间地点: the day (within the days the campaign allows), the times once announced, and the place.
import { Picker, Text, View } from '@tarojs/components'
import { ADDRESS_LENGTH, PLACE_NAME_LENGTH } from '@/domain/event-edit'
import { formatDayLabel, type Day } from '@/domain/time'
import { Field, TextBox } from './controls'
import { PickerFace } from './picker-face'
import type { SectionProps } from './draft-form'
import { LocationPicker } from './location-picker'

export interface WhenWhereSectionProps extends SectionProps {
  /** editableDays of the campaign. */
  days: readonly Day[]
}

export function WhenWhereSection({
  form,
  problems,
  onChange,
  isLocked,
  days,
}: WhenWhereSectionProps) {
  const dayIndex = days.indexOf(form.day)
  const place = form.place
  const placeLocked = isLocked('place')
  return (
    <View className="workspace__card" role="group" ariaLabel="时间地点">
      <Text className="workspace__heading">时间地点</Text>
      <Field path="day" label="日期" hint="准备阶段或宣传周内的一天" problem={problems.day}>
        <Picker
          mode="selector"
          range={days.map(formatDayLabel)}
          value={Math.max(0, dayIndex)}
          disabled={isLocked('day')}
          onChange={(event) => {
            const day = days[Number(event.detail.value)]
            if (day) onChange({ day })
          }}
        >
          <PickerFace
            label="日期"
            text={formatDayLabel(form.day)}
            set
            invalid={!!problems.day}
            disabled={isLocked('day')}
          />
        </Picker>
      </Field>
      <View className="event-edit__pair">
        <ClockField
          path="startTime"
          label="开始时间"
          value={form.startTime}
          problem={problems.startTime}
          disabled={isLocked('startTime')}
          onChange={(startTime) => onChange({ startTime })}
        />
        <ClockField
          path="endTime"
          label="结束时间"
          value={form.endTime}
          problem={problems.endTime}
          disabled={isLocked('endTime')}
          onChange={(endTime) => onChange({ endTime })}
        />
      </View>
      <Text className="workspace__note">
        时间未定时可以不填，公众看到“具体时间待主办单位公布”。
      </Text>
      <Field path="place.name" label="活动地点" problem={problems['place.name']}>
        <TextBox
          label="活动地点"
          value={place.name}
          maxLength={PLACE_NAME_LENGTH.max}
          invalid={!!problems['place.name']}
          disabled={placeLocked}
          placeholder="如 市法院第一法庭"
          onChange={(name) => onChange({ place: { ...place, name } })}
        />
      </Field>
      <Field path="place.address" label="详细地址" optional problem={problems['place.address']}>
        <TextBox
          label="详细地址"
          value={place.address ?? ''}
          maxLength={ADDRESS_LENGTH.max}
          invalid={!!problems['place.address']}
          disabled={placeLocked}
          onChange={(address) => onChange({ place: { ...place, address } })}
        />
      </Field>
      <LocationPicker
        place={place}
        problems={problems}
        disabled={placeLocked}
        onChange={(changed) => onChange({ place: changed })}
      />
    </View>
  )
}

interface ClockFieldProps {
  path: string
  label: string
  value: string | undefined
  problem?: string
  disabled: boolean
  onChange: (clock: string | undefined) => void
}

/** A time of day, or none while it is not announced. */
function ClockField({ path, label, value, problem, disabled, onChange }: ClockFieldProps) {
  return (
    <Field path={path} label={label} problem={problem}>
      <Picker
        mode="time"
        value={value ?? '09:00'}
        disabled={disabled}
        onChange={(event) => onChange(String(event.detail.value))}
      >
        <PickerFace
          label={label}
          text={value ?? '未定'}
          set={value !== undefined}
          invalid={!!problem}
          disabled={disabled}
        />
      </Picker>
      {value !== undefined && !disabled && (
        <View
          className="event-edit__clear"
          role="button"
          ariaLabel={`清除${label}`}
          onClick={() => onChange(undefined)}
        >
          <Text>清除</Text>
        </View>
      )}
    </Field>
  )
}
