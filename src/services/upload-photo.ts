// Filing photos in the web preview, which has no wx.cloud: the photo is shrunk in the browser as
// WeChat's compressImage would, then stored through the local gateway's stand-in for
// wx.cloud.uploadFile (local/gateway/upload.ts), which answers its cloud fileID. The mini-program
// does this with wx.cloud itself (upload-photo.weapp.ts).
import Taro from '@tarojs/taro'
import {
  filingPhotoPath,
  fittedWidth,
  isCancelled,
  MAX_PHOTO_BYTES,
  PhotoProblem,
  uploadEach,
  type PhotoUpload,
} from './upload-photo-shared'

export type { PhotoUpload }

const EXTENSION_OF: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
}

async function shrink(file: File): Promise<Blob> {
  const bitmap = await createImageBitmap(file).catch(() => {
    throw new PhotoProblem('无法读取这张图片，请换一张')
  })
  const width = fittedWidth(bitmap.width, bitmap.height)
  if (width === bitmap.width && file.size <= MAX_PHOTO_BYTES) return file
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = Math.max(1, Math.round((bitmap.height * width) / bitmap.width))
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new PhotoProblem('无法读取这张图片'))),
      'image/jpeg',
      0.8,
    ),
  )
}

async function uploadOne(unitId: string, file: File): Promise<string> {
  if (!EXTENSION_OF[file.type]) throw new PhotoProblem('只能上传 JPG、PNG、GIF 或 WebP 图片')
  const photo = await shrink(file)
  if (photo.size > MAX_PHOTO_BYTES) throw new PhotoProblem('照片过大，请换一张或裁剪后再试')
  const cloudPath = filingPhotoPath(unitId, EXTENSION_OF[photo.type])
  const response = await fetch(`/cloud-upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { 'content-type': photo.type },
    body: photo,
  })
  const answer = (await response.json()) as
    { ok: true; data: { fileID: string } } | { ok: false; error: { message: string } }
  if (!answer.ok) throw new PhotoProblem(answer.error.message)
  return answer.data.fileID
}

/** Lets the person choose up to `most` photos and stores each under filings/<unitId>/. */
export async function choosePhotos(unitId: string, most: number): Promise<PhotoUpload> {
  let files: File[]
  try {
    const { tempFiles } = await Taro.chooseMedia({ count: most, mediaType: ['image'] })
    files = tempFiles.flatMap((file) => (file.originalFileObj ? [file.originalFileObj] : []))
  } catch (error) {
    return isCancelled(error) ? { fileIDs: [] } : { fileIDs: [], problem: '无法打开相册，请重试' }
  }
  return uploadEach(files.slice(0, most), (file) => uploadOne(unitId, file))
}

/** What an <Image> shows for a stored photo: the gateway serves it by its fileID. */
export function photoSource(fileID: string): string {
  return `/cloud-file?fileID=${encodeURIComponent(fileID)}`
}
