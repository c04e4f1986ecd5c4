// The editor's state and its calls to eventAdmin: the form checked by the server's own rule
// before anything is sent, the revision read sent back with every save, and the server's answer
// (the event as saved, its problems by field, a conflict, the registrants told) kept for display.
import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { CloudError } from '@/contracts'
import type { EventChange, ManagedEvent, NoticeReport } from '@/contracts/event-admin'
import {
  checkEventDraft,
  type DraftProblems,
  type EditContext,
  type EventDraft,
} from '@/domain/event-edit'
import type { EventAdminAction } from '@/domain/event-workflow'
import { callCloud } from '@/services/cloud'
import { fieldId } from './controls'
import { draftToSend, isChanged } from './draft-form'

export type ReasonStep = 'return' | 'unpublish' | 'cancel'
type Busy = EventAdminAction | 'notify' | 'reload'

export interface Failure {
  message: string
  /** The event changed meanwhile (someone else's edit or step): reload before going on. */
  conflict: boolean
}

const DONE: Record<Exclude<EventAdminAction, 'edit'>, string> = {
  submit: '已提交审核',
  publish: '已发布',
  return: '已退回',
  unpublish: '已撤回发布',
  cancel: '已取消活动',
}

function stepCall(action: Exclude<EventAdminAction, 'edit'>, eventId: string, reason = '') {
  switch (action) {
    case 'submit':
      return callCloud('eventAdmin', 'submitForReview', { eventId })
    case 'publish':
      return callCloud('eventAdmin', 'publish', { eventId })
    case 'return':
      return callCloud('eventAdmin', 'returnToUnit', { eventId, reason })
    case 'unpublish':
      return callCloud('eventAdmin', 'unpublish', { eventId, reason })
    case 'cancel':
      return callCloud('eventAdmin', 'cancel', { eventId, reason })
  }
}

/** The campaign's days and units, for the draft check (the event adds its own counts). */
export type CampaignContext = Pick<EditContext, 'days' | 'unitIds'>

export function useEventEditor(
  event: ManagedEvent | undefined,
  blank: EventDraft,
  campaign: CampaignContext,
) {
  const [saved, setSaved] = useState(event)
  const [form, setForm] = useState(event?.fields ?? blank)
  const [problems, setProblems] = useState<DraftProblems>({})
  const [failure, setFailure] = useState<Failure>()
  const [notices, setNotices] = useState<NoticeReport>()
  const [busy, setBusy] = useState<Busy>()
  const busyRef = useRef(false)
  const changed = !saved || isChanged(form, saved.fields)

  const show = (current: ManagedEvent) => {
    setSaved(current)
    setForm(current.fields)
    setProblems({})
    setFailure(undefined)
  }
  const accept = (change: EventChange) => {
    show(change.event)
    if (change.notices) setNotices(change.notices)
  }
  const refused = (error: CloudError) => {
    // Problems by field are shown by their fields, like the ones found here.
    if (error.code === 'INVALID_ARGUMENT' && error.fields) {
      setProblems(error.fields)
      setFailure(undefined)
      return
    }
    setFailure({ message: error.message, conflict: error.code === 'CONFLICT' })
  }

  /** One call at a time: a second tap while one runs does nothing. */
  const run = async (what: Busy, work: () => Promise<void>) => {
    if (busyRef.current) return
    busyRef.current = true
    setBusy(what)
    try {
      await work()
    } finally {
      busyRef.current = false
      setBusy(undefined)
    }
  }

  /** The draft to send, or undefined with its problems shown by field. */
  const checked = (): EventDraft | undefined => {
    const draft = draftToSend(form)
    const result = checkEventDraft(draft, {
      ...campaign,
      seatsTaken: saved?.seatsTaken ?? 0,
      registrants: saved?.registrants ?? 0,
    })
    if (result.ok) return draft
    setProblems(result.problems)
    setFailure(undefined)
    const [first] = Object.keys(result.problems)
    if (first) {
      void Taro.pageScrollTo({ selector: `#${fieldId(first)}`, duration: 200 }).catch(() => {})
    }
    return undefined
  }

  /** The event with the form saved: as it was when nothing changed, undefined when refused. */
  const saveIfChanged = async (): Promise<ManagedEvent | undefined> => {
    if (saved && !changed) return saved
    const fields = checked()
    if (!fields) return undefined
    const result = await callCloud(
      'eventAdmin',
      'saveDraft',
      saved ? { eventId: saved.eventId, revision: saved.revision, fields } : { fields },
    )
    if (!result.ok) {
      refused(result.error)
      return undefined
    }
    accept(result.data)
    return result.data.event
  }

  const toast = (title: string) => void Taro.showToast({ title, icon: 'success' })

  return {
    saved,
    form,
    problems,
    failure,
    notices,
    busy,
    changed,
    update: (change: Partial<EventDraft>) => setForm((shown) => ({ ...shown, ...change })),

    save: () =>
      run('edit', async () => {
        if (!changed) return toast('没有新的修改')
        if (await saveIfChanged()) toast('已保存')
      }),

    /** 提交审核 and 发布 take the form as it stands: it is saved first. */
    advance: (action: 'submit' | 'publish') =>
      run(action, async () => {
        const current = await saveIfChanged()
        if (!current) return
        const result = await stepCall(action, current.eventId)
        if (!result.ok) return refused(result.error)
        accept(result.data)
        toast(DONE[action])
      }),

    /** The office's steps with a reason; true when taken. */
    decide: async (action: ReasonStep, reason: string) => {
      let taken = false
      await run(action, async () => {
        if (!saved) return
        const result = await stepCall(action, saved.eventId, reason)
        if (!result.ok) return refused(result.error)
        accept(result.data)
        toast(DONE[action])
        taken = true
      })
      return taken
    },

    /** Carries on telling registrants; the counts add up, since nobody is told twice. */
    notify: () =>
      run('notify', async () => {
        if (!saved) return
        const result = await callCloud('eventAdmin', 'notifyRegistrants', {
          eventId: saved.eventId,
        })
        if (!result.ok) return refused(result.error)
        setNotices((shown) => ({
          ...result.data,
          sent: (shown?.sent ?? 0) + result.data.sent,
          failed: (shown?.failed ?? 0) + result.data.failed,
        }))
      }),

    /** The event as it is now on the server; what was typed here is dropped. */
    reload: () =>
      run('reload', async () => {
        if (!saved) return
        const result = await callCloud('eventAdmin', 'get', { eventId: saved.eventId })
        if (!result.ok) return refused(result.error)
        show(result.data)
      }),
  }
}

export type EventEditor = ReturnType<typeof useEventEditor>
