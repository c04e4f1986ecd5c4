// Messages between the pool and its worker processes.
export interface Caller {
  openid: string
  clientIp?: string
}

export interface InvokeMessage {
  id: number
  functionName: string
  event: unknown
  identity: Record<string, string>
}

export type ResultMessage =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string }
