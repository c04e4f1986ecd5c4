import { useCallback, useEffect, useState } from 'react'
import type { DeskRegistration } from '@/contracts/attendance'
import type { RegistrationStatus } from '@/domain/seats'
import { callCloud } from '@/services/cloud'
import { useCloudQuery } from '@/services/use-cloud-query'

interface LaterPages {
  items: DeskRegistration[]
  hasMore: boolean
}

/**
 * An event's registrations with one status (or all), a page at a time: the first page asked for
 * whenever the filter changes, later pages appended on request.
 */
export function useDeskList(eventId: string, status: RegistrationStatus | undefined) {
  const filter = { eventId, ...(status ? { status } : {}) }
  const first = useCloudQuery(
    `attendance.list ${eventId} ${status ?? ''}`,
    () => callCloud('attendance', 'list', filter),
    !!eventId,
  )
  const [later, setLater] = useState<LaterPages>()
  // Registrations changed here (decisions), shown in place until the list is asked for again.
  const [changed, setChanged] = useState<Record<string, DeskRegistration>>({})
  const [loadingMore, setLoadingMore] = useState(false)
  const [moreProblem, setMoreProblem] = useState<string>()
  const firstPage = first.state.status === 'ready' ? first.state.data : undefined
  // A new first page (another filter, or asked again) starts the list over.
  useEffect(() => {
    setLater(undefined)
    setChanged({})
    setMoreProblem(undefined)
  }, [firstPage])

  const loaded = [...(firstPage?.items ?? []), ...(later?.items ?? [])]

  const loadMore = async () => {
    if (loadingMore) return
    setLoadingMore(true)
    const result = await callCloud('attendance', 'list', { ...filter, offset: loaded.length })
    setLoadingMore(false)
    if (!result.ok) {
      setMoreProblem(result.error.message)
      return
    }
    setMoreProblem(undefined)
    setLater((shown) => ({
      items: [...(shown?.items ?? []), ...result.data.items],
      hasMore: result.data.hasMore,
    }))
  }

  const replace = useCallback(
    (registration: DeskRegistration) =>
      setChanged((shown) => ({ ...shown, [registration.registrationId]: registration })),
    [],
  )

  return {
    state: first.state,
    total: firstPage?.total ?? 0,
    items: loaded.map((item) => changed[item.registrationId] ?? item),
    hasMore: later?.hasMore ?? firstPage?.hasMore ?? false,
    loadingMore,
    moreProblem,
    loadMore,
    replace,
    retry: first.retry,
    refresh: first.refresh,
  }
}
