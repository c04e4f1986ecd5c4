// Loads a campaign's data module into the database. Idempotent: it creates what is missing and
// rewrites the campaign and its events only when the data module's version is newer than the
// loaded one, so running it again changes nothing.
import type { Campaign } from '@/domain/campaign'
import type { EventRecord } from '@/domain/event'
import { COLLECTIONS } from './collections'
import { db } from './cloud'

export interface SeedData {
  campaign: Campaign
  events: EventRecord[]
}

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
  const events = data.events.filter((event) => options.includeSamples || !event.sample)
  for (const { _id, ...event } of events) {
    await db.collection<EventRecord>('events').doc(_id).set({ data: event })
  }
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
