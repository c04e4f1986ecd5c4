// Who may do what in the organisers' workspace. The server decides every action with these rules;
// the app uses the same ones only to hide what would be refused.

/** 组委会办公室: everything. */
export interface OfficeAdmin {
  kind: 'office-admin'
}

/** 成员单位 editor: the unit's own events, their registrations and the unit's filings. */
export interface UnitEditor {
  kind: 'unit-editor'
  unitId: string
}

/** 签到员: checks people in at the given events, nothing else. */
export interface CheckinStaff {
  kind: 'checkin-staff'
  eventIds: string[]
}

export type OrganiserRole = OfficeAdmin | UnitEditor | CheckinStaff
export type RoleKind = OrganiserRole['kind']

export const ROLE_NAMES: Record<RoleKind, string> = {
  'office-admin': '组委会办公室',
  'unit-editor': '成员单位',
  'checkin-staff': '签到员',
}

/** What the rules need to know about an event. */
export interface OwnedEvent {
  _id: string
  unitIds: readonly string[]
}

const isAdmin = (role: OrganiserRole | null): role is OfficeAdmin => role?.kind === 'office-admin'

const ownsEvent = (role: OrganiserRole | null, event: OwnedEvent) =>
  role?.kind === 'unit-editor' && event.unitIds.includes(role.unitId)

/** Invites, members, publishing, reviewing filings, the audit log and the week's summary. */
export const canAdminister = (role: OrganiserRole | null) => isAdmin(role)

/** Edit an event, see its registrations in full, decide on them, add walk-ins, export them. */
export const canManageEvent = (role: OrganiserRole | null, event: OwnedEvent) =>
  isAdmin(role) || ownsEvent(role, event)

/** Create an event draft for a unit, or file the unit's lists, reports and summary. */
export const canActForUnit = (role: OrganiserRole | null, unitId: string) =>
  isAdmin(role) || (role?.kind === 'unit-editor' && role.unitId === unitId)

export const canCheckIn = (role: OrganiserRole | null, event: OwnedEvent) =>
  canManageEvent(role, event) ||
  (role?.kind === 'checkin-staff' && role.eventIds.includes(event._id))

/** One line naming a role for people, e.g. "成员单位 · 营口市教育局". */
export function describeRole(role: OrganiserRole, unitName: (id: string) => string): string {
  switch (role.kind) {
    case 'office-admin':
      return ROLE_NAMES[role.kind]
    case 'unit-editor':
      return `${ROLE_NAMES[role.kind]} · ${unitName(role.unitId)}`
    case 'checkin-staff':
      return `${ROLE_NAMES[role.kind]} · ${role.eventIds.length} 场活动`
  }
}
