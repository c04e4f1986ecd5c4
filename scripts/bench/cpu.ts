// CPU time of this process, of the function workers (its children running runner/worker.ts) and of
// the whole machine, so a run can tell which process is saturated and whether something else was
// competing for the cores. Linux only (reads /proc); elsewhere only this process is measured.
import { readdirSync, readFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { performance, type EventLoopUtilization } from 'node:perf_hooks'

// USER_HZ: the unit of utime/stime in /proc/<pid>/stat and of /proc/stat, 100 on mainstream Linux.
const TICKS_PER_SECOND = 100
const ticksToMs = (ticks: number) => (ticks * 1000) / TICKS_PER_SECOND

export interface CpuSample {
  at: number
  /** This process, ms of CPU. */
  self: number
  /** Function workers by pid, ms of CPU. */
  workers: Map<number, number>
  /** Every core of the machine, busy ms (undefined without /proc). */
  machine?: number
  loop: EventLoopUtilization
}

export interface CpuUse {
  wallMs: number
  /** In cores (1 = one core busy for the whole interval). */
  self: number
  workers: number
  workerCount: number
  clients: number
  /** Busy cores not accounted for by this process and its children. */
  others?: number
  /** Share of the interval this process's event loop was busy (0..1). */
  loop: number
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

/** CPU ms of this process's children whose command line contains `marker`, by pid. */
function childTimes(marker: string): Map<number, number> {
  const times = new Map<number, number>()
  let entries: string[] = []
  try {
    entries = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))
  } catch {
    return times
  }
  for (const pid of entries) {
    const stat = read(`/proc/${pid}/stat`)
    if (!stat) continue
    // The command name is in parentheses and may contain spaces: fields follow the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(fields[1]) !== process.pid) continue
    if (!read(`/proc/${pid}/cmdline`)?.includes(marker)) continue
    times.set(Number(pid), ticksToMs(Number(fields[11]) + Number(fields[12])))
  }
  return times
}

function machineBusy(): number | undefined {
  const line = read('/proc/stat')?.split('\n')[0]
  if (!line?.startsWith('cpu ')) return undefined
  // user nice system idle iowait irq softirq steal: busy is all but idle and iowait.
  const [user, nice, system, , , irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number)
  return ticksToMs(user + nice + system + irq + softirq + (steal ?? 0))
}

export function sampleCpu(): CpuSample {
  const { user, system } = process.cpuUsage()
  return {
    at: performance.now(),
    self: (user + system) / 1000,
    workers: childTimes('runner/worker'),
    machine: machineBusy(),
    loop: performance.eventLoopUtilization(),
  }
}

/** `clientsMs`: CPU of the client process, which reports its own (it may exit before `after`). */
export function cpuBetween(before: CpuSample, after: CpuSample, clientsMs = 0): CpuUse {
  const wallMs = after.at - before.at
  const cores = (ms: number) => (wallMs > 0 ? ms / wallMs : 0)
  let workers = 0
  for (const [pid, time] of after.workers) workers += time - (before.workers.get(pid) ?? 0)
  const clients = clientsMs
  const self = after.self - before.self
  const machine =
    after.machine !== undefined && before.machine !== undefined
      ? after.machine - before.machine
      : undefined
  return {
    wallMs,
    self: cores(self),
    workers: cores(workers),
    workerCount: after.workers.size,
    clients: cores(clients),
    others:
      machine === undefined ? undefined : Math.max(0, cores(machine - self - workers - clients)),
    loop: performance.eventLoopUtilization(after.loop, before.loop).utilization,
  }
}

/** Cores used: "gateway+TCB 0.90 (event loop 85% busy), 4 workers 0.70, clients 0.20, others 0.10 of 2" */
export function describeCpu(use: CpuUse): string {
  const f = (cores: number) => cores.toFixed(2)
  return (
    `cores used: gateway+TCB server ${f(use.self)} (event loop ${Math.round(use.loop * 100)}% busy), ` +
    `${use.workerCount} workers ${f(use.workers)}, clients ${f(use.clients)}` +
    (use.others === undefined ? '' : `, other processes ${f(use.others)}; ${cpus().length} cores`)
  )
}

/**
 * Resolves once `count` workers exist and have gone quiet (each has loaded every function and
 * waits for calls), so a measurement does not share the cores with their start-up.
 */
export async function waitForIdleWorkers(count: number, timeoutMs = 60_000): Promise<void> {
  const deadline = performance.now() + timeoutMs
  let before = sampleCpu()
  while (performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 300))
    const after = sampleCpu()
    const use = cpuBetween(before, after)
    before = after
    // Without /proc nothing can be seen: carry on.
    if (after.machine === undefined) return
    if (use.workerCount >= count && use.workers < 0.05 * count) return
  }
  throw new Error(`the ${count} function workers did not become ready in ${timeoutMs} ms`)
}
