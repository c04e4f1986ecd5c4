// The editor's controls: a labelled field with its problem underneath, and text and number boxes.
import { Input, Text, Textarea, View } from '@tarojs/components'
import { useEffect, useState, type PropsWithChildren } from 'react'

export interface FieldProps {
  /** The problem path it shows (checkEventDraft's key), also its element id for scrolling to. */
  path: string
  label: string
  optional?: boolean
  hint?: string
  problem?: string
}

export const fieldId = (path: string) => `event-edit-${path.replace(/\./g, '-')}`

export function Field({
  path,
  label,
  optional,
  hint,
  problem,
  children,
}: PropsWithChildren<FieldProps>) {
  return (
    <View id={fieldId(path)} className="workspace__field">
      <Text className="workspace__field__label">
        {label}
        {optional && <Text className="workspace__optional">（选填）</Text>}
      </Text>
      {hint && <Text className="workspace__note">{hint}</Text>}
      {children}
      {problem && (
        <View className="workspace__error" role="alert">
          <Text>{problem}</Text>
        </View>
      )}
    </View>
  )
}

interface BoxProps {
  label: string
  value: string
  onChange: (value: string) => void
  maxLength: number
  invalid?: boolean
  disabled?: boolean
  placeholder?: string
}

const boxClass = (base: string, invalid?: boolean, disabled?: boolean) =>
  `${base}${invalid ? ` ${base}--invalid` : ''}${disabled ? ' event-edit__locked' : ''}`

export function TextBox({
  label,
  value,
  onChange,
  maxLength,
  invalid,
  disabled,
  placeholder,
}: BoxProps) {
  return (
    <Input
      className={boxClass('workspace__input', invalid, disabled)}
      value={value}
      maxlength={maxLength}
      disabled={disabled}
      placeholder={placeholder}
      placeholderClass="workspace__placeholder"
      ariaLabel={label}
      nativeProps={{ 'aria-label': label }}
      onInput={(event) => onChange(event.detail.value)}
    />
  )
}

export function TextArea({
  label,
  value,
  onChange,
  maxLength,
  invalid,
  disabled,
  placeholder,
}: BoxProps) {
  return (
    <Textarea
      className={boxClass('workspace__textarea', invalid, disabled)}
      value={value}
      maxlength={maxLength}
      disabled={disabled}
      autoHeight
      placeholder={placeholder}
      placeholderClass="workspace__placeholder"
      ariaLabel={label}
      nativeProps={{ 'aria-label': label }}
      onInput={(event) => onChange(event.detail.value)}
    />
  )
}

/** Blank: `blank`; anything but a number: NaN, which the draft check reports. */
const numberOf = (typed: string, blank: number | undefined) =>
  typed.trim() === '' ? blank : Number(typed)
const numberText = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '' : String(n))
const sameNumber = (a: number | undefined, b: number | undefined) =>
  a === b || (Number.isNaN(a) && Number.isNaN(b))

export interface NumberBoxProps {
  label: string
  value: number | undefined
  onChange: (value: number | undefined) => void
  blank?: number
  decimals?: boolean
  invalid?: boolean
  disabled?: boolean
  placeholder?: string
}

/**
 * Keeps the text as typed ('40.' on the way to '40.6'), and follows the value when it changes
 * elsewhere (a reload, a point picked on the map).
 */
export function NumberBox({
  label,
  value,
  onChange,
  blank,
  decimals,
  invalid,
  disabled,
  placeholder,
}: NumberBoxProps) {
  const [text, setText] = useState(() => numberText(value))
  useEffect(() => {
    setText((typed) => (sameNumber(numberOf(typed, blank), value) ? typed : numberText(value)))
  }, [value, blank])
  return (
    <Input
      className={boxClass('workspace__input', invalid, disabled)}
      type={decimals ? 'digit' : 'number'}
      value={text}
      maxlength={12}
      disabled={disabled}
      placeholder={placeholder}
      placeholderClass="workspace__placeholder"
      ariaLabel={label}
      nativeProps={{ 'aria-label': label }}
      onInput={(event) => {
        const typed = event.detail.value
        setText(typed)
        onChange(numberOf(typed, blank))
      }}
    />
  )
}
