// Filing photos in the mini-program: chosen from the album or the camera, shrunk with
// compressImage to what WeChat's image check takes, and stored with wx.cloud.uploadFile, which
// answers the cloud fileID. The web preview has its own way (upload-photo.ts).
import Taro from '@tarojs/taro'
import {
  filingPhotoPath,
  fittedWidth,
  isCancelled,
  MAX_PHOTO_BYTES,
  PHOTO_EXTENSIONS,
  PhotoProblem,
  uploadEach,
  type PhotoUpload,
} from './upload-photo-shared'

export type { PhotoUpload }

async function fileSize(filePath: string): Promise<number> {
  const info = await Taro.getFileInfo({ filePath })
  return 'size' in info ? info.size : Infinity
}

/** The photo, scaled and recompressed when it is too wide, too tall or too heavy. */
async function shrunk(file: { tempFilePath: string; size: number }): Promise<string> {
  const { width, height } = await Taro.getImageInfo({ src: file.tempFilePath })
  const fitted = fittedWidth(width, height)
  if (fitted === width && file.size <= MAX_PHOTO_BYTES) return file.tempFilePath
  const { tempFilePath } = await Taro.compressImage({
    src: file.tempFilePath,
    quality: 80,
    compressedWidth: fitted,
  })
  if ((await fileSize(tempFilePath)) > MAX_PHOTO_BYTES) {
    throw new PhotoProblem('照片过大，请换一张或裁剪后再试')
  }
  return tempFilePath
}

async function uploadOne(unitId: string, file: { tempFilePath: string; size: number }) {
  const filePath = await shrunk(file)
  const extension = filePath.split('.').pop()?.toLowerCase() ?? ''
  const cloudPath = filingPhotoPath(
    unitId,
    PHOTO_EXTENSIONS.includes(extension) ? extension : 'jpg',
  )
  const { fileID } = await Taro.cloud.uploadFile({ cloudPath, filePath })
  return fileID
}

/** Lets the person choose up to `most` photos and stores each under filings/<unitId>/. */
export async function choosePhotos(unitId: string, most: number): Promise<PhotoUpload> {
  let files: { tempFilePath: string; size: number }[]
  try {
    const chosen = await Taro.chooseMedia({
      count: most,
      mediaType: ['image'],
      sizeType: ['compressed'],
    })
    files = chosen.tempFiles
  } catch (error) {
    return isCancelled(error) ? { fileIDs: [] } : { fileIDs: [], problem: '无法打开相册，请重试' }
  }
  return uploadEach(files.slice(0, most), (file) => uploadOne(unitId, file))
}

/** What an <Image> shows for a stored photo: WeChat's image component reads cloud fileIDs. */
export function photoSource(fileID: string): string {
  return fileID
}
