// Error codes the SDK maps to errCodes (wx-server-sdk TCB_ERR_CODE); codes it does not know surface as -501001.
export type TcbErrorCode =
  | 'SYS_ERR'
  | 'INVALID_PARAM'
  | 'DATABASE_REQUEST_FAILED'
  | 'DATABASE_INVALID_OPERRATOR'
  | 'DATABASE_COLLECTION_NOT_EXIST'
  | 'DATABASE_COLLECTION_ALREADY_EXIST'
  | 'DATABASE_TRANSACTION_CONFLICT'
  | 'FUNCTIONS_EXECUTE_FAIL'

/** An error answered to the SDK as HTTP 200 `{ code, message, requestId }`, as the cloud does. */
export class TcbError extends Error {
  constructor(
    readonly code: TcbErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/** Something the cloud may accept but this local runtime deliberately does not emulate. */
export function unsupported(
  what: string,
  code: TcbErrorCode = 'DATABASE_INVALID_OPERRATOR',
): TcbError {
  return new TcbError(code, `[local runtime] unsupported ${what}`)
}

export function invalidParam(message: string): TcbError {
  return new TcbError('INVALID_PARAM', `[local runtime] ${message}`)
}

/** MongoDB write errors reach the caller as DATABASE_REQUEST_FAILED with a "[FailedOperation]" prefix. */
export function failedOperation(message: string): TcbError {
  return new TcbError('DATABASE_REQUEST_FAILED', `[FailedOperation] ${message}`)
}
