// Limits the cloud functions' contracts enforce that pages need too (a field's length, a page's
// size). Written once, here: the contracts carry zod, which stays out of the mini-program.

/** events.list answers at most this many events at once. */
export const EVENTS_PAGE_LIMIT = 50
/** organisers: an invite code can be used for this many days after it was made. */
export const INVITE_VALID_DAYS = 14
/** organisers.audit answers at most this many entries at once. */
export const AUDIT_PAGE_SIZE = 50
/** organisers.bind, ops.setup, attendance.walkIn: a person's name. */
export const PERSON_NAME_MAX = 20
/** organisers.createInvite: the note for the office's own records. */
export const INVITE_NOTE_MAX = 40
/** organisers.createInvite: events one check-in staff member may work. */
export const STAFF_EVENTS_MAX = 20
/** attendance.decide: a rejection's reason, which the registrant reads. */
export const REJECT_REASON_MIN = 2
export const REJECT_REASON_MAX = 100
/** attendance.walkIn */
export const COMPANY_NAME_MAX = 60
export const WALK_IN_ATTENDEES_MAX = 20
