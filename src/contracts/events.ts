import * as z from 'zod/mini'
import { AUDIENCES, FORMS, type EventView } from '@/domain/event'
import { EVENTS_PAGE_LIMIT } from '@/domain/request-limits'
import { hasUnprintable } from '@/domain/text-input'
import { isValidDay, type Day } from '@/domain/time'
import { action, type Contract } from './contract'

export const SEARCH_MAX_LENGTH = 50

export interface EventPage {
  items: EventView[]
  total: number
  offset: number
  hasMore: boolean
}

export interface DayCount {
  day: Day
  count: number
}

const day = z.string().check(z.refine(isValidDay, '日期格式应为 YYYY-MM-DD'))
const integer = (min: number, max: number) =>
  z.number().check(z.int(), z.minimum(min), z.maximum(max))

/** The filters a citizen can set on the calendar; every one is optional. */
export const eventFilterShape = {
  audience: z.optional(z.enum(AUDIENCES)),
  form: z.optional(z.enum(FORMS)),
  /** A committee unit id (campaign.committee). */
  unit: z.optional(z.string().check(z.regex(/^[a-z][a-z0-9-]{0,39}$/, '单位编号格式不正确'))),
  /**
   * Free text, matched literally against title, hosts, place and description. Without control
   * characters: a NUL cannot be in the database's regular expression, and a search box sends none.
   */
  q: z.optional(
    z.string().check(
      z.trim(),
      z.maxLength(SEARCH_MAX_LENGTH),
      z.refine((text) => !hasUnprintable(text), '搜索词含有无法识别的字符'),
    ),
  ),
}

export type EventFilters = {
  [K in keyof typeof eventFilterShape]?: z.output<(typeof eventFilterShape)[K]>
}

export const eventsContract = {
  name: 'events',
  actions: {
    list: action(
      z.strictObject({
        ...eventFilterShape,
        day: z.optional(day),
        limit: z._default(integer(1, EVENTS_PAGE_LIMIT), 20),
        offset: z._default(integer(0, 10_000), 0),
      }),
    ).returns<EventPage>(),
    /** Events per day of the week for the same filters: every day of the week, zeros included. */
    days: action(z.strictObject(eventFilterShape)).returns<{ days: DayCount[] }>(),
    get: action(
      z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(64)) }),
    ).returns<EventView>(),
  },
} satisfies Contract
