// The local WeChat cloud and the gateway on a fresh data directory, seeded with the 2025 week
// and its samples, called the way the H5 app and scripted clients call it.
import { startSeededCloud, type SeededCloud } from '../../local/seeded-cloud'

export type TestCloud = SeededCloud

export interface TestCloudOptions {
  now?: string
  workers?: number
  env?: Record<string, string>
  /** Serve this H5 build at `/` too (browser tests). */
  h5Dir?: string
}

export function startTestCloud(options: TestCloudOptions = {}): Promise<TestCloud> {
  return startSeededCloud({ workers: 2, ...options, includeSamples: true })
}
