// events: the week's published events, public.
import { eventsContract } from '@/contracts/events'
import { toEventView, type EventRecord } from '@/domain/event'
import { daysInRange } from '@/domain/time'
import { currentCampaign } from '@/server/campaigns'
import { db } from '@/server/cloud'
import { defineFunction } from '@/server/define-function'
import { AppError } from '@/server/errors'
import { countEventsByDay, findEventPage, publishedEventsWhere } from '@/server/event-query'

export const main = defineFunction(eventsContract, {
  async list({ day, limit, offset, ...filters }) {
    const { _id: campaignId } = await currentCampaign()
    const where = publishedEventsWhere(campaignId, filters, day ? [day] : undefined)
    const { records, total } = await findEventPage(where, offset, limit)
    return {
      items: records.map(toEventView),
      total,
      offset,
      hasMore: offset + records.length < total,
    }
  },

  async days(filters) {
    const campaign = await currentCampaign()
    const week = daysInRange(campaign.firstDay, campaign.lastDay)
    return { days: await countEventsByDay(publishedEventsWhere(campaign._id, filters, week), week) }
  },

  async get({ id }) {
    const { data: event } = await db.collection<EventRecord>('events').doc(id).get()
    if (!event || event.status !== 'published')
      throw new AppError('NOT_FOUND', '活动不存在或尚未发布')
    return toEventView(event)
  },
})
