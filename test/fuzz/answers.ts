// What counts as an acceptable answer to a malformed request: a JSON CloudResult, soon, never
// INTERNAL, and then what the particular request calls for.
import type { CloudResult } from '@/contracts/errors'
import { ERROR_CODES } from '@/contracts/errors'
import type { Effect } from './fuzzed-actions'
import type { Answer } from './gateway-client'
import type { ContractVerdict } from './payloads'

/** Far beyond any answer's time on a busy machine; the pool cuts a function off at 3 s. */
const SLOW_MS = 10_000

/** What a request calls for in the function's result: undefined when it is met, else why not. */
export type Expectation = (result: CloudResult<unknown>) => string | undefined

function isCloudResult(body: unknown): body is CloudResult<unknown> {
  const result = body as CloudResult<unknown> | null
  if (typeof result !== 'object' || result === null) return false
  if (result.ok === true) return 'data' in result
  return (
    result.ok === false &&
    (ERROR_CODES as readonly string[]).includes(result.error?.code) &&
    typeof result.error.message === 'string'
  )
}

/**
 * Why an answer is not acceptable, or undefined when it is. The gateway may refuse a body too
 * large or too deep itself, with INVALID_ARGUMENT: acceptable whatever the request.
 */
export function faultIn(answer: Answer, expected: Expectation): string | undefined {
  const { status, body } = answer
  if (!isCloudResult(body)) return `HTTP ${status}: not { ok, data } or { ok, error }`
  if (answer.ms > SLOW_MS) return `answered after ${answer.ms} ms`
  if (!body.ok && body.error.code === 'INTERNAL') return 'INTERNAL'
  const refusedByGateway = (status === 400 || status === 413) && !body.ok
  if (refusedByGateway) return body.error.code === 'INVALID_ARGUMENT' ? undefined : `HTTP ${status}`
  return status === 200 ? expected(body) : `HTTP ${status}`
}

/** INVALID_ARGUMENT for what the contract refuses; never success for a write naming nothing. */
export const asTheContractSays =
  (verdict: ContractVerdict, effect: Effect): Expectation =>
  (result) => {
    if (!verdict.accepted && (result.ok || result.error.code !== 'INVALID_ARGUMENT')) {
      return 'the contract refuses this request, but it was not answered INVALID_ARGUMENT'
    }
    if (effect.writes && result.ok) return 'a write succeeded though its request names nothing'
    return undefined
  }

/** Refused, with one of these codes. */
export const refusedWith =
  (...codes: string[]): Expectation =>
  (result) =>
    !result.ok && codes.includes(result.error.code) ? undefined : `expected ${codes.join(' or ')}`

/** A huge JSON text cut short, with its size, for failure messages. */
export const excerpt = (text: string) =>
  text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text
