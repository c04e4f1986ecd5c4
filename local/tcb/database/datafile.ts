// A collection's data file, held open for appending. NeDB itself opens, appends to and closes the
// file for every write: three trips through the thread pool. Here each write is one write(2) on
// the open descriptor, made synchronously, so the new state is in the kernel (and survives the
// process being killed) before the write is acknowledged, as with NeDB's own append; neither
// fsyncs, except a transaction's commit (see sync).
import { writeSync } from 'node:fs'
import { type FileHandle, open } from 'node:fs/promises'
import type Datastore from '@seald-io/nedb'
import { serialize } from '@seald-io/nedb/lib/model.js'

/** The NeDB internal every write of a datastore goes through (insert, update, remove, index). */
interface Persistence {
  persistNewStateAsync(docs: object[]): Promise<void>
}

export class Datafile {
  private constructor(private readonly handle: FileHandle) {}

  /**
   * Takes over the datastore's appends once it is loaded. Loading compacts the file, replacing
   * it with a new one; nothing compacts it afterwards, so the descriptor stays on the live file.
   */
  static async attach(datastore: Datastore, filename: string): Promise<Datafile> {
    const datafile = new Datafile(await open(filename, 'a'))
    const persistence = (datastore as unknown as { persistence: Persistence }).persistence
    persistence.persistNewStateAsync = async (docs) =>
      datafile.append(docs.map((doc) => serialize(doc) + '\n').join(''))
    return datafile
  }

  /**
   * Cuts a torn final line off the data file: what a process killed in the middle of an append
   * leaves. Every append ends with a newline and is acknowledged only once all of it is written,
   * so bytes after the last newline belong to a write nobody was told had happened. Returns how
   * many bytes were cut. Only the tail: a damaged line anywhere else still stops the load.
   */
  static async dropTornTail(filename: string): Promise<number> {
    let handle: FileHandle
    try {
      handle = await open(filename, 'r+')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0
      throw e
    }
    try {
      const { size } = await handle.stat()
      let keep = size
      const chunk = Buffer.alloc(64 * 1024)
      // Back from the end, a chunk at a time, to the last newline (usually the last byte).
      while (keep > 0) {
        const length = Math.min(chunk.length, keep)
        const { bytesRead } = await handle.read(chunk, 0, length, keep - length)
        const newline = chunk.subarray(0, bytesRead).lastIndexOf(0x0a)
        if (newline >= 0) {
          keep = keep - length + newline + 1
          break
        }
        keep -= length
      }
      if (keep === size) return 0
      await handle.truncate(keep)
      await handle.sync()
      return size - keep
    } finally {
      await handle.close()
    }
  }

  append(text: string): void {
    const bytes = Buffer.from(text, 'utf8')
    for (let written = 0; written < bytes.length;) {
      written += writeSync(this.handle.fd, bytes, written)
    }
  }

  /** Flushes the file to the disk (a transaction's commit, before its log record is dropped). */
  sync(): Promise<void> {
    return this.handle.sync()
  }

  close(): Promise<void> {
    return this.handle.close()
  }
}
