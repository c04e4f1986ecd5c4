// The certificate in WeChat: a 2d canvas node painted by the shared painter, exported once as a
// PNG temp file that 保存到相册 saves and the share card shows. The web build uses poster.tsx.
import { Button, Canvas, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { albumFailure } from './album-failure'
import type { CertificateContent, CertificatePosterProps } from './certificate-content'
import {
  POSTER_HEIGHT,
  POSTER_WIDTH,
  paintCertificate,
  posterScale,
  type PosterContext,
} from './paint-certificate'

const CANVAS_ID = 'certificate-poster'

type Painting = { status: 'painting' } | { status: 'ready'; file: string } | { status: 'failed' }

function pixelRatio(): number {
  // getWindowInfo (base library 2.20.1+) replaces the deprecated getSystemInfoSync.
  return (Taro.getWindowInfo ? Taro.getWindowInfo() : Taro.getSystemInfoSync()).pixelRatio
}

function paintToFile(content: CertificateContent): Promise<string> {
  return new Promise((resolve, reject) => {
    Taro.createSelectorQuery()
      .select(`#${CANVAS_ID}`)
      .fields({ node: true, size: true })
      .exec(([found]: Array<{ node?: Taro.Canvas } | null>) => {
        const canvas = found?.node
        if (!canvas) {
          reject(new Error('the poster canvas is not on the page'))
          return
        }
        // A throw in this callback would escape the promise and leave the page painting forever.
        try {
          const scale = posterScale(pixelRatio())
          canvas.width = Math.round(POSTER_WIDTH * scale)
          canvas.height = Math.round(POSTER_HEIGHT * scale)
          paintCertificate(canvas.getContext('2d') as PosterContext, content, scale)
        } catch (error) {
          reject(error)
          return
        }
        Taro.canvasToTempFilePath({ canvas, fileType: 'png' }).then(
          ({ tempFilePath }) => resolve(tempFilePath),
          reject,
        )
      })
  })
}

async function saveToAlbum(file: string): Promise<void> {
  try {
    await Taro.saveImageToPhotosAlbum({ filePath: file })
    void Taro.showToast({ title: '已保存到相册', icon: 'success' })
  } catch (error) {
    const failure = albumFailure(error)
    if (failure === 'cancelled') return
    if (failure === 'denied') {
      const { confirm } = await Taro.showModal({
        title: '没有保存到相册的权限',
        content: '请在设置中打开“添加到相册”，回来后再点一次保存。',
        confirmText: '去设置',
      })
      if (confirm) void Taro.openSetting()
      return
    }
    void Taro.showModal({
      title: '没能保存证书',
      content:
        failure === 'privacy'
          ? '保存到相册前需要同意本小程序的隐私保护指引，请再点一次保存并在弹窗中同意。'
          : '证书图片没能保存到相册，请稍后再试。',
      showCancel: false,
    })
  }
}

export function CertificatePoster({ content, onImage }: CertificatePosterProps) {
  const [painting, setPainting] = useState<Painting>({ status: 'painting' })
  const [round, setRound] = useState(0)

  useEffect(() => {
    let current = true
    setPainting({ status: 'painting' })
    // The canvas node can be queried only once this render has reached the page.
    Taro.nextTick(() => {
      paintToFile(content).then(
        (file) => {
          if (!current) return
          setPainting({ status: 'ready', file })
          onImage?.(file)
        },
        () => current && setPainting({ status: 'failed' }),
      )
    })
    return () => {
      current = false
    }
  }, [content, onImage, round])

  return (
    <View className="certificate__poster">
      <View role="img" ariaLabel={`答题证书：${content.name}，${content.score}分`}>
        <Canvas type="2d" id={CANVAS_ID} className="certificate__canvas" />
      </View>
      {painting.status === 'failed' && (
        <View role="alert" className="certificate__poster">
          <Text className="certificate__problem">证书图片没能生成。</Text>
          <Button className="certificate__action" onClick={() => setRound(round + 1)}>
            重新生成
          </Button>
        </View>
      )}
      <Button
        className="certificate__save"
        disabled={painting.status !== 'ready'}
        onClick={() => painting.status === 'ready' && void saveToAlbum(painting.file)}
      >
        {painting.status === 'painting' ? '正在生成证书…' : '保存到相册'}
      </Button>
      <Button className="certificate__action" openType="share">
        分享给好友
      </Button>
    </View>
  )
}
