// events: the week's published events, public.
import { eventsContract } from '@/contracts/events'
import { toEventView, type EventRecord } from '@/domain/event'
import { currentCampaign } from '@/server/campaigns'
import { db } from '@/server/cloud'
import { defineFunction } from '@/server/define-function'
import { AppError } from '@/server/errors'

export const main = defineFunction(eventsContract, {
  async list({ day, limit, offset }) {
    const { _id: campaignId } = await currentCampaign()
    const where = { campaignId, status: 'published', ...(day ? { day } : {}) }
    const query = db.collection<EventRecord>('events').where(where)
    const [{ total }, { data }] = await Promise.all([
      query.count(),
      query.orderBy('day', 'asc').orderBy('startAt', 'asc').skip(offset).limit(limit).get(),
    ])
    return {
      items: data.map(toEventView),
      total,
      offset,
      hasMore: offset + data.length < total,
    }
  },

  async get({ id }) {
    const { data: event } = await db.collection<EventRecord>('events').doc(id).get()
    if (!event || event.status !== 'published')
      throw new AppError('NOT_FOUND', '活动不存在或尚未发布')
    return toEventView(event)
  },
})
