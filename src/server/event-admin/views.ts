// What organisers receive about the events they manage.
import type { ManagedEvent, ManagedEventSummary } from '@/contracts/event-admin'
import type { EventRecord } from '@/domain/event'
import { draftOf } from '@/domain/event-edit'
import { availableActions, EVENT_STATUS_LABELS } from '@/domain/event-workflow'
import type { OrganiserRole } from '@/domain/organiser-roles'
import { revisionOf } from './records'

const iso = (instant: Date | string) => new Date(instant).toISOString()

function statusOf(event: EventRecord, role: OrganiserRole) {
  return {
    status: event.status,
    statusText: EVENT_STATUS_LABELS[event.status],
    ...(event.statusReason ? { statusReason: event.statusReason } : {}),
    seatsTaken: event.seatsTaken ?? 0,
    sample: event.sample,
    actions: availableActions(role, event),
  }
}

export function managedEvent(
  event: EventRecord,
  role: OrganiserRole,
  registrants: number,
): ManagedEvent {
  return {
    eventId: event._id,
    revision: revisionOf(event),
    ...statusOf(event, role),
    fields: draftOf(event),
    registrants,
  }
}

export function managedEventSummary(event: EventRecord, role: OrganiserRole): ManagedEventSummary {
  return {
    eventId: event._id,
    title: event.title,
    day: event.day,
    ...(event.startAt ? { startAt: iso(event.startAt) } : {}),
    ...(event.endAt ? { endAt: iso(event.endAt) } : {}),
    placeName: event.place.name,
    unitIds: event.unitIds,
    ...statusOf(event, role),
    ...(event.registration ? { capacity: event.registration.capacity } : {}),
  }
}
