import { appendFile, readFile } from 'node:fs/promises'

/** One message a local stand-in WeChat service would have sent; nothing leaves the machine. */
export interface OutboxEntry {
  at: string
  apiName: string
  openid?: string
  payload: Record<string, unknown>
  local: true
}

/** `<dataDir>/outbox.jsonl`: one JSON line per call, appended (one write each, so concurrent calls do not interleave). */
export class Outbox {
  constructor(private readonly file: string) {}

  async append(entry: OutboxEntry): Promise<void> {
    await appendFile(this.file, JSON.stringify(entry) + '\n')
  }

  async read(): Promise<OutboxEntry[]> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw e
    }
    return text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as OutboxEntry)
  }
}
