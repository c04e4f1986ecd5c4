// Deletes organisers' export files a day after they were made (exports.ts).
import type { ExportCleanupReport } from '@/contracts/scheduled'
import { now } from '../clock'
import { db, storage } from '../cloud'
import { exportFiles, type ExportFileRecord } from '../exports'
import { batches } from './batches'

export async function removeExpiredExports(): Promise<ExportCleanupReport> {
  const due = { deleteAfter: db.command.lt(now()) }
  let removed = 0
  for await (const batch of batches<ExportFileRecord>('exportFiles', due)) {
    await storage.deleteFile({ fileList: batch.map((file) => file.fileID) })
    const { stats } = await exportFiles()
      .where({ _id: db.command.in(batch.map((file) => file._id)) })
      .remove()
    removed += stats.removed
  }
  return { removed }
}
