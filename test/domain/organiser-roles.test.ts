import {
  canActForUnit,
  canAdminister,
  canCheckIn,
  canManageEvent,
  describeRole,
  type OrganiserRole,
} from '@/domain/organiser-roles'

const admin: OrganiserRole = { kind: 'office-admin' }
const court: OrganiserRole = { kind: 'unit-editor', unitId: 'court' }
const staff: OrganiserRole = { kind: 'checkin-staff', eventIds: ['e1'] }
const jointEvent = { _id: 'e1', unitIds: ['court', 'procuratorate'] }
const otherEvent = { _id: 'e2', unitIds: ['education'] }

describe('organiser roles', () => {
  it('let the office do everything and nobody else administer', () => {
    expect([admin, court, staff, null].map(canAdminister)).toEqual([true, false, false, false])
    expect(canManageEvent(admin, otherEvent)).toBe(true)
    expect(canActForUnit(admin, 'education')).toBe(true)
  })

  it('let a unit manage the events it hosts, jointly or alone, and file for itself only', () => {
    expect(canManageEvent(court, jointEvent)).toBe(true)
    expect(canManageEvent(court, otherEvent)).toBe(false)
    expect(canActForUnit(court, 'court')).toBe(true)
    expect(canActForUnit(court, 'procuratorate')).toBe(false)
  })

  it('let check-in staff check in at their events and do nothing else', () => {
    expect(canCheckIn(staff, jointEvent)).toBe(true)
    expect(canCheckIn(staff, otherEvent)).toBe(false)
    expect(canManageEvent(staff, jointEvent)).toBe(false)
    expect(canActForUnit(staff, 'court')).toBe(false)
    expect(canCheckIn(court, jointEvent)).toBe(true)
    expect(canCheckIn(null, jointEvent)).toBe(false)
  })

  it('are named for people', () => {
    const names = (id: string) => ({ court: '市法院' })[id] ?? id
    expect(describeRole(court, names)).toBe('成员单位 · 市法院')
    expect(describeRole(staff, names)).toBe('签到员 · 1 场活动')
    expect(describeRole(admin, names)).toBe('组委会办公室')
  })
})
