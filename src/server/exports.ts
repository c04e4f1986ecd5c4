// Files made for organisers (registration lists with full contact details, the week's summary):
// stored with a short download link and recorded, so the scheduled job deletes them a day later
// instead of leaving personal data in cloud storage.
import { now } from './clock'
import { db, storeFile } from './cloud'

export interface ExportFileRecord {
  _id: string
  fileID: string
  createdAt: Date
  deleteAfter: Date
}

/** Long enough to download again the same day; short enough not to become an archive. */
export const EXPORT_KEPT_MS = 24 * 60 * 60 * 1000

export const exportFiles = () => db.collection<ExportFileRecord>('exportFiles')

export async function storeExport(
  cloudPath: string,
  content: Buffer,
  linkSeconds: number,
): Promise<{ fileID: string; url: string }> {
  const stored = await storeFile(cloudPath, content, linkSeconds)
  const at = now()
  await exportFiles().add({
    data: {
      _id: cloudPath.replace(/[^A-Za-z0-9_-]/g, '_'),
      fileID: stored.fileID,
      createdAt: at,
      deleteAfter: new Date(at.getTime() + EXPORT_KEPT_MS),
    },
  })
  return stored
}
