// 基本信息: title, description, hosts, invited organisations and the committee units in charge.
import { Picker, Text, View } from '@tarojs/components'
import type { Unit } from '@/domain/campaign'
import {
  DESCRIPTION_LENGTH,
  MAX_ORGANISATIONS,
  ORGANISATION_LENGTH,
  TITLE_LENGTH,
} from '@/domain/event-edit'
import { Field, TextArea, TextBox } from './controls'
import { PickerFace } from './picker-face'
import type { SectionProps } from './draft-form'

/** Room for every organisation's name, one a line. */
const ORGANISATIONS_MAX_CHARS = MAX_ORGANISATIONS * (ORGANISATION_LENGTH.max + 1)

export interface AboutSectionProps extends SectionProps {
  units: readonly Unit[]
  /** The office chooses the units; a unit's editor works for their own. */
  choosesUnits: boolean
}

export function AboutSection({
  form,
  problems,
  onChange,
  isLocked,
  units,
  choosesUnits,
}: AboutSectionProps) {
  return (
    <View className="workspace__card" role="group" ariaLabel="基本信息">
      <Text className="workspace__heading">基本信息</Text>
      <Field path="title" label="标题" problem={problems.title}>
        <TextBox
          label="标题"
          value={form.title}
          maxLength={TITLE_LENGTH.max}
          invalid={!!problems.title}
          disabled={isLocked('title')}
          placeholder="如 知识产权司法保护开放日"
          onChange={(title) => onChange({ title })}
        />
      </Field>
      <Field path="description" label="活动简介" optional problem={problems.description}>
        <TextArea
          label="活动简介"
          value={form.description}
          maxLength={DESCRIPTION_LENGTH.max}
          invalid={!!problems.description}
          disabled={isLocked('description')}
          placeholder="活动内容、议程和参加方式"
          onChange={(description) => onChange({ description })}
        />
      </Field>
      <Field path="hosts" label="主办单位" hint="每行一个单位" problem={problems.hosts}>
        <TextArea
          label="主办单位"
          value={form.hosts.join('\n')}
          maxLength={ORGANISATIONS_MAX_CHARS}
          invalid={!!problems.hosts}
          disabled={isLocked('hosts')}
          onChange={(text) => onChange({ hosts: text.split('\n') })}
        />
      </Field>
      <Field
        path="invited"
        label="邀请单位"
        optional
        hint="每行一个单位"
        problem={problems.invited}
      >
        <TextArea
          label="邀请单位"
          value={form.invited.join('\n')}
          maxLength={ORGANISATIONS_MAX_CHARS}
          invalid={!!problems.invited}
          disabled={isLocked('invited')}
          onChange={(text) => onChange({ invited: text.split('\n') })}
        />
      </Field>
      <UnitsField
        chosen={form.unitIds}
        units={units}
        problem={problems.unitIds}
        editable={choosesUnits && !isLocked('unitIds')}
        onChange={(unitIds) => onChange({ unitIds })}
      />
    </View>
  )
}

interface UnitsFieldProps {
  chosen: string[]
  units: readonly Unit[]
  problem?: string
  editable: boolean
  onChange: (unitIds: string[]) => void
}

/** The units that manage the event: names with a remove button, and a picker to add one. */
function UnitsField({ chosen, units, problem, editable, onChange }: UnitsFieldProps) {
  const name = (id: string) => units.find((unit) => unit.id === id)?.name ?? id
  const addable = units.filter((unit) => !chosen.includes(unit.id))
  return (
    <Field
      path="unitIds"
      label="负责的成员单位"
      hint={editable ? '负责单位可以修改活动、管理报名' : undefined}
      problem={problem}
    >
      <View className="event-edit__units" role="list" ariaLabel="负责的成员单位">
        {chosen.length === 0 && <Text className="workspace__note">尚未选择</Text>}
        {chosen.map((id) => (
          <View key={id} className="event-edit__unit" role="listitem" ariaLabel={name(id)}>
            <Text className="event-edit__unit-name">{name(id)}</Text>
            {editable && (
              <View
                className="event-edit__unit-remove"
                role="button"
                ariaLabel={`移除${name(id)}`}
                onClick={() => onChange(chosen.filter((unitId) => unitId !== id))}
              >
                <Text>×</Text>
              </View>
            )}
          </View>
        ))}
      </View>
      {editable && addable.length > 0 && (
        <Picker
          mode="selector"
          range={addable.map((unit) => unit.name)}
          onChange={(event) => {
            const unit = addable[Number(event.detail.value)]
            if (unit) onChange([...chosen, unit.id])
          }}
        >
          <PickerFace label="负责的成员单位" text="添加单位" set={false} />
        </Picker>
      )}
    </Field>
  )
}
