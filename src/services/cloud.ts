// The app's one way to call cloud functions, typed by each function's contract. On WeChat it is
// wx.cloud.callFunction; on H5 it is the local gateway's POST /cloud/<name>.
import Taro from '@tarojs/taro'
import type {
  ActionName,
  CloudResult,
  Contracts,
  FunctionName,
  RequestOf,
  ResponseOf,
} from '@/contracts'
import { localIdentity } from './local-identity'

type Result<F extends FunctionName, A extends ActionName<Contracts[F]>> = CloudResult<
  ResponseOf<Contracts[F], A>
>

const NETWORK_ERROR = {
  ok: false,
  error: { code: 'INTERNAL', message: '网络不可用，请检查网络后重试' },
} as const

export async function callCloud<F extends FunctionName, A extends ActionName<Contracts[F]>>(
  name: F,
  action: A,
  ...params: Record<string, never> extends RequestOf<Contracts[F], A>
    ? [RequestOf<Contracts[F], A>?]
    : [RequestOf<Contracts[F], A>]
): Promise<Result<F, A>> {
  const data = { action, ...(params[0] as object | undefined) }
  try {
    if (process.env.TARO_ENV === 'weapp') {
      const { result } = await Taro.cloud.callFunction({ name, data })
      return result as Result<F, A>
    }
    const response = await Taro.request<Result<F, A>>({
      url: `/cloud/${name}`,
      method: 'POST',
      data,
      header: { 'content-type': 'application/json', 'X-WX-OPENID': localIdentity().openid },
    })
    return response.data ?? NETWORK_ERROR
  } catch {
    return NETWORK_ERROR
  }
}
