import * as z from 'zod/mini'
import type { EventView } from '@/domain/event'
import { isValidDay } from '@/domain/time'
import { action, type Contract } from './contract'

/** The server never returns more than this many events at once. */
export const EVENTS_PAGE_LIMIT = 50

export interface EventPage {
  items: EventView[]
  total: number
  offset: number
  hasMore: boolean
}

const day = z.string().check(z.refine(isValidDay, '日期格式应为 YYYY-MM-DD'))
const integer = (min: number, max: number) =>
  z.number().check(z.int(), z.minimum(min), z.maximum(max))

export const eventsContract = {
  name: 'events',
  actions: {
    list: action(
      z.strictObject({
        day: z.optional(day),
        limit: z._default(integer(1, EVENTS_PAGE_LIMIT), 20),
        offset: z._default(integer(0, 10_000), 0),
      }),
    ).returns<EventPage>(),
    get: action(
      z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(64)) }),
    ).returns<EventView>(),
  },
} satisfies Contract
