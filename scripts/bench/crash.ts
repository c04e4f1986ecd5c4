// Crash rounds: the local runtime (crash-runtime.ts, its own process group) serves registrations
// and cancellations from many simulated users against one capacity-limited session a round, and
// is SIGKILLed, function instances and all, at a random moment. It is started again on the same
// data directory, and the database is checked: every registration a user was told of exists in
// a status their calls explain; no registration twice; each session's seat counter equals the
// seats its registrations hold, within capacity; the waiting list in the order people joined it,
// nobody passed over, nobody waiting while the first in line would fit. Each check covers every
// round's session so far, so a later restart must keep what an earlier one repaired.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, openSync, readdirSync, readSync, closeSync, fstatSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createInterface } from 'node:readline'
import { sdkEnvironment } from '../../local/runner/sdk-env'
import { testSession } from '../../local/test-session'
import type { CloudResult } from '../../src/contracts/errors'
import type { RegistrationView } from '../../src/contracts/registrations'
import type { SeatRecountReport } from '../../src/contracts/scheduled'
import type { EventRecord } from '../../src/domain/event'
import { PRIVACY_NOTICE_VERSION } from '../../src/domain/privacy'
import type { RuntimeReady } from './crash-runtime'
import type { Row, Section } from './section'
import { seconds } from './stats'
import {
  checkUsers,
  figures,
  problems,
  readEvent,
  readRegistrations,
  userProblems,
  type UserCall,
  type UserHistory,
} from './verify'

const ROOT = resolve(__dirname, '../..')
const RUNTIME = join(__dirname, 'crash-runtime.ts')
/** Registration for a session on 23 April is open. */
const NOW = '2025-04-15T10:00:00+08:00'

export interface CrashOptions {
  rounds: number
  /** Simulated users per round, each registering, some cancelling, some coming back. */
  users: number
  /** Seats in each round's session. */
  capacity: number
  /** Users calling at once. */
  clients: number
  workers: number
}

export const CRASH_DEFAULTS: Omit<CrashOptions, 'workers' | 'clients'> = {
  rounds: 10,
  users: 160,
  // About half the seats asked for (each user asks for 1.4 on average): seats are still being
  // taken, not only waited for, for much of a round, so a kill can land between a take and the
  // write that holds it.
  capacity: 110,
}

export interface CrashRound {
  round: number
  /** Calls sent, answered ok (acknowledged), answered with an error, and never answered. */
  sent: number
  acknowledged: number
  errors: number
  unanswered: number
  /** When the runtime was killed, ms after the round's first call. */
  killedAtMs: number
  /** Data files whose last line the kill left torn (cut off at the restart). */
  tornFiles: number
  /** The seat recount the restarted runtime ran before serving. */
  seats: SeatRecountReport
  /** Sessions and registrations checked after the restart. */
  events: number
  registrations: number
  problems: string[]
}

export interface Runtime {
  child: ChildProcess
  ready: RuntimeReady
}

/** Starts the runtime on `dataDir` in a process group of its own; resolves once it serves. */
export async function startRuntime(dataDir: string, workers: number): Promise<Runtime> {
  const child = spawn(process.execPath, ['--import', 'tsx', RUNTIME, dataDir], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, IPWEEK_NOW: NOW, IPWEEK_CRASH_WORKERS: String(workers) },
  })
  const line = await new Promise<string>((resolveLine, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolveLine)
    child.once('exit', (code, signal) =>
      reject(new Error(`the runtime exited (${signal ?? code}) before serving`)),
    )
  })
  return { child, ready: JSON.parse(line) as RuntimeReady }
}

/** Points this process's SDK at the runtime's TCB server (the port changes with each start). */
export function readAndWriteThrough(runtime: Runtime): void {
  Object.assign(process.env, sdkEnvironment(runtime.ready.tcb))
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

/**
 * SIGKILL to the runtime's whole process group: the runtime and every function instance at once
 * (the kernel delivers it to the group). Only the runtime writes the data files, so once it has
 * exited nothing more is written.
 */
export async function killRuntime({ child }: Runtime): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((done) => child.once('exit', done))
  process.kill(-(child.pid as number), 'SIGKILL')
  await exited
}

/** Data files (one per collection) not ending in a newline: a write the kill cut short. */
function tornFiles(dataDir: string): number {
  const dir = join(dataDir, 'db')
  let torn = 0
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.db'))) {
    const fd = openSync(join(dir, name), 'r')
    try {
      const { size } = fstatSync(fd)
      const last = Buffer.alloc(1)
      if (size > 0 && readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a) torn++
    } finally {
      closeSync(fd)
    }
  }
  return torn
}

export function session(_id: string, capacity: number): EventRecord {
  return testSession(_id, { title: `崩溃测试 ${_id}`, registration: { capacity } })
}

/** What a user will try, in order: register; some cancel; of those, some register again. */
function plan(): { kind: UserCall['kind']; attendees: number }[] {
  const attendees = Math.random() < 0.7 ? 1 : Math.random() < 0.6 ? 2 : 3
  const calls: { kind: UserCall['kind']; attendees: number }[] = [{ kind: 'register', attendees }]
  if (Math.random() < 0.35) {
    calls.push({ kind: 'cancel', attendees })
    if (Math.random() < 0.4) calls.push({ kind: 'register', attendees })
  }
  return calls
}

interface Load {
  users: UserHistory[]
  killedAtMs: number
}

/** Runs the round's users through the gateway and kills the runtime at a random moment. */
async function loadAndKill(
  runtime: Runtime,
  eventId: string,
  round: number,
  options: CrashOptions,
): Promise<Load> {
  const plans = Array.from({ length: options.users }, plan)
  const total = plans.reduce((sum, calls) => sum + calls.length, 0)
  // Somewhere in the middle of the load, then a little later still: mid-call for some.
  const killAfter = Math.floor(total * (0.15 + Math.random() * 0.7))
  const users: UserHistory[] = plans.map((_, i) => ({ openid: `crash-${round}-${i}`, calls: [] }))
  const url = `${runtime.ready.gateway}/cloud/registrations`
  const began = performance.now()
  let answered = 0
  let killed: Promise<void> | undefined
  let killedAtMs = 0
  const kill = () => {
    killed ??= sleep(Math.random() * 30).then(() => {
      killedAtMs = performance.now() - began
      return killRuntime(runtime)
    })
  }

  const runUser = async (index: number) => {
    const user = users[index]
    for (const step of plans[index]) {
      if (killed) return
      const body =
        step.kind === 'register'
          ? {
              action: 'register',
              eventId,
              form: {
                contactName: '王经理',
                phone: `139${String(round * 10_000 + index).padStart(8, '0')}`,
                attendees: step.attendees,
              },
              privacy: PRIVACY_NOTICE_VERSION,
            }
          : { action: 'cancel', eventId }
      const call: UserCall = { kind: step.kind, start: performance.now() - began }
      user.calls.push(call)
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-wx-openid': user.openid },
          body: JSON.stringify(body),
        })
        const result = (await response.json()) as CloudResult<RegistrationView>
        call.end = performance.now() - began
        if (result.ok) {
          call.status = result.data.status
          if (result.data.waitlistPosition !== undefined) {
            call.waitlistPosition = result.data.waitlistPosition
          }
        }
      } catch {
        // No answer: the runtime is gone.
      }
      if (++answered >= killAfter) kill()
      // An answer that is not an acknowledgement ends the user's calls: what it did is unknown.
      if (call.status === undefined) return
    }
  }

  let next = 0
  const client = async () => {
    for (let index = next++; index < users.length; index = next++) await runUser(index)
  }
  await Promise.all(Array.from({ length: Math.min(options.clients, users.length) }, client))
  // Every call answered before the chosen moment (a short load): kill now.
  kill()
  await killed
  return { users, killedAtMs }
}

async function checkEverything(
  sessions: { eventId: string; users: UserHistory[] }[],
): Promise<{ problems: string[]; registrations: number }> {
  const found: string[] = []
  let registrations = 0
  for (const { eventId, users } of sessions) {
    const event = await readEvent(eventId)
    const rows = await readRegistrations(eventId)
    registrations += rows.length
    const here = [
      ...problems(figures(event, rows, users.length, []), 0),
      ...userProblems(checkUsers(eventId, rows, users)),
    ]
    found.push(...here.map((problem) => `${eventId}: ${problem}`))
  }
  return { problems: found, registrations }
}

/** Work a test does on the first runtime before the rounds, and on the last before it stops. */
export interface CrashHooks {
  afterStart?(runtime: Runtime): Promise<void>
  beforeStop?(): Promise<void>
}

/** The rounds on one data directory; removes it afterwards. */
export async function runCrashRounds(
  options: CrashOptions,
  progress: (line: string) => void = () => {},
  hooks: CrashHooks = {},
): Promise<CrashRound[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ipweek-crash-'))
  const rounds: CrashRound[] = []
  const sessions: { eventId: string; users: UserHistory[] }[] = []
  let runtime = await startRuntime(dataDir, options.workers)
  try {
    // This process reads and writes the database directly, through the runtime's TCB server.
    readAndWriteThrough(runtime)
    const { db } = await import('../../src/server/cloud')
    await hooks.afterStart?.(runtime)
    for (let round = 1; round <= options.rounds; round++) {
      const eventId = `crash-${round}`
      await db.collection<EventRecord>('events').add({ data: session(eventId, options.capacity) })
      const load = await loadAndKill(runtime, eventId, round, options)
      sessions.push({ eventId, users: load.users })
      const torn = tornFiles(dataDir)

      runtime = await startRuntime(dataDir, options.workers)
      readAndWriteThrough(runtime)
      const { problems: found, registrations } = await checkEverything(sessions)
      const calls = load.users.flatMap((user) => user.calls)
      const result: CrashRound = {
        round,
        sent: calls.length,
        acknowledged: calls.filter((call) => call.status !== undefined).length,
        errors: calls.filter((call) => call.end !== undefined && call.status === undefined).length,
        unanswered: calls.filter((call) => call.end === undefined).length,
        killedAtMs: load.killedAtMs,
        tornFiles: torn,
        seats: runtime.ready.seats,
        events: sessions.length,
        registrations,
        problems: found,
      }
      rounds.push(result)
      progress(
        `round ${round}: ${result.acknowledged} acknowledged, killed at ${Math.round(result.killedAtMs)} ms, ` +
          `${result.seats.seatsFreed} seats given back at restart, ` +
          (found.length ? `${found.length} problem(s)` : 'every check held'),
      )
    }
    await hooks.beforeStop?.()
  } finally {
    // The data goes too: no need to stop gently.
    await killRuntime(runtime)
    rmSync(dataDir, { recursive: true, force: true })
  }
  return rounds
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

function report(rounds: CrashRound[], options: CrashOptions): { rows: Row[]; failures: string[] } {
  const failures = rounds.flatMap((r) =>
    r.problems.map((problem) => `round ${r.round}: ${problem}`),
  )
  const sum = (pick: (r: CrashRound) => number) => rounds.reduce((n, r) => n + pick(r), 0)
  const rows: Row[] = [
    {
      label: 'crash rounds (SIGKILL under load, restart, check)',
      value:
        `${rounds.length} rounds of ${options.users} users, capacity ${options.capacity}, ` +
        `${options.clients} clients, ${options.workers} workers: ` +
        `${sum((r) => r.acknowledged)} acknowledged, ${plural(
          sum((r) => r.seats.seatsFreed),
          'seat',
        )} given back, ` +
        (failures.length ? `${failures.length} FAILED` : 'every check held'),
    },
  ]
  for (const r of rounds) {
    rows.push({
      label: `round ${r.round}`,
      value:
        `killed at ${seconds(r.killedAtMs)}: ${r.acknowledged}/${r.sent} acknowledged ` +
        `(${r.unanswered} unanswered, ${r.errors} errors); restart gave back ` +
        `${plural(r.seats.seatsFreed, 'seat')} (${plural(r.seats.repaired, 'session')}), ` +
        `promoted ${r.seats.promoted}, cut ${plural(r.tornFiles, 'torn line')}; checks ` +
        `${r.problems.length ? `FAILED (${r.problems.length})` : 'ok'} ` +
        `(${plural(r.events, 'session')}, ${r.registrations} registrations)`,
      indent: true,
    })
  }
  return { rows, failures }
}

export const crashSection: Section = {
  name: 'crash',
  async run(options, progress) {
    const crash: CrashOptions = {
      ...CRASH_DEFAULTS,
      clients: Math.min(options.clients, 40),
      workers: options.workers,
    }
    return report(await runCrashRounds(crash, progress), crash)
  },
}
