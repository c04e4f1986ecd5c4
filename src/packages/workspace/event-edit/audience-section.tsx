// 面向人群与形式: who the event is for and what kind it is, as the calendar's filters offer them.
import { Text, View } from '@tarojs/components'
import { AUDIENCES, AUDIENCE_LABELS, FORMS, FORM_LABELS } from '@/domain/event'
import { AUDIENCE_NOTE_LENGTH } from '@/domain/event-edit'
import { Field, TextBox } from './controls'
import { ToggleChips } from './toggle-chips'
import type { SectionProps } from './draft-form'

const AUDIENCE_OPTIONS = AUDIENCES.map((value) => ({ value, label: AUDIENCE_LABELS[value] }))
const FORM_OPTIONS = FORMS.map((value) => ({ value, label: FORM_LABELS[value] }))

export function AudienceSection({ form, problems, onChange, isLocked }: SectionProps) {
  return (
    <View className="workspace__card" role="group" ariaLabel="面向人群与形式">
      <Text className="workspace__heading">面向人群与形式</Text>
      <Field path="audiences" label="面向人群" hint="可多选" problem={problems.audiences}>
        <ToggleChips
          label="面向人群"
          options={AUDIENCE_OPTIONS}
          chosen={form.audiences}
          disabled={isLocked('audiences')}
          onChange={(audiences) => onChange({ audiences })}
        />
      </Field>
      <Field
        path="audienceNote"
        label="面向人群说明"
        optional
        hint="更具体的对象，显示在活动页上"
        problem={problems.audienceNote}
      >
        <TextBox
          label="面向人群说明"
          value={form.audienceNote ?? ''}
          maxLength={AUDIENCE_NOTE_LENGTH.max}
          invalid={!!problems.audienceNote}
          disabled={isLocked('audienceNote')}
          placeholder="如 营口全地区涉外企业"
          onChange={(audienceNote) => onChange({ audienceNote })}
        />
      </Field>
      <Field path="forms" label="活动形式" hint="可多选" problem={problems.forms}>
        <ToggleChips
          label="活动形式"
          options={FORM_OPTIONS}
          chosen={form.forms}
          disabled={isLocked('forms')}
          onChange={(forms) => onChange({ forms })}
        />
      </Field>
    </View>
  )
}
