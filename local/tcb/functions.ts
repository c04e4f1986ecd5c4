import { TcbError, invalidParam } from './errors'
import type { Handler } from './handler'

export type InvokeFunction = (
  name: string,
  data: unknown,
  wxCloudApiToken: string,
) => Promise<unknown>

/** functions.invokeFunction (cloud.callFunction): handed to whoever runs the local functions. */
export function functionActions(invoke: InvokeFunction | undefined): Record<string, Handler> {
  return {
    'functions.invokeFunction': async (body) => {
      const name = body.function_name
      if (typeof name !== 'string' || name === '') throw invalidParam('function_name is required')
      if (!invoke) {
        throw new TcbError(
          'SYS_ERR',
          `[local runtime] cannot call function ${name}: this local server has no invokeFunction handler`,
        )
      }
      const data = parseRequestData(body.request_data)
      let result: unknown
      try {
        result = await invoke(
          name,
          data,
          typeof body.wxCloudApiToken === 'string' ? body.wxCloudApiToken : '',
        )
      } catch (e) {
        throw new TcbError(
          'FUNCTIONS_EXECUTE_FAIL',
          `function ${name} failed: ${(e as Error)?.message ?? String(e)}`,
        )
      }
      return { data: { response_data: JSON.stringify(result ?? null) } }
    },
  }
}

// The SDK sends JSON.stringify(data), or '' when callFunction was given no data.
function parseRequestData(text: unknown): unknown {
  if (text === undefined || text === '') return {}
  if (typeof text !== 'string') throw invalidParam('request_data must be a JSON string')
  try {
    return JSON.parse(text)
  } catch {
    throw invalidParam('request_data is not valid JSON')
  }
}
