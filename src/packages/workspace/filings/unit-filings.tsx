// One unit's filings: the deadlines, the activity list (a form until it is filed), the reports
// with their review, and the summary.
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CampaignOverview } from '@/contracts/campaign'
import type { UnitFilings } from '@/contracts/filings'
import { committeeUnitIds, editableDays } from '@/domain/event-edit'
import { FILING_NAMES } from '@/domain/filings'
import { callCloud } from '@/services/cloud'
import { useCloudQuery } from '@/services/use-cloud-query'
import { LoadState } from '../shared-components'
import { ActivityListForm } from './activity-list-form'
import { Deadlines } from './deadlines'
import { ReportForm } from './report-form'
import { ReportList } from './report-list'
import { SummarySection } from './summary-section'

export function UnitFilingsView({
  unitId,
  overview,
}: {
  unitId: string
  overview: CampaignOverview
}) {
  const status = useCloudQuery(`filings.status ${unitId}`, () =>
    callCloud('filings', 'status', { unitId }),
  )
  // What the last filing answered, newer than what the page loaded with.
  const [latest, setLatest] = useState<UnitFilings>()
  const [reporting, setReporting] = useState(false)

  if (status.state.status !== 'ready') {
    return (
      <LoadState
        error={status.state.status === 'failed' ? status.state.error : undefined}
        onRetry={() => void status.retry()}
      />
    )
  }
  const filings = latest ?? status.state.data
  const unit = { id: filings.unitId, name: filings.unitName }
  const { campaign, now } = overview
  return (
    <>
      <Text className="workspace__title">{filings.unitName}</Text>
      <Deadlines
        now={now}
        deadlines={[
          { name: FILING_NAMES['activity-list'], deadline: filings.activityList },
          { name: FILING_NAMES.summary, deadline: filings.summary },
        ]}
      />

      <Text className="workspace__section">{FILING_NAMES['activity-list']}</Text>
      {filings.activityList.filedAt ? (
        <View className="workspace__card">
          <Text className="workspace__text">
            已报送 {filings.activityList.eventIds?.length ?? 0}{' '}
            项活动，每项已生成一份本单位的活动草稿。新增活动请在活动管理中新建。
          </Text>
        </View>
      ) : (
        <ActivityListForm
          unit={unit}
          context={{
            days: editableDays(campaign),
            unitIds: committeeUnitIds(campaign),
            seatsTaken: 0,
            registrants: 0,
          }}
          firstDay={campaign.firstDay}
          onFiled={setLatest}
        />
      )}

      <Text className="workspace__section">{FILING_NAMES.report}</Text>
      {reporting ? (
        <ReportForm
          unitId={unit.id}
          onFiled={(report) => {
            setReporting(false)
            setLatest({ ...filings, reports: [report, ...filings.reports] })
          }}
          onCancel={() => setReporting(false)}
        />
      ) : (
        <Button
          className="workspace__action workspace__action--primary"
          onClick={() => setReporting(true)}
        >
          报送活动信息
        </Button>
      )}
      <ReportList reports={filings.reports} />

      <Text className="workspace__section">{FILING_NAMES.summary}</Text>
      <SummarySection unitId={unit.id} summary={filings.summary} onFiled={setLatest} />
    </>
  )
}
