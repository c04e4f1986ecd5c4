// Loads a campaign's data module into the database. Idempotent: it creates what is missing and
// rewrites the campaign and its events only when the data module's version is newer than the
// loaded one, so running it again changes nothing.
import type { Campaign } from '@/domain/campaign'
import type { EventRecord, RegistrationSettings } from '@/domain/event'
import { COLLECTIONS } from './collections'
import { db } from './cloud'

export interface SeedData {
  campaign: Campaign
  events: EventRecord[]
  /** Registration settings for a local demo, by event id; loaded only with the samples. */
  sampleRegistrations?: Record<string, RegistrationSettings>
}

// Kept when an event is rewritten: they count live registrations, not data.
const COUNTERS = ['seatsTaken', 'waitlistUsed'] as const

export interface SeedReport {
  collectionsCreated: string[]
  campaign: 'created' | 'updated' | 'unchanged'
  eventsWritten: number
  samplesIncluded: boolean
}

export async function seed(
  data: SeedData,
  options: { includeSamples: boolean },
): Promise<SeedReport> {
  const collectionsCreated = await createMissingCollections()
  const { data: loaded } = await db.collection<Campaign>('campaigns').doc(data.campaign._id).get()
  if (loaded && loaded.dataVersion >= data.campaign.dataVersion) {
    return {
      collectionsCreated,
      campaign: 'unchanged',
      eventsWritten: 0,
      samplesIncluded: options.includeSamples,
    }
  }
  const events = data.events
    .filter((event) => options.includeSamples || !event.sample)
    .map((event) => {
      const registration = options.includeSamples && data.sampleRegistrations?.[event._id]
      return registration ? { ...event, registration } : event
    })
  for (const event of events) await writeEvent(event)
  // The campaign goes last: a seed interrupted midway is simply run again.
  const { _id, ...campaign } = data.campaign
  await db.collection<Campaign>('campaigns').doc(_id).set({ data: campaign })
  return {
    collectionsCreated,
    campaign: loaded ? 'updated' : 'created',
    eventsWritten: events.length,
    samplesIncluded: options.includeSamples,
  }
}

/**
 * Creates the event, or rewrites the fields the data module sets. Fields it does not set are the
 * organisers' (registration settings set in the console or the workspace) or live counters, and
 * stay as they are. An event edited in the workspace (a revision) is the organisers' altogether.
 */
async function writeEvent({ _id, ...event }: EventRecord): Promise<void> {
  const ref = db.collection<EventRecord>('events').doc(_id)
  const { data: existing } = await ref.get()
  if (!existing) {
    await ref.set({ data: event })
    return
  }
  if ((existing.revision ?? 0) > 0) return
  const changes: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(event)) {
    if ((COUNTERS as readonly string[]).includes(key)) continue
    // set(): an object replaces the stored one instead of being merged into it.
    const isObject = typeof value === 'object' && value !== null && !(value instanceof Date)
    changes[key] = isObject && !Array.isArray(value) ? db.command.set(value) : value
  }
  await ref.update({ data: changes })
}

async function createMissingCollections(): Promise<string[]> {
  const created: string[] = []
  for (const name of COLLECTIONS) {
    try {
      await db.createCollection(name)
      created.push(name)
    } catch (error) {
      if (!isAlreadyExists(error)) throw error
    }
  }
  return created
}

function isAlreadyExists(error: unknown): boolean {
  const text = error instanceof Error ? error.message : JSON.stringify(error)
  return /Table exist|ResourceExist|already exist/i.test(text)
}
