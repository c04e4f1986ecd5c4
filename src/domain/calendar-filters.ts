// The filters a reader sets on the calendar, as plain data: what is set, how it reads aloud,
// and which host units can be chosen.
import type { Committee, Unit } from './campaign'
import {
  AUDIENCES,
  AUDIENCE_LABELS,
  FORMS,
  FORM_LABELS,
  type Audience,
  type EventForm,
} from './event'

/**
 * Longest search text the events function accepts. Same value as SEARCH_MAX_LENGTH in
 * contracts/events (checked by a test); repeated here because the contracts module carries zod,
 * which must stay out of the mini-program bundle.
 */
export const SEARCH_MAX_LENGTH = 50

/** Every field optional; an absent field means "all". Same shape as the events filters. */
export interface CalendarFilters {
  audience?: Audience
  form?: EventForm
  /** A committee unit id. */
  unit?: string
  /** Free text. */
  q?: string
}

/** Director units first, then member units, as the plan lists them. */
export function hostUnits(committee: Pick<Committee, 'directorUnits' | 'memberUnits'>): Unit[] {
  return [...committee.directorUnits, ...committee.memberUnits]
}

/**
 * Only the filters that are really set, with search text trimmed and shortened to what the server
 * accepts, and anything unknown dropped (e.g. a unit that is no longer on the committee).
 */
export function cleanFilters(
  filters: CalendarFilters,
  unitIds?: readonly string[],
): CalendarFilters {
  const clean: CalendarFilters = {}
  if (filters.audience && AUDIENCES.includes(filters.audience)) clean.audience = filters.audience
  if (filters.form && FORMS.includes(filters.form)) clean.form = filters.form
  if (filters.unit && (!unitIds || unitIds.includes(filters.unit))) clean.unit = filters.unit
  const q = filters.q?.trim().slice(0, SEARCH_MAX_LENGTH)
  if (q) clean.q = q
  return clean
}

export function hasFilters(filters: CalendarFilters): boolean {
  return Object.keys(cleanFilters(filters)).length > 0
}

/** One short label per filter that is set, in the order shown on the page. */
export function filterLabels(filters: CalendarFilters, units: readonly Unit[]): string[] {
  const clean = cleanFilters(filters)
  return [
    clean.audience && AUDIENCE_LABELS[clean.audience],
    clean.form && FORM_LABELS[clean.form],
    clean.unit && (units.find((u) => u.id === clean.unit)?.name ?? clean.unit),
    clean.q && `“${clean.q}”`,
  ].filter((label): label is string => Boolean(label))
}
