// What the mini-program's and the web preview's photo uploads share: where a filing photo is
// stored, how large it may be, and how a batch of uploads is reported. WeChat's image check
// (security.imgSecCheck, run before a report is published) takes images up to 1 MB and
// 750×1334 px, so photos are shrunk to that before they leave the phone.
export const MAX_PHOTO_BYTES = 1024 * 1024
const MAX_WIDTH = 750
const MAX_HEIGHT = 1334

export const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'gif', 'webp']

export interface PhotoUpload {
  /** Cloud file ids of the photos stored, in the order chosen. */
  fileIDs: string[]
  /** Set when some photos could not be stored. */
  problem?: string
}

/** A reason to show the person for one photo that was refused before upload. */
export class PhotoProblem extends Error {}

/** The width to scale a photo to so that it fits WeChat's image check; never wider than it is. */
export function fittedWidth(width: number, height: number): number {
  const scale = Math.min(1, MAX_WIDTH / width, MAX_HEIGHT / height)
  return Math.max(1, Math.round(width * scale))
}

/** `filings/<unitId>/<random>.<ext>`: a new name for every photo, so a stored one never changes. */
export function filingPhotoPath(unitId: string, extension: string): string {
  const name = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`
  return `filings/${unitId}/${name}.${extension}`
}

/** Whether the person closed the photo chooser without choosing. */
export function isCancelled(error: unknown): boolean {
  return /cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? ''))
}

/** Uploads one photo after another (a phone's uplink is slow), keeping those that made it. */
export async function uploadEach<T>(
  files: readonly T[],
  uploadOne: (file: T) => Promise<string>,
): Promise<PhotoUpload> {
  const fileIDs: string[] = []
  let failed = 0
  let reason: string | undefined
  for (const file of files) {
    try {
      fileIDs.push(await uploadOne(file))
    } catch (error) {
      failed++
      if (error instanceof PhotoProblem) reason ??= error.message
    }
  }
  if (failed === 0) return { fileIDs }
  return {
    fileIDs,
    problem: `有 ${failed} 张照片没能上传：${reason ?? '请检查网络后重试'}`,
  }
}
