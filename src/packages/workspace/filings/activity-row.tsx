// One line of the 主题活动情况清单: what, when, where, for whom and in what form. Problems come
// keyed by field as the server words them ('title', 'place.name', …).
import { Button, Picker, Text, View } from '@tarojs/components'
import { AUDIENCE_LABELS, AUDIENCES, FORM_LABELS, FORMS } from '@/domain/event'
import type { Audience, EventForm } from '@/domain/event'
import { DESCRIPTION_LENGTH, PLACE_NAME_LENGTH, TITLE_LENGTH } from '@/domain/event-edit'
import { formatDayLabel, type Day } from '@/domain/time'
import { ChoiceChips } from './choice-chips'
import { TextField } from '../text-field'

export interface ActivityRowDraft {
  /** Stable across removals, for React. */
  key: number
  title: string
  /** '' until chosen. */
  day: Day
  /** 'HH:mm', '' while not announced. */
  startTime: string
  endTime: string
  placeName: string
  audiences: Audience[]
  forms: EventForm[]
  description: string
}

export const emptyRow = (key: number): ActivityRowDraft => ({
  key,
  title: '',
  day: '',
  startTime: '',
  endTime: '',
  placeName: '',
  audiences: [],
  forms: [],
  description: '',
})

export interface ActivityRowProps {
  row: ActivityRowDraft
  index: number
  days: readonly Day[]
  /** Where the day picker opens while no day is chosen: the week's first day. */
  openingDay: Day
  /** This row's problems by field. */
  problems: Record<string, string>
  onChange: (row: ActivityRowDraft) => void
  /** Absent for the only row. */
  onRemove?: () => void
}

export function ActivityRow(props: ActivityRowProps) {
  const { row, index, days, problems, onChange, onRemove } = props
  const set = (changes: Partial<ActivityRowDraft>) => onChange({ ...row, ...changes })
  const id = `activity-${row.key}`
  const dayIndex = days.indexOf(row.day)
  const openingIndex = Math.max(0, days.indexOf(props.openingDay))
  return (
    <View className="activity-row" role="group" ariaLabel={`第${index + 1}项活动`}>
      <View className="workspace__row-head">
        <Text className="workspace__heading">第 {index + 1} 项活动</Text>
        {onRemove && (
          <Button className="activity-row__remove" onClick={onRemove}>
            删除此项
          </Button>
        )}
      </View>
      <TextField
        id={`${id}-title`}
        label="活动标题"
        value={row.title}
        maxlength={TITLE_LENGTH.max}
        placeholder="如 知识产权进校园宣讲"
        error={problems.title}
        onChange={(title) => set({ title })}
      />
      <View className="workspace__field">
        <Text className="workspace__field__label">日期</Text>
        <Picker
          mode="selector"
          range={days.map(formatDayLabel)}
          value={dayIndex >= 0 ? dayIndex : openingIndex}
          onChange={(event) => set({ day: days[Number(event.detail.value)] ?? '' })}
        >
          <View
            className={`picker-field${problems.day ? ' picker-field--invalid' : ''}`}
            role="button"
            ariaLabel={`日期：${row.day ? formatDayLabel(row.day) : '未选择'}，点按选择`}
          >
            <Text className={row.day ? '' : 'workspace__placeholder'}>
              {row.day ? formatDayLabel(row.day) : '请选择日期'}
            </Text>
            <Text className="picker-field__chevron">›</Text>
          </View>
        </Picker>
        {problems.day && <Text className="workspace__error">{problems.day}</Text>}
      </View>
      <View className="activity-row__times">
        <TimeField
          label="开始时间"
          value={row.startTime}
          error={problems.startTime}
          onChange={(startTime) => set({ startTime })}
        />
        <TimeField
          label="结束时间"
          value={row.endTime}
          error={problems.endTime}
          onChange={(endTime) => set({ endTime })}
        />
      </View>
      <TextField
        id={`${id}-place`}
        label="活动地点"
        value={row.placeName}
        maxlength={PLACE_NAME_LENGTH.max}
        placeholder="如 营口市第一中学报告厅"
        error={problems['place.name']}
        onChange={(placeName) => set({ placeName })}
      />
      <ChoiceChips
        label="面向人群"
        options={AUDIENCES}
        labels={AUDIENCE_LABELS}
        chosen={row.audiences}
        error={problems.audiences}
        onChange={(audiences) => set({ audiences })}
      />
      <ChoiceChips
        label="活动形式"
        options={FORMS}
        labels={FORM_LABELS}
        chosen={row.forms}
        error={problems.forms}
        onChange={(forms) => set({ forms })}
      />
      <TextField
        id={`${id}-description`}
        label="活动简介"
        optional
        multiline
        value={row.description}
        maxlength={DESCRIPTION_LENGTH.max}
        error={problems.description}
        onChange={(description) => set({ description })}
      />
    </View>
  )
}

/** A time of day that may stay open ('待定') while the unit does not know it yet. */
function TimeField(props: {
  label: string
  value: string
  error?: string
  onChange: (value: string) => void
}) {
  const { label, value, error, onChange } = props
  return (
    <View className="workspace__field activity-row__time">
      <Text className="workspace__field__label">
        {label}
        <Text className="workspace__optional">（选填）</Text>
      </Text>
      <Picker mode="time" value={value || '09:00'} onChange={(e) => onChange(e.detail.value)}>
        <View
          className={`picker-field${error ? ' picker-field--invalid' : ''}`}
          role="button"
          ariaLabel={`${label}：${value || '待定'}，点按选择`}
        >
          <Text className={value ? '' : 'workspace__placeholder'}>{value || '待定'}</Text>
          <Text className="picker-field__chevron">›</Text>
        </View>
      </Picker>
      {value && (
        <View
          className="activity-row__clear"
          role="button"
          ariaLabel={`清除${label}`}
          onClick={() => onChange('')}
        >
          <Text>清除</Text>
        </View>
      )}
      {error && <Text className="workspace__error">{error}</Text>}
    </View>
  )
}
