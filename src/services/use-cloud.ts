import type {
  ActionName,
  CloudError,
  Contracts,
  FunctionName,
  RequestOf,
  ResponseOf,
} from '@/contracts'
import { callCloud } from './cloud'
import { useCloudQuery } from './use-cloud-query'

export type Loadable<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; error: CloudError }

/** Calls a cloud function when the component mounts (and on `reload`), tracking its state. */
export function useCloud<F extends FunctionName, A extends ActionName<Contracts[F]>>(
  name: F,
  action: A,
  params: RequestOf<Contracts[F], A>,
): Loadable<ResponseOf<Contracts[F], A>> & { reload: () => void } {
  const key = `${name}.${action}:${JSON.stringify(params)}`
  const call = callCloud as (n: F, a: A, p: unknown) => ReturnType<typeof callCloud<F, A>>
  const { state, retry } = useCloudQuery(key, () => call(name, action, params))
  return { ...state, reload: () => void retry() }
}
