// What a reader can do with an event beyond reading it: put it in their calendar, see the place
// on a map, pass the link on. WeChat has APIs for these; the web preview uses web equivalents.
import Taro from '@tarojs/taro'
import { calendarEntry, unixSeconds, webMapUrl } from '@/domain/calendar-event'
import type { EventView, Place } from '@/domain/event'
import { buildIcs } from '@/domain/ics'
import { startOfDay } from '@/domain/time'

export type CalendarOutcome = 'added' | 'downloaded' | 'cancelled' | 'failed'

/**
 * WeChat: the phone's calendar (an all-day entry while the time is not announced). Web: an .ics
 * file that the phone or computer opens in its calendar app.
 */
export async function addToCalendar(
  event: EventView,
  stamp: Date | string,
): Promise<CalendarOutcome> {
  const entry = calendarEntry(event)
  // if/else, not an early return: the build then drops the branch for the other platform, and
  // with it Taro's web calendar API and its libraries, which the web page never calls.
  if (process.env.TARO_ENV === 'h5') {
    const url = typeof window === 'undefined' ? undefined : window.location.href
    downloadFile(`${event._id}.ics`, buildIcs([{ ...entry, url }], { stamp }), 'text/calendar')
    return 'downloaded'
  } else {
    try {
      await Taro.addPhoneCalendar({
        title: event.title,
        startTime: unixSeconds(event.startAt ?? startOfDay(event.day)),
        ...(event.startAt
          ? event.endAt
            ? { endTime: String(unixSeconds(event.endAt)) }
            : {}
          : { allDay: true }),
        location: entry.location,
        description: entry.description,
        // A reminder an hour before a timed event; none at midnight for an all-day entry.
        alarm: Boolean(event.startAt),
        alarmOffset: 3600,
      })
      return 'added'
    } catch (error) {
      const message = (error as { errMsg?: string } | undefined)?.errMsg ?? ''
      return /cancel/i.test(message) ? 'cancelled' : 'failed'
    }
  }
}

function downloadFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}

/** WeChat's map for the place; on the web, AMap in a new tab. Only for places with coordinates. */
export function openMap(place: Place): void {
  if (place.latitude === undefined || place.longitude === undefined) return
  if (process.env.TARO_ENV === 'h5') {
    const url = webMapUrl(place)
    if (url) window.open(url, '_blank', 'noopener')
    return
  }
  void Taro.openLocation({
    latitude: place.latitude,
    longitude: place.longitude,
    name: place.name,
    address: place.address ?? place.name,
    scale: 16,
  })
}

/** Web only: copy this page's address, for pasting into a chat. */
export async function copyPageLink(): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: window.location.href })
    return true
  } catch {
    return false
  }
}
