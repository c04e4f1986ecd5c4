import { Button, Input, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import './index.scss'

export interface SearchBoxProps {
  /** The search in effect; the box shows it and follows when it changes elsewhere (cleared). */
  value?: string
  placeholder: string
  maxLength: number
  /** Called with the trimmed text on 搜索 or the keyboard's search key; '' clears the search. */
  onSearch: (text: string) => void
}

/**
 * Searches when the reader asks (button or keyboard), not on every keystroke: Chinese input
 * methods pass through pinyin letters that would otherwise be searched for.
 */
export function SearchBox({ value = '', placeholder, maxLength, onSearch }: SearchBoxProps) {
  const [text, setText] = useState(value)
  useEffect(() => setText(value), [value])
  const clear = () => {
    setText('')
    if (value) onSearch('')
  }
  return (
    <View className="search-box" role="search">
      <View className="search-box__field">
        <Input
          className="search-box__input"
          type="text"
          value={text}
          placeholder={placeholder}
          placeholderClass="search-box__placeholder"
          maxlength={maxLength}
          confirmType="search"
          ariaLabel="搜索活动"
          onInput={(event) => setText(event.detail.value)}
          onConfirm={(event) => onSearch(String(event.detail.value ?? text).trim())}
        />
        {text !== '' && (
          <View
            className="search-box__clear"
            role="button"
            ariaLabel="清空搜索内容"
            onClick={clear}
          >
            <Text>×</Text>
          </View>
        )}
      </View>
      <Button className="search-box__button" onClick={() => onSearch(text.trim())}>
        搜索
      </Button>
    </View>
  )
}
