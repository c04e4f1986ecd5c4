// The certificate on the web: an HTML canvas painted by the shared painter, saved as a PNG by a
// download link. The WeChat build uses poster.weapp.tsx instead.
import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState, type MouseEvent } from 'react'
import type { CertificatePosterProps } from './certificate-content'
import { POSTER_HEIGHT, POSTER_WIDTH, paintCertificate, posterScale } from './paint-certificate'

export function CertificatePoster({ content }: CertificatePosterProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const [painted, setPainted] = useState<boolean>()

  useEffect(() => {
    const canvas = canvasRef.current
    const ctx = canvas?.getContext('2d')
    if (!canvas || !ctx) {
      setPainted(false)
      return
    }
    const scale = posterScale(window.devicePixelRatio)
    canvas.width = Math.round(POSTER_WIDTH * scale)
    canvas.height = Math.round(POSTER_HEIGHT * scale)
    paintCertificate(ctx, content, scale)
    setPainted(true)
  }, [content])

  // Encoded when asked for: a data URL of the whole poster is too big to keep in the page.
  const download = (event: MouseEvent<HTMLAnchorElement>) => {
    const canvas = canvasRef.current
    if (canvas) event.currentTarget.href = canvas.toDataURL('image/png')
  }

  return (
    <View className="certificate__poster">
      <View role="img" ariaLabel={`答题证书：${content.name}，${content.score}分`}>
        <canvas ref={canvasRef} className="certificate__canvas" aria-hidden="true" />
      </View>
      {painted === false && (
        <View role="alert">
          <Text className="certificate__problem">
            这个浏览器无法生成证书图片，请换用其他浏览器。
          </Text>
        </View>
      )}
      {painted && (
        <a
          className="certificate__save"
          href="#"
          download={`${content.campaignTitle}答题证书.png`}
          onClick={download}
        >
          保存证书图片
        </a>
      )}
    </View>
  )
}
