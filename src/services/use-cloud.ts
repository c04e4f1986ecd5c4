import { useCallback, useEffect, useState } from 'react'
import type {
  ActionName,
  CloudError,
  Contracts,
  FunctionName,
  RequestOf,
  ResponseOf,
} from '@/contracts'
import { callCloud } from './cloud'

export type Loadable<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; error: CloudError }

/** Calls a cloud function when the component mounts (and on `reload`), tracking its state. */
export function useCloud<F extends FunctionName, A extends ActionName<Contracts[F]>>(
  name: F,
  action: A,
  params: RequestOf<Contracts[F], A>,
): Loadable<ResponseOf<Contracts[F], A>> & { reload: () => void } {
  const [state, setState] = useState<Loadable<ResponseOf<Contracts[F], A>>>({ status: 'loading' })
  const key = JSON.stringify(params)
  const reload = useCallback(() => {
    setState({ status: 'loading' })
    const call = callCloud as (n: F, a: A, p: unknown) => ReturnType<typeof callCloud<F, A>>
    void call(name, action, JSON.parse(key)).then((result) =>
      setState(
        result.ok
          ? { status: 'ready', data: result.data }
          : { status: 'failed', error: result.error },
      ),
    )
  }, [name, action, key])
  useEffect(reload, [reload])
  return { ...state, reload }
}
