// A registration session for tests and benchmarks to write into a local cloud: published, on
// 23 April at 09:30 in the free-trade zone like the cross-border session, for enterprises, with
// the registration settings the caller gives (short contact form, no approval by default).
import { campaign } from '../src/campaigns'
import type { EventRecord, RegistrationSettings } from '../src/domain/event'
import { shanghaiInstant } from '../src/domain/time'

export interface TestSessionOptions {
  title: string
  registration?: Partial<RegistrationSettings>
  /** Any other field of the record, e.g. a host unit or a seat counter. */
  record?: Partial<EventRecord>
}

export function testSession(
  _id: string,
  { title, registration, record }: TestSessionOptions,
): EventRecord {
  return {
    _id,
    campaignId: campaign._id,
    title,
    hosts: ['营口市市场监督管理局'],
    invited: [],
    unitIds: ['amr'],
    day: '2025-04-23',
    startAt: shanghaiInstant('2025-04-23 09:30'),
    place: { name: '营口自贸区' },
    audiences: ['enterprise'],
    forms: ['training'],
    description: '',
    featured: false,
    sample: false,
    status: 'published',
    registration: {
      capacity: 10,
      perCompanyCap: 3,
      fields: ['contactName', 'phone', 'attendees'],
      approval: false,
      ...registration,
    },
    ...record,
  }
}
