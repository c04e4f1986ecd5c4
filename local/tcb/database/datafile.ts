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
