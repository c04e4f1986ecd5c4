// The stable error codes every cloud function returns. Clients switch on `code`; `message` is
// plain Chinese for people.
export const ERROR_CODES = [
  'INVALID_ARGUMENT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'FULL',
  'DEADLINE_PASSED',
  'RATE_LIMITED',
  'INTERNAL',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface CloudError {
  code: ErrorCode
  message: string
  /** Per-field problems of a rejected form (INVALID_ARGUMENT), keyed by field id. */
  fields?: Record<string, string>
}

export type CloudResult<T> = { ok: true; data: T } | { ok: false; error: CloudError }
