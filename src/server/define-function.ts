// Turns a contract and its handlers into a cloud function's `main`: every request is validated at
// the boundary, every outcome is `{ ok: true, data }` or `{ ok: false, error }`, nothing throws.
import * as z from 'zod/mini'
import type { CloudResult } from '@/contracts/errors'
import type { ActionName, Contract, ParsedRequestOf, ResponseOf } from '@/contracts/contract'
import { AppError, toCloudError } from './errors'

export type Handlers<C extends Contract> = {
  [A in ActionName<C>]: (request: ParsedRequestOf<C, A>) => Promise<ResponseOf<C, A>>
}

export function defineFunction<C extends Contract>(contract: C, handlers: Handlers<C>) {
  return async function main(event: unknown): Promise<CloudResult<unknown>> {
    try {
      const { name, request } = parseRequest(contract, event)
      const handler = handlers[name] as (request: unknown) => Promise<unknown>
      return { ok: true, data: await handler(request) }
    } catch (error) {
      return { ok: false, error: toCloudError(error) }
    }
  }
}

function parseRequest<C extends Contract>(contract: C, event: unknown) {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw new AppError('INVALID_ARGUMENT', '请求应为一个对象')
  }
  // WeChat adds `userInfo` to calls from the mini-program; identity comes from the context instead.
  const { action, userInfo: _userInfo, ...params } = event as Record<string, unknown>
  if (typeof action !== 'string' || !Object.hasOwn(contract.actions, action)) {
    const known = Object.keys(contract.actions).join('、')
    throw new AppError('INVALID_ARGUMENT', `未知的操作（action），可用：${known}`)
  }
  const result = z.safeParse(contract.actions[action].request, params)
  if (!result.success) throw new AppError('INVALID_ARGUMENT', describeIssue(result.error.issues[0]))
  return { name: action as ActionName<C>, request: result.data }
}

/** Plain Chinese for the first problem found, naming the field. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? `字段 ${issue.path.join('.')}` : '请求'
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${field} 含有不支持的字段：${issue.keys.join('、')}`
    case 'invalid_type':
      return `${field} 缺失或类型不正确`
    case 'too_small':
      return `${field} 小于允许的最小值或长度`
    case 'too_big':
      return `${field} 超出允许的最大值或长度`
    case 'custom':
      return `${field}：${issue.message}`
    case 'invalid_value':
      // A contract's own message (in Chinese) says it best; zod's are in English.
      return /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : `${field} 取值不在允许范围内`
    default:
      return `${field} 格式不正确`
  }
}
