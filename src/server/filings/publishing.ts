// What stands between a unit's report and the public: WeChat's content checks on its text and
// each photo, and temporary links for the photos once it is published.
import type { NewsItem } from '@/contracts/filings'
import { checkImage, checkText, storage } from '@/server/cloud'
import type { ReportRecord } from './records'

const PHOTO_LINK_SECONDS = 2 * 60 * 60

function imageType(fileID: string): string {
  const extension = fileID.split('.').pop()?.toLowerCase()
  if (extension === 'png') return 'image/png'
  if (extension === 'gif') return 'image/gif'
  if (extension === 'webp') return 'image/webp'
  return 'image/jpeg'
}

/** Why the report may not be published, or undefined when every check passed. */
export async function contentVerdict(report: ReportRecord): Promise<string | undefined> {
  const text = await checkText(`${report.title}\n${report.text}`, report.filedBy)
  if (text !== 'pass') return '文字未通过微信内容安全检查，请修改后重新报送'
  for (const [i, fileID] of report.photos.entries()) {
    const { fileContent } = await storage.downloadFile({ fileID })
    const verdict = await checkImage(Buffer.from(fileContent), imageType(fileID))
    if (verdict !== 'pass') return `第${i + 1}张照片未通过微信内容安全检查，请更换后重新报送`
  }
  return undefined
}

export async function newsItems(
  reports: readonly ReportRecord[],
  unitName: (unitId: string) => string,
): Promise<NewsItem[]> {
  const fileIDs = reports.flatMap((report) => report.photos)
  const urls = new Map<string, string>()
  if (fileIDs.length > 0) {
    const { fileList } = await storage.getTempFileURL({
      fileList: fileIDs.map((fileID) => ({ fileID, maxAge: PHOTO_LINK_SECONDS })),
    })
    fileList.forEach((file, i) => {
      if (file.tempFileURL) urls.set(fileIDs[i], file.tempFileURL)
    })
  }
  return reports.map((report) => ({
    reportId: report._id,
    title: report.title,
    text: report.text,
    unitName: unitName(report.unitId),
    publishedAt: new Date(report.publishedAt ?? report.filedAt).toISOString(),
    photoUrls: report.photos.flatMap((fileID) => urls.get(fileID) ?? []),
  }))
}
