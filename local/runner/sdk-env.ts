// The environment that points an unmodified wx-server-sdk at the local server (see
// wx-server-sdk-wire-protocol notes in the README): identity keys are listed here and set per call.
export const CONTEXT_KEYS = [
  'WX_OPENID',
  'WX_APPID',
  'WX_UNIONID',
  'WX_CLIENTIP',
  'WX_API_TOKEN',
] as const

export const LOCAL_APPID = 'wx-local-preview'
export const LOCAL_ENV_ID = 'local'

export function sdkEnvironment(tcbUrl: string): Record<string, string> {
  return {
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: tcbUrl }),
    // The SDK refuses to start without credentials; the local server ignores them.
    TENCENTCLOUD_SECRETID: 'local',
    TENCENTCLOUD_SECRETKEY: 'local',
    TCB_ENV: LOCAL_ENV_ID,
    SCF_NAMESPACE: LOCAL_ENV_ID,
    // Stops the SDK probing Tencent's metadata host on every call.
    TENCENTCLOUD: 'true',
    WX_CONTEXT_KEYS: CONTEXT_KEYS.join(','),
  }
}
