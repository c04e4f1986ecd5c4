// Local timer triggers: each cloud function's config.json `triggers` fire here as WeChat cloud
// fires them, with a timer event and no caller identity.
import { CronExpressionParser } from 'cron-parser'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FunctionPool } from './runner/pool'

/** WeChat cloud reads trigger cron expressions in UTC+8 (Beijing time, no daylight saving). */
export const TRIGGER_TIME_ZONE = 'Asia/Shanghai'

export interface TimerTrigger {
  functionName: string
  name: string
  /** Seven fields: second minute hour day month weekday year. */
  cron: string
}

/** The timer triggers in `<functionsDir>/<name>/config.json`, checked as WeChat checks them. */
export function timerTriggers(functionsDir: string): TimerTrigger[] {
  return readdirSync(functionsDir).flatMap((functionName) => {
    const file = join(functionsDir, functionName, 'config.json')
    if (!existsSync(file)) return []
    const { triggers = [] } = JSON.parse(readFileSync(file, 'utf8')) as {
      triggers?: { name?: unknown; type?: unknown; config?: unknown }[]
    }
    if (triggers.length > 1) throw new Error(`${file}: WeChat cloud takes one trigger per function`)
    return triggers.map(({ name, type, config }) => {
      if (type !== 'timer') throw new Error(`${file}: trigger type ${String(type)} is not timer`)
      if (typeof name !== 'string' || !/^[a-zA-Z][\w-]{0,59}$/.test(name)) {
        throw new Error(`${file}: a trigger name is a letter then up to 59 of a-z A-Z 0-9 _ -`)
      }
      const trigger = { functionName, name, cron: String(config) }
      try {
        nextFireTime(trigger.cron, new Date())
      } catch (error) {
        throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`)
      }
      return trigger
    })
  })
}

/** The first instant strictly after `after` that the 7-field cron expression names. */
export function nextFireTime(cron: string, after: Date): Date {
  const fields = cron.trim().split(/\s+/)
  if (fields.length !== 7) throw new Error(`cron "${cron}" needs 7 fields (sec … week year)`)
  // The year field is rarely anything else; the local scheduler says so rather than ignore it.
  if (fields[6] !== '*') throw new Error(`cron "${cron}": the local scheduler takes year * only`)
  const expression = CronExpressionParser.parse(fields.slice(0, 6).join(' '), {
    currentDate: after,
    tz: TRIGGER_TIME_ZONE,
  })
  return expression.next().toDate()
}

export interface Scheduler {
  triggers: TimerTrigger[]
  stop(): void
}

// setTimeout's longest delay; a later fire time is reached in several waits.
const MAX_DELAY_MS = 2 ** 31 - 1

export function startScheduler(options: {
  functionsDir: string
  pool: Pick<FunctionPool, 'invoke'>
  log: (line: string) => void
}): Scheduler {
  const timers = new Set<NodeJS.Timeout>()

  function schedule(trigger: TimerTrigger, at: Date): void {
    const timer = setTimeout(
      () => {
        timers.delete(timer)
        if (Date.now() < at.getTime()) return schedule(trigger, at)
        void fire(trigger, at)
        // Missed fire times (the machine slept) are skipped, not run in a burst.
        schedule(trigger, nextFireTime(trigger.cron, new Date(Math.max(Date.now(), at.getTime()))))
      },
      Math.min(Math.max(at.getTime() - Date.now(), 0), MAX_DELAY_MS),
    )
    timers.add(timer)
  }

  async function fire({ functionName, name }: TimerTrigger, at: Date): Promise<void> {
    // As WeChat sends it: the scheduled time in UTC, to the second.
    const time = at.toISOString().replace(/\.\d+Z$/, 'Z')
    const label = `[local] timer ${functionName}/${name} at ${time}`
    try {
      const event = { Type: 'Timer', TriggerName: name, Time: time }
      const result = await options.pool.invoke(functionName, event, { openid: '' })
      options.log(`${label}: ${JSON.stringify(result)}`)
    } catch (error) {
      options.log(`${label} failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  const triggers = timerTriggers(options.functionsDir)
  for (const trigger of triggers) schedule(trigger, nextFireTime(trigger.cron, new Date()))
  return {
    triggers,
    stop() {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
    },
  }
}
