// Photos for a report or the summary: chosen, shrunk and uploaded at once (their cloud fileIDs
// are what the form sends), each shown with a way to remove it.
import { Image, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { MAX_PHOTOS } from '@/domain/filings'
import { choosePhotos, photoSource } from '@/services/upload-photo'

export interface PhotoFieldProps {
  unitId: string
  fileIDs: string[]
  onChange: (fileIDs: string[]) => void
  /** While photos upload, so the form waits for them before it is sent. */
  onUploading: (uploading: boolean) => void
}

export function PhotoField({ unitId, fileIDs, onChange, onUploading }: PhotoFieldProps) {
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string>()
  const room = MAX_PHOTOS - fileIDs.length

  const add = async () => {
    if (busy || room <= 0) return
    setBusy(true)
    onUploading(true)
    const { fileIDs: added, problem: failed } = await choosePhotos(unitId, room)
    setBusy(false)
    onUploading(false)
    setProblem(failed)
    if (added.length > 0) onChange([...fileIDs, ...added].slice(0, MAX_PHOTOS))
  }

  return (
    <View className="workspace__field" role="group" ariaLabel="照片">
      <Text className="workspace__field__label">
        照片<Text className="workspace__optional">（选填，最多 {MAX_PHOTOS} 张）</Text>
      </Text>
      <View className="photo-field">
        {fileIDs.map((fileID, i) => (
          <View key={fileID} className="photo-field__item">
            <Image className="photo-field__image" src={photoSource(fileID)} mode="aspectFill" />
            <View
              className="photo-field__remove"
              role="button"
              ariaLabel={`移除第${i + 1}张照片`}
              onClick={() => onChange(fileIDs.filter((id) => id !== fileID))}
            >
              <Text>×</Text>
            </View>
          </View>
        ))}
        {room > 0 && (
          <View
            className={`photo-field__add${busy ? ' photo-field__add--busy' : ''}`}
            role="button"
            ariaLabel={busy ? '正在上传照片' : '添加照片'}
            aria-disabled={busy ? 'true' : 'false'}
            onClick={() => void add()}
          >
            <Text className="photo-field__plus">{busy ? '…' : '+'}</Text>
            <Text className="photo-field__hint">{busy ? '正在上传' : '添加照片'}</Text>
          </View>
        )}
      </View>
      {problem && (
        <View className="workspace__error" role="alert">
          <Text>{problem}</Text>
        </View>
      )}
    </View>
  )
}
