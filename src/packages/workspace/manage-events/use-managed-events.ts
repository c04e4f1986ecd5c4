import { useEffect, useState } from 'react'
import type { ManagedEventSummary } from '@/contracts/event-admin'
import type { EventStatus } from '@/domain/event'
import { callCloud } from '@/services/cloud'
import { useCloudQuery } from '@/services/use-cloud-query'

export interface EventFilter {
  unit?: string
  status?: EventStatus
}

interface LaterPages {
  items: ManagedEventSummary[]
  hasMore: boolean
}

/**
 * The caller's events (eventAdmin.mine) for a filter, a page at a time: the first page asked for
 * whenever the filter changes, later pages appended on request.
 */
export function useManagedEvents(filter: EventFilter, enabled: boolean) {
  const request = {
    ...(filter.unit ? { unit: filter.unit } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  }
  const first = useCloudQuery(
    `eventAdmin.mine ${JSON.stringify(request)}`,
    () => callCloud('eventAdmin', 'mine', request),
    enabled,
  )
  const [later, setLater] = useState<LaterPages>()
  const [loadingMore, setLoadingMore] = useState(false)
  const [moreProblem, setMoreProblem] = useState<string>()
  const firstPage = first.state.status === 'ready' ? first.state.data : undefined
  // A new first page (another filter, or asked again) starts the list over.
  useEffect(() => {
    setLater(undefined)
    setMoreProblem(undefined)
  }, [firstPage])

  const items = [...(firstPage?.items ?? []), ...(later?.items ?? [])]

  const loadMore = async () => {
    if (loadingMore) return
    setLoadingMore(true)
    const result = await callCloud('eventAdmin', 'mine', { ...request, offset: items.length })
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

  return {
    state: first.state,
    total: firstPage?.total ?? 0,
    items,
    hasMore: later?.hasMore ?? firstPage?.hasMore ?? false,
    loadingMore,
    moreProblem,
    loadMore,
    retry: first.retry,
    refresh: first.refresh,
  }
}
