// Local timer triggers: fire times as WeChat cloud computes them (7-field cron, UTC+8, whatever
// the machine's TZ), the config.json rules it enforces, and the event a function receives.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FUNCTIONS_DIR } from '../../local/cloud'
import { nextFireTime, startScheduler, timerTriggers } from '../../local/scheduler'

const at = (iso: string) => new Date(iso)

describe('nextFireTime', () => {
  it('reads the hours in Beijing time', () => {
    expect(nextFireTime('0 0 10 * * * *', at('2025-04-22T09:00:00+08:00'))).toEqual(
      at('2025-04-22T10:00:00+08:00'),
    )
    expect(nextFireTime('0 0 10 * * * *', at('2025-04-22T10:00:00+08:00'))).toEqual(
      at('2025-04-23T10:00:00+08:00'),
    )
    // 01:00 UTC is 09:00 in Beijing: the same day's 10:00 is still ahead.
    expect(nextFireTime('0 0 10 * * * *', at('2025-04-22T01:00:00Z'))).toEqual(
      at('2025-04-22T02:00:00Z'),
    )
  })

  it('steps through an hourly range and on to the next day', () => {
    const cron = '0 0 10-20 * * * *'
    expect(nextFireTime(cron, at('2025-04-22T10:00:00+08:00'))).toEqual(
      at('2025-04-22T11:00:00+08:00'),
    )
    expect(nextFireTime(cron, at('2025-04-22T20:00:00+08:00'))).toEqual(
      at('2025-04-23T10:00:00+08:00'),
    )
  })

  it('takes day of month and weekday as either, as WeChat does', () => {
    // 1 May 2025 is a Thursday; the Monday before it is 28 April.
    expect(nextFireTime('0 0 2 1 * MON *', at('2025-04-22T12:00:00+08:00'))).toEqual(
      at('2025-04-28T02:00:00+08:00'),
    )
  })

  it('refuses what it cannot honour', () => {
    expect(() => nextFireTime('0 0 10 * * *', new Date())).toThrow(/7 fields/)
    expect(() => nextFireTime('0 0 10 * * * 2026', new Date())).toThrow(/year \*/)
  })
})

describe('timerTriggers', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ipweek-triggers-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const writeConfig = (name: string, config: object) => {
    mkdirSync(join(dir, name))
    writeFileSync(join(dir, name, 'config.json'), JSON.stringify(config))
  }

  it('lists the project’s triggers', () => {
    expect(timerTriggers(FUNCTIONS_DIR)).toEqual([
      { functionName: 'scheduled', name: 'remindersAndRetention', cron: '0 0 10-20 * * * *' },
    ])
  })

  it('refuses a second trigger on one function, as WeChat does', () => {
    const trigger = { name: 'a', type: 'timer', config: '0 0 10 * * * *' }
    writeConfig('jobs', { triggers: [trigger, { ...trigger, name: 'b' }] })
    expect(() => timerTriggers(dir)).toThrow(/one trigger per function/)
  })

  it('names the file with a bad cron expression', () => {
    writeConfig('jobs', { triggers: [{ name: 'a', type: 'timer', config: '0 0 10 * *' }] })
    expect(() => timerTriggers(dir)).toThrow(/jobs.config\.json: cron/)
  })
})

test('startScheduler invokes the function with a timer event and no caller', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ipweek-triggers-'))
  mkdirSync(join(dir, 'jobs'))
  const everySecond = { name: 'tick', type: 'timer', config: '* * * * * * *' }
  writeFileSync(join(dir, 'jobs', 'config.json'), JSON.stringify({ triggers: [everySecond] }))
  const calls: { name: string; event: unknown; openid: string }[] = []
  const lines: string[] = []
  const scheduler = startScheduler({
    functionsDir: dir,
    pool: {
      invoke: async (name, event, caller) => {
        calls.push({ name, event, openid: caller.openid })
        return { ok: true, data: {} }
      },
    },
    log: (line) => lines.push(line),
  })
  try {
    await new Promise((resolve) => setTimeout(resolve, 1500))
  } finally {
    scheduler.stop()
    rmSync(dir, { recursive: true, force: true })
  }
  expect(calls.length).toBeGreaterThanOrEqual(1)
  expect(calls[0]).toEqual({
    name: 'jobs',
    event: { Type: 'Timer', TriggerName: 'tick', Time: expect.stringMatching(/^\S+:\d\dZ$/) },
    openid: '',
  })
  expect(lines[0]).toMatch(/^\[local\] timer jobs\/tick at \S+Z: \{"ok":true/)
  const count = calls.length
  await new Promise((resolve) => setTimeout(resolve, 1200))
  expect(calls).toHaveLength(count)
})
