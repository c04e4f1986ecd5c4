import { useCallback, useEffect, useRef, useState } from 'react'
import type { CloudError } from '@/contracts'
import type { CalendarFilters } from '@/domain/calendar-filters'
import { compareEvents, type EventView } from '@/domain/event'
import type { Day } from '@/domain/time'
import { callCloud } from '@/services/cloud'

/** Events asked for at a time; the reader loads more at the end of the list. */
export const PAGE_SIZE = 20

export interface DayEvents {
  status: 'loading' | 'ready' | 'failed'
  error?: CloudError
  /** Sorted by start; events without an announced time first. */
  items: EventView[]
  total: number
  hasMore: boolean
  /** The next page: being fetched, or failed (with `moreError`). */
  more: 'idle' | 'loading' | 'failed'
  moreError?: CloudError
}

const LOADING: DayEvents = { status: 'loading', items: [], total: 0, hasMore: false, more: 'idle' }

function merge(shown: EventView[], next: EventView[]): EventView[] {
  const seen = new Set(shown.map((event) => event._id))
  return [...shown, ...next.filter((event) => !seen.has(event._id))].sort(compareEvents)
}

/**
 * One day's events for the filters, a page at a time. A new day or new filters start over, and
 * answers to superseded questions (a quickly changed filter) are dropped.
 */
export function useDayEvents(day: Day | undefined, filters: CalendarFilters) {
  const [state, setState] = useState<DayEvents>(LOADING)
  const shown = useRef(state)
  shown.current = state
  const latest = useRef(0)
  const key = JSON.stringify({ day, filters })

  const load = useCallback(
    async (keep: boolean): Promise<boolean> => {
      if (!day) return true
      const id = ++latest.current
      if (!keep) setState(LOADING)
      const result = await callCloud('events', 'list', {
        ...filters,
        day,
        limit: PAGE_SIZE,
        offset: 0,
      })
      if (id !== latest.current) return result.ok
      if (result.ok) {
        const { items, total, hasMore } = result.data
        setState({ status: 'ready', items: merge([], items), total, hasMore, more: 'idle' })
      } else if (!keep || shown.current.status !== 'ready') {
        setState({ ...LOADING, status: 'failed', error: result.error })
      }
      return result.ok
    },
    // `key` stands for day and filters (filters is a new object on every render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  )

  useEffect(() => {
    void load(false)
  }, [load])

  const loadMore = useCallback(async () => {
    const current = shown.current
    if (!day || current.status !== 'ready' || !current.hasMore || current.more === 'loading') return
    const id = latest.current
    setState({ ...current, more: 'loading', moreError: undefined })
    const result = await callCloud('events', 'list', {
      ...filters,
      day,
      limit: PAGE_SIZE,
      offset: current.items.length,
    })
    if (id !== latest.current) return
    setState((before) =>
      result.ok
        ? {
            ...before,
            items: merge(before.items, result.data.items),
            total: result.data.total,
            hasMore: result.data.hasMore,
            more: 'idle',
          }
        : { ...before, more: 'failed', moreError: result.error },
    )
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  const retry = useCallback(() => load(false), [load])
  const refresh = useCallback(() => load(true), [load])
  return { ...state, loadMore, retry, refresh }
}
