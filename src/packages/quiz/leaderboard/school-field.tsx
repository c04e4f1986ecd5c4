import { Button, Input, View } from '@tarojs/components'
import { useEffect, useState } from 'react'

/** The contract's limit on a school name. */
const SCHOOL_MAX_LENGTH = 30

export interface SchoolFieldProps {
  /** The school whose board is shown; the box follows when it is chosen elsewhere (a row). */
  value: string
  /** Called with the trimmed name on 查看 or the keyboard's confirm key. */
  onChoose: (school: string) => void
}

/**
 * The school is typed, as the taker typed it on submit, and asked for on 查看: Chinese input
 * methods pass through pinyin letters that would otherwise each be asked for.
 */
export function SchoolField({ value, onChoose }: SchoolFieldProps) {
  const [text, setText] = useState(value)
  useEffect(() => setText(value), [value])
  return (
    <View className="leaderboard__school" role="search">
      <View className="leaderboard__school-field">
        <Input
          className="leaderboard__school-input"
          type="text"
          value={text}
          placeholder="输入学校全称，如 营口市第一中学"
          placeholderClass="leaderboard__placeholder"
          maxlength={SCHOOL_MAX_LENGTH}
          confirmType="search"
          ariaLabel="学校名称"
          // On H5 the real <input> sits inside Taro's element and must be named itself.
          nativeProps={{ 'aria-label': '学校名称' }}
          onInput={(event) => setText(event.detail.value)}
          onConfirm={(event) => onChoose(String(event.detail.value ?? text).trim())}
        />
      </View>
      <Button className="leaderboard__school-button" onClick={() => onChoose(text.trim())}>
        查看
      </Button>
    </View>
  )
}
