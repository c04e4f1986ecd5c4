// 新建活动 / 编辑活动 (?id=<eventId>, none for a new event): the event's form, checked by the
// server's own rule before it is sent, and the review steps the caller may take.
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import { Screen } from '@/components/screen'
import type { CloudError } from '@/contracts'
import { canEditEvents } from '@/domain/event-workflow'
import { callCloud } from '@/services/cloud'
import { eventIdFrom } from '@/services/navigation'
import { useCloudQuery } from '@/services/use-cloud-query'
import { LoadState } from '../shared-components'
import { useOrganiser } from '../use-organiser'
import { EventEditor } from './event-editor'
import { NotAnEditor } from './not-an-editor'
import '../workspace.scss'
import './index.scss'

export default function EventEditPage() {
  const router = useRouter()
  const eventId = eventIdFrom(router?.params)
  const me = useOrganiser()
  const campaign = useCloudQuery('campaign.get', () => callCloud('campaign', 'get', {}))
  const event = useCloudQuery(
    `eventAdmin.get ${eventId}`,
    () => callCloud('eventAdmin', 'get', { eventId }),
    !!eventId,
  )
  useEffect(() => {
    if (!eventId) void Taro.setNavigationBarTitle({ title: '新建活动' }).catch(() => {})
  }, [eventId])

  const queries = eventId ? [me, campaign, event] : [me, campaign]
  const retryAll = () => void Promise.all(queries.map((query) => query.retry()))
  if (me.state.status !== 'ready') {
    return (
      <Loading
        error={me.state.status === 'failed' ? me.state.error : undefined}
        onRetry={retryAll}
      />
    )
  }
  const { organiser } = me.state.data
  if (!organiser || !canEditEvents(organiser.role)) {
    return (
      <Screen className="workspace">
        <NotAnEditor organiser={organiser} />
      </Screen>
    )
  }
  const failed = [campaign.state, event.state].find((state) => state.status === 'failed')
  if (campaign.state.status !== 'ready' || (eventId && event.state.status !== 'ready')) {
    return (
      <Loading error={failed?.status === 'failed' ? failed.error : undefined} onRetry={retryAll} />
    )
  }
  return (
    <Screen className="workspace event-edit">
      <EventEditor
        role={organiser.role}
        campaign={campaign.state.data.campaign}
        event={event.state.status === 'ready' ? event.state.data : undefined}
      />
    </Screen>
  )
}

function Loading({ error, onRetry }: { error?: CloudError; onRetry: () => void }) {
  return (
    <Screen className="workspace">
      <LoadState error={error} onRetry={onRetry} />
    </Screen>
  )
}
