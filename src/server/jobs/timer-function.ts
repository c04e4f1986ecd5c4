// Turns a table of timer triggers into a cloud function's `main`. Only the platform's timer trigger
// calls it; any call from a client, signed in or not, is refused before anything is read or written.
import * as z from 'zod/mini'
import type { CloudResult } from '@/contracts/errors'
import { timerEvent } from '@/contracts/scheduled'
import { calledByTimer } from '../cloud'
import { AppError, toCloudError } from '../errors'

export function defineTimerFunction<R>(triggers: Record<string, () => Promise<R>>) {
  return async function main(event: unknown): Promise<CloudResult<R>> {
    try {
      if (!calledByTimer()) throw new AppError('FORBIDDEN', '该云函数只由定时触发器调用')
      const parsed = z.safeParse(timerEvent, event)
      if (!parsed.success) throw new AppError('INVALID_ARGUMENT', '请求不是定时触发器事件')
      const { TriggerName } = parsed.data
      if (!Object.hasOwn(triggers, TriggerName)) {
        throw new AppError('INVALID_ARGUMENT', `未知的定时触发器：${TriggerName}`)
      }
      return { ok: true, data: await triggers[TriggerName]() }
    } catch (error) {
      return { ok: false, error: toCloudError(error) }
    }
  }
}
