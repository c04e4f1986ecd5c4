// Stored photos as a row of thumbnails; a tap shows them full size.
import { Image, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { photoSource } from '@/services/upload-photo'
import './photo-strip.scss'

export function PhotoStrip({ fileIDs, label }: { fileIDs: readonly string[]; label: string }) {
  if (fileIDs.length === 0) return null
  const urls = fileIDs.map(photoSource)
  return (
    <View className="photo-strip" role="list" ariaLabel={label}>
      {urls.map((url, i) => (
        <View
          key={url}
          className="photo-strip__item"
          role="listitem"
          ariaLabel={`第${i + 1}张照片，点按查看大图`}
          onClick={() => void Taro.previewImage({ urls, current: url })}
        >
          <Image className="photo-strip__image" src={url} mode="aspectFill" />
        </View>
      ))}
    </View>
  )
}
