// A labelled text box of the workspace forms, with its problem under it and, for long text, a count.
import { Input, Text, Textarea, View } from '@tarojs/components'
import { countChars } from '@/domain/text-input'

export interface TextFieldProps {
  /** Unique on the page: ties the label and the problem to the box. */
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  maxlength: number
  error?: string
  optional?: boolean
  multiline?: boolean
  /** A count (the number pad on WeChat). */
  numeric?: boolean
  placeholder?: string
}

export function TextField(props: TextFieldProps) {
  const { id, label, value, onChange, maxlength, error, optional, multiline } = props
  const labelId = `${id}-label`
  const errorId = `${id}-error`
  const nativeProps = {
    'aria-labelledby': labelId,
    'aria-invalid': error ? 'true' : 'false',
    ...(error ? { 'aria-describedby': errorId } : {}),
    ...(props.numeric ? { inputMode: 'numeric' } : {}),
  }
  const common = {
    value,
    maxlength,
    placeholder: props.placeholder,
    placeholderClass: 'workspace__placeholder',
    nativeProps,
    onInput: (event: { detail: { value: string } }) => onChange(event.detail.value),
  }
  return (
    <View className="workspace__field">
      <Text className="workspace__field__label" id={labelId}>
        {label}
        {optional && <Text className="workspace__optional">（选填）</Text>}
      </Text>
      {multiline ? (
        <>
          <Textarea
            className={`workspace__textarea${error ? ' workspace__textarea--invalid' : ''}`}
            autoHeight
            {...common}
          />
          <Text className="workspace__note">
            已输入 {countChars(value.trim(), maxlength)}/{maxlength} 字
          </Text>
        </>
      ) : (
        <Input
          className={`workspace__input${error ? ' workspace__input--invalid' : ''}`}
          // The number pad on WeChat; on the web a text box with a numeric keyboard.
          type={props.numeric && process.env.TARO_ENV === 'weapp' ? 'number' : 'text'}
          ariaLabel={label}
          {...common}
        />
      )}
      {error && (
        <Text className="workspace__error" id={errorId}>
          {error}
        </Text>
      )}
    </View>
  )
}
