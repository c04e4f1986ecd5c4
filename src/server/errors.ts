import type { CloudError, ErrorCode } from '@/contracts/errors'

/** An expected failure, returned to the caller as `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Per-field problems, for a form the caller shows inline. */
    readonly fields?: Record<string, string>,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

/** Inserting a document whose `_id` exists: how the cloud database reports it. */
export function isDuplicateKeyError(error: unknown): boolean {
  const text =
    error instanceof Error ? error.message : String((error as { errMsg?: string })?.errMsg ?? error)
  return /E11000|duplicate key/i.test(text)
}

export function toCloudError(error: unknown): CloudError {
  if (error instanceof AppError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
    }
  }
  // Unexpected: log the cause for the operator, tell the caller nothing internal.
  console.error(error)
  return { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' }
}
