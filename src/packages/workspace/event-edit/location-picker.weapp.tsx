// The place's coordinates in the mini-program: picked on WeChat's map, which also offers the
// place's name and address when none was typed (the web types them in: location-picker.tsx).
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Field } from './controls'
import type { LocationPickerProps } from './location-picker'

const cancelled = (error: unknown) =>
  /cancel/i.test((error as { errMsg?: string } | undefined)?.errMsg ?? '')

export function LocationPicker({ place, problems, disabled, onChange }: LocationPickerProps) {
  const [problem, setProblem] = useState<string>()
  const located = place.latitude !== undefined && place.longitude !== undefined

  const choose = async () => {
    if (disabled) return
    try {
      const chosen = await Taro.chooseLocation(
        located ? { latitude: place.latitude, longitude: place.longitude } : {},
      )
      setProblem(undefined)
      const address = place.address?.trim() || chosen.address
      onChange({
        name: place.name.trim() ? place.name : chosen.name,
        ...(address ? { address } : {}),
        latitude: chosen.latitude,
        longitude: chosen.longitude,
      })
    } catch (error) {
      if (!cancelled(error)) setProblem('没能打开地图选点，请稍后重试')
    }
  }

  const { latitude: _latitude, longitude: _longitude, ...withoutCoordinates } = place
  const shown = problem ?? problems['place.latitude'] ?? problems['place.longitude']
  return (
    <Field path="place.latitude" label="地图位置" optional problem={shown}>
      <Text className="workspace__note">
        {located
          ? `已选定位置（${place.latitude?.toFixed(5)}, ${place.longitude?.toFixed(5)}），活动页可查看地图`
          : '选定位置后，活动页可查看地图和导航'}
      </Text>
      {!disabled && (
        <View className="workspace__inline-actions">
          <Button
            className="workspace__action workspace__action--small"
            onClick={() => void choose()}
          >
            {located ? '重新选点' : '在地图上选点'}
          </Button>
          {located && (
            <Button
              className="workspace__action workspace__action--small"
              onClick={() => onChange(withoutCoordinates)}
            >
              清除位置
            </Button>
          )}
        </View>
      )}
    </Field>
  )
}
