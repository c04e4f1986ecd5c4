// The form of one event (or a new one) with the steps the caller may take on it.
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ManagedEvent } from '@/contracts/event-admin'
import type { Campaign } from '@/domain/campaign'
import { hostUnits } from '@/domain/calendar-filters'
import {
  REVIEWED_FIELDS,
  committeeUnitIds,
  editableDays,
  logisticsChange,
  type DraftField,
} from '@/domain/event-edit'
import { availableActions, statusProblem } from '@/domain/event-workflow'
import { canAdminister, type OrganiserRole } from '@/domain/organiser-roles'
import { AboutSection } from './about-section'
import { AudienceSection } from './audience-section'
import { PROBLEM_LABELS, blankDraft } from './draft-form'
import { EventStatus } from './event-status'
import { NoticeReport } from './notice-report'
import { RegistrationSection } from './registration-section'
import { StepActions } from './step-actions'
import { useEventEditor } from './use-event-editor'
import { WhenWhereSection } from './when-where-section'

export interface EventEditorProps {
  role: OrganiserRole
  campaign: Campaign
  /** Absent for a new event. */
  event?: ManagedEvent
}

function newDraft(role: OrganiserRole, campaign: Campaign) {
  const days = editableDays(campaign)
  const day = days.includes(campaign.firstDay) ? campaign.firstDay : (days[0] ?? campaign.firstDay)
  if (role.kind !== 'unit-editor') return blankDraft(day, [], [])
  const unit = hostUnits(campaign.committee).find((u) => u.id === role.unitId)
  return blankDraft(day, [role.unitId], unit ? [unit.name] : [])
}

export function EventEditor({ role, campaign, event }: EventEditorProps) {
  const office = canAdminister(role)
  const [blank] = useState(() => newDraft(role, campaign))
  const [context] = useState(() => ({
    days: editableDays(campaign),
    unitIds: committeeUnitIds(campaign),
  }))
  const editor = useEventEditor(event, blank, context)
  const { saved, form, problems } = editor

  // A new event is a draft: what a draft allows, but nothing to cancel yet.
  const actions = saved
    ? saved.actions
    : availableActions(role, { _id: '', unitIds: form.unitIds, status: 'draft' }).filter(
        (action) => action !== 'cancel',
      )
  const readOnly = !actions.includes('edit')
  // Citizens saw what the office published: a unit changes its time, place and registration only.
  const reviewedLocked = saved?.status === 'published' && !office
  const isLocked = (field: DraftField) =>
    readOnly || (reviewedLocked && REVIEWED_FIELDS.includes(field))
  const lockNote = !saved
    ? undefined
    : readOnly
      ? (statusProblem(role, saved.status, 'edit') ?? '你不能修改这个活动。')
      : reviewedLocked
        ? '活动已发布：标题、简介、单位、面向人群和形式由组委会办公室修改；时间、地点和报名设置可以修改。'
        : undefined

  const move = saved ? logisticsChange(saved.fields, form) : { time: false, place: false }
  const tellsRegistrants =
    saved?.status === 'published' && saved.registrants > 0 && (move.time || move.place)
  const sections = { form, problems, onChange: editor.update, isLocked }
  const problemKeys = Object.keys(problems)

  return (
    <>
      {saved && <EventStatus event={saved} lockNote={lockNote} />}
      <AboutSection {...sections} units={hostUnits(campaign.committee)} choosesUnits={office} />
      <WhenWhereSection {...sections} days={context.days} />
      <AudienceSection {...sections} />
      <RegistrationSection {...sections} seatsTaken={saved?.seatsTaken ?? 0} />

      {tellsRegistrants && (
        <View className="workspace__warning" role="note">
          <Text>活动的时间或地点改了：保存后会通知报名人（{saved.registrants} 份报名）。</Text>
        </View>
      )}
      {problemKeys.length > 0 && (
        <View className="workspace__alert" role="alert">
          <Text>
            请先修改标红的项目：
            {problemKeys.map((key) => PROBLEM_LABELS[key] ?? problems[key]).join('、')}
          </Text>
        </View>
      )}
      {editor.failure && (
        <View className="workspace__alert event-edit__failure" role="alert">
          <Text>{editor.failure.message}</Text>
          {editor.failure.conflict && (
            <Button
              className="workspace__action workspace__action--small"
              onClick={() => void editor.reload()}
            >
              {editor.busy === 'reload' ? '正在载入…' : '重新载入（放弃本页的修改）'}
            </Button>
          )}
        </View>
      )}
      {editor.notices && (
        <NoticeReport
          report={editor.notices}
          busy={editor.busy === 'notify'}
          onContinue={() => void editor.notify()}
        />
      )}
      <StepActions editor={editor} actions={actions} registrants={saved?.registrants ?? 0} />
    </>
  )
}
