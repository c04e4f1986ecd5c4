import { useCallback, useEffect, useRef, useState } from 'react'
import type { CloudResult } from '@/contracts'
import type { Loadable } from './use-cloud'

export interface CloudQuery<T> {
  state: Loadable<T>
  /** Shows the loading state again and asks anew (a retry button). */
  retry: () => Promise<boolean>
  /**
   * Asks anew while what is shown stays on screen (pull to refresh); a failure keeps it too.
   * Resolves to whether the answer was fresh data.
   */
  refresh: () => Promise<boolean>
}

/**
 * Like useCloud, for pages that refresh in place: asks when mounted and whenever `key` changes,
 * and drops answers to questions that were superseded meanwhile (a quickly changed filter).
 * `ask` is read when the question is asked; `key` must change whenever its parameters do.
 */
export function useCloudQuery<T>(
  key: string,
  ask: () => Promise<CloudResult<T>>,
  enabled = true,
): CloudQuery<T> {
  const [state, setState] = useState<Loadable<T>>({ status: 'loading' })
  const askRef = useRef(ask)
  askRef.current = ask
  const latest = useRef(0)

  const load = useCallback(async (keep: boolean): Promise<boolean> => {
    const id = ++latest.current
    if (!keep) setState({ status: 'loading' })
    const result = await askRef.current()
    if (id !== latest.current) return result.ok
    if (result.ok) setState({ status: 'ready', data: result.data })
    else
      setState((shown) =>
        keep && shown.status === 'ready' ? shown : { status: 'failed', error: result.error },
      )
    return result.ok
  }, [])

  useEffect(() => {
    if (enabled) void load(false)
  }, [key, enabled, load])

  const retry = useCallback(() => load(false), [load])
  const refresh = useCallback(() => load(true), [load])
  return { state, retry, refresh }
}
