// One control per kind of registration field, each with its label, hint and inline problem.
import { Button, Input, Label, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import {
  EXPORT_MARKETS,
  FIELD_SPECS,
  type FieldSpec,
  type RegistrationFieldId,
} from '@/domain/registration-form'
import { countChars } from '@/domain/text-input'

export type FieldValue = string | number | boolean | string[] | undefined

/** What an untouched field holds: one attendee, nothing chosen, nothing typed. */
export function initialValue(id: RegistrationFieldId): FieldValue {
  switch (FIELD_SPECS[id].kind) {
    case 'count':
      return 1
    case 'yes-no':
      return undefined
    case 'multi-choice':
      return []
    default:
      return ''
  }
}

// Shown under the label (not as a placeholder, which disappears while typing).
const HINTS: Partial<Record<RegistrationFieldId, string>> = {
  companyName: '与营业执照上的名称一致',
  creditCode: '18位，印在营业执照上',
  phone: '用于接收报名结果，页面上只显示部分号码',
  expertQuestion: '例如：店铺被投诉外观专利侵权，如何应对？',
}

// Room for what people paste ('+86 138-1234-5678', a credit code in groups of four); the
// validator reports anything too long rather than the input cutting it off unseen.
const PASTE_ROOM: Partial<Record<FieldSpec['kind'], number>> = { 'credit-code': 30, phone: 20 }

const TEXT_KINDS: readonly FieldSpec['kind'][] = ['text', 'credit-code', 'phone', 'long-text']

export interface FormFieldProps {
  id: RegistrationFieldId
  value: FieldValue
  error?: string
  /** Seats one enterprise may take: the top of the attendee count. */
  perCompanyCap: number
  onChange: (value: FieldValue) => void
}

export function FormField(props: FormFieldProps) {
  const { id, error } = props
  const spec = FIELD_SPECS[id]
  const hint = HINTS[id]
  const ids = {
    control: `reg-${id}-control`,
    label: `reg-${id}-label`,
    hint: `reg-${id}-hint`,
    error: `reg-${id}-error`,
  }
  // Screen readers read the hint and the problem after the label.
  const describedBy = [hint && ids.hint, error && ids.error].filter(Boolean).join(' ') || undefined
  const labelText = (
    <>
      <Text id={ids.label}>{spec.label}</Text>
      {!spec.required && <Text className="reg-field__optional">（选填）</Text>}
    </>
  )
  // A text box has a label tied to it; a group of buttons is named by the group.
  const label = TEXT_KINDS.includes(spec.kind) ? (
    <Label className="reg-field__label" for={ids.control}>
      {labelText}
    </Label>
  ) : (
    <View className="reg-field__label">{labelText}</View>
  )
  const hintText = hint ? (
    <Text id={ids.hint} className="reg-field__hint">
      {hint}
    </Text>
  ) : undefined
  return (
    <View id={`reg-${id}`} className={`reg-field${error ? ' reg-field--invalid' : ''}`}>
      <Control
        {...props}
        spec={spec}
        label={label}
        hint={hintText}
        ids={ids}
        describedBy={describedBy}
      />
      {error && (
        <Text id={ids.error} className="reg-field__error">
          {error}
        </Text>
      )}
    </View>
  )
}

interface ControlProps extends FormFieldProps {
  spec: FieldSpec
  label: JSX.Element
  hint: JSX.Element | undefined
  ids: { control: string; label: string }
  describedBy?: string
}

function Control(props: ControlProps) {
  switch (props.spec.kind) {
    case 'count':
      return <CountStepper {...props} />
    case 'yes-no':
      return <YesNo {...props} />
    case 'multi-choice':
      return <MarketChoices {...props} />
    default:
      return <TextControl {...props} />
  }
}

function TextControl({
  spec,
  value,
  error,
  onChange,
  label,
  hint,
  ids,
  describedBy,
}: ControlProps) {
  const text = typeof value === 'string' ? value : ''
  const maxlength = PASTE_ROOM[spec.kind] ?? spec.maxLength
  // WeChat ties the label to the control by id; on H5 the real <input> sits inside Taro's
  // element, so it is named and described through ARIA itself.
  const nativeProps = {
    'aria-labelledby': ids.label,
    'aria-describedby': describedBy,
    'aria-invalid': error ? 'true' : 'false',
    'aria-required': spec.required ? 'true' : 'false',
  }
  return (
    <View className="reg-field__control">
      {label}
      {hint}
      {spec.kind === 'long-text' ? (
        <>
          <Textarea
            id={ids.control}
            className="reg-field__textarea"
            value={text}
            maxlength={maxlength}
            autoHeight
            nativeProps={nativeProps}
            onInput={(event) => onChange(event.detail.value)}
          />
          {maxlength !== undefined && (
            <Text className="reg-field__counter">
              已输入 {countChars(text.trim(), maxlength)}/{maxlength} 字
            </Text>
          )}
        </>
      ) : (
        <Input
          id={ids.control}
          className="reg-field__input"
          // The number pad on WeChat; on the web a plain text box that accepts '+86 ' too.
          type={spec.kind === 'phone' && process.env.TARO_ENV === 'weapp' ? 'number' : 'text'}
          value={text}
          maxlength={maxlength}
          nativeProps={{
            ...nativeProps,
            ...(spec.kind === 'phone' ? { inputMode: 'tel', autoComplete: 'tel' } : {}),
            ...(spec.kind === 'credit-code' ? { autoCapitalize: 'characters' } : {}),
          }}
          onInput={(event) => onChange(event.detail.value)}
        />
      )}
    </View>
  )
}

function CountStepper({ spec, value, perCompanyCap, onChange, label, describedBy }: ControlProps) {
  const count = typeof value === 'number' ? value : 1
  const most = Math.max(1, perCompanyCap)
  return (
    <View
      className="reg-field__control"
      role="group"
      ariaLabel={spec.label}
      aria-describedby={describedBy}
    >
      {label}
      <View className="reg-stepper">
        <Button
          className={`reg-stepper__button${count <= 1 ? ' reg-stepper__button--disabled' : ''}`}
          aria-disabled={count <= 1 ? 'true' : 'false'}
          ariaLabel={`减少${spec.label}`}
          onClick={() => onChange(Math.max(1, count - 1))}
        >
          −
        </Button>
        <Text className="reg-stepper__value" aria-live="polite">
          {count} 人
        </Text>
        <Button
          className={`reg-stepper__button${count >= most ? ' reg-stepper__button--disabled' : ''}`}
          aria-disabled={count >= most ? 'true' : 'false'}
          ariaLabel={`增加${spec.label}`}
          onClick={() => onChange(Math.min(most, count + 1))}
        >
          +
        </Button>
      </View>
      <Text className="reg-field__hint">每家企业最多 {most} 人</Text>
    </View>
  )
}

function YesNo({ spec, value, onChange, label, describedBy }: ControlProps) {
  const options: Array<[string, boolean]> = [
    ['是', true],
    ['否', false],
  ]
  return (
    <View
      className="reg-field__control"
      role="radiogroup"
      ariaLabel={spec.label}
      aria-describedby={describedBy}
    >
      {label}
      <View className="reg-choices">
        {options.map(([text, option]) => (
          <Choice
            key={text}
            role="radio"
            text={text}
            selected={value === option}
            onClick={() => onChange(option)}
          />
        ))}
      </View>
    </View>
  )
}

function MarketChoices({ spec, value, onChange, label, describedBy }: ControlProps) {
  const chosen = Array.isArray(value) ? value : []
  const most = spec.maxItems ?? EXPORT_MARKETS.length
  const toggle = (market: string) => {
    if (chosen.includes(market)) onChange(chosen.filter((m) => m !== market))
    else if (chosen.length >= most)
      void Taro.showToast({ title: `最多选择${most}项`, icon: 'none' })
    else onChange([...chosen, market])
  }
  return (
    <View
      className="reg-field__control"
      role="group"
      ariaLabel={spec.label}
      aria-describedby={describedBy}
    >
      {label}
      <Text className="reg-field__hint">可多选，最多 {most} 项</Text>
      <View className="reg-choices">
        {EXPORT_MARKETS.map((market) => (
          <Choice
            key={market}
            role="checkbox"
            text={market}
            selected={chosen.includes(market)}
            onClick={() => toggle(market)}
          />
        ))}
      </View>
    </View>
  )
}

function Choice({
  role,
  text,
  selected,
  onClick,
}: {
  role: 'radio' | 'checkbox'
  text: string
  selected: boolean
  onClick: () => void
}) {
  return (
    <View
      className={`reg-choice${selected ? ' reg-choice--selected' : ''}`}
      role={role}
      aria-checked={selected ? 'true' : 'false'}
      ariaLabel={text}
      hoverClass="reg-choice--pressed"
      onClick={onClick}
    >
      <Text>{text}</Text>
    </View>
  )
}
