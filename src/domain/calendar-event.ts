// One event as the calendar and the event page present it: where it stands relative to "now",
// its date and time in Asia/Shanghai, its share title, a web map link and a calendar entry.
import { AUDIENCE_LABELS, type EventView, type Place } from './event'
import type { IcsEvent } from './ics'
import { dayOf, endOfDay, formatClock, formatDayLabel, formatDayLong } from './time'

export type EventTiming = 'upcoming' | 'ongoing' | 'over'

export const TIMING_LABELS: Record<Exclude<EventTiming, 'upcoming'>, string> = {
  ongoing: '进行中',
  over: '已结束',
}

type When = Pick<EventView, 'day' | 'startAt' | 'endAt'>

/**
 * Relative to the server's "now": over once its end has passed (without an announced end, once
 * its day has passed); ongoing only between an announced start and end.
 */
export function eventTiming(event: When, now: Date | string): EventTiming {
  const at = new Date(now).getTime()
  const end = event.endAt ? new Date(event.endAt).getTime() : endOfDay(event.day).getTime()
  if (at > end) return 'over'
  if (event.startAt && event.endAt && at >= new Date(event.startAt).getTime()) return 'ongoing'
  return 'upcoming'
}

/** Date and time for the event page: '2025年4月23日 周三' and '09:30–11:30' (Shanghai). */
export function eventWhen(event: When): { date: string; time?: string } {
  const date = `${formatDayLong(event.day)} ${formatDayLabel(event.day).split(' ')[1]}`
  if (!event.startAt) return { date }
  if (!event.endAt) return { date, time: `${formatClock(event.startAt)} 开始` }
  const endDay = dayOf(event.endAt)
  const end =
    endDay === event.day
      ? formatClock(event.endAt)
      : `${formatDayLabel(endDay).split(' ')[0]} ${formatClock(event.endAt)}`
  return { date, time: `${formatClock(event.startAt)}–${end}` }
}

export const TIME_TO_BE_ANNOUNCED = '具体时间待主办单位公布'

/** Who the event is for, in the plan's words when it has them. */
export function describeAudience(event: Pick<EventView, 'audiences' | 'audienceNote'>): string {
  return event.audienceNote ?? event.audiences.map((a) => AUDIENCE_LABELS[a]).join('、')
}

/** The title of a shared card: the event and its day, e.g. '…宣贯活动（4月23日 周三）'. */
export function shareTitle(event: Pick<EventView, 'title' | 'day'>): string {
  return `${event.title}（${formatDayLabel(event.day)}）`
}

/** A web map (AMap, GCJ-02 like Taro.openLocation) showing the place; none without coordinates. */
export function webMapUrl(place: Place): string | undefined {
  if (place.latitude === undefined || place.longitude === undefined) return undefined
  const query = [
    `position=${place.longitude},${place.latitude}`,
    `name=${encodeURIComponent(place.name)}`,
    'coordinate=gaode',
    'callnative=0',
  ].join('&')
  return `https://uri.amap.com/marker?${query}`
}

export function hasCoordinates(place: Place): place is Place & {
  latitude: number
  longitude: number
} {
  return place.latitude !== undefined && place.longitude !== undefined
}

/** The place as one line for a calendar entry or a map pin. */
export function placeLine(place: Place): string {
  return place.address ? `${place.name}（${place.address}）` : place.name
}

/**
 * The event as a calendar entry: timed when its start is announced, else an all-day entry on its
 * day whose notes say the time is still to be announced.
 */
export function calendarEntry(event: EventView): IcsEvent {
  const notes = [
    event.startAt ? undefined : `${TIME_TO_BE_ANNOUNCED}。`,
    event.description,
    `主办：${event.hosts.join('、')}`,
    event.invited.length > 0 ? `特邀：${event.invited.join('、')}` : undefined,
    event.sample ? '（示例活动，仅用于演示，并非活动方案中的安排）' : undefined,
  ].filter((line): line is string => Boolean(line))
  return {
    uid: `${event._id}@ipweek`,
    summary: event.title,
    when: event.startAt
      ? { start: event.startAt, end: event.endAt }
      : { allDay: true, firstDay: event.day },
    location: placeLine(event.place),
    description: notes.join('\n'),
  }
}

/** Seconds since the epoch, as Taro.addPhoneCalendar takes them. */
export function unixSeconds(instant: Date | string): number {
  return Math.floor(new Date(instant).getTime() / 1000)
}
