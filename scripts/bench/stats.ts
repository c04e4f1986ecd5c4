// Latency percentiles and the way figures are written in the report.

export interface LatencySummary {
  count: number
  p50: number
  p90: number
  p99: number
  max: number
  mean: number
}

/** Nearest-rank percentile of ascending-sorted values (0 for none). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

export function summarize(values: readonly number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b)
  const total = sorted.reduce((sum, value) => sum + value, 0)
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : 0,
    mean: sorted.length ? total / sorted.length : 0,
  }
}

export const perSecond = (count: number, ms: number) => (ms > 0 ? (count * 1000) / ms : 0)

export const ms = (value: number) => `${Math.round(value)} ms`

export const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`

export const rate = (value: number) => `${Math.round(value)}/s`

export const percent = (value: number) => `${Math.round(value * 100)}%`

/** Counts values by key, in first-seen order. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return counts
}

export const formatCounts = (counts: Map<string, number>) =>
  counts.size ? [...counts].map(([name, n]) => `${name} ${n}`).join(', ') : 'none'
