// The rules of an organiser's draft and of the review steps. Times are read in Shanghai, so these
// hold under TZ=UTC and TZ=Asia/Shanghai alike.
import { campaign, events, sampleRegistrations } from '@/campaigns'
import {
  changedFields,
  checkEventDraft,
  committeeUnitIds,
  draftOf,
  editableDays,
  logisticsChange,
  reasonProblem,
  REVIEWED_FIELDS,
  type EditContext,
  type EventDraft,
} from '@/domain/event-edit'
import { availableActions, canEditEvents, mayTake, statusProblem } from '@/domain/event-workflow'
import type { OrganiserRole } from '@/domain/organiser-roles'

const context: EditContext = {
  days: editableDays(campaign),
  unitIds: committeeUnitIds(campaign),
  seatsTaken: 0,
  registrants: 0,
}

const draft = (changes: Partial<EventDraft> = {}): EventDraft => ({
  title: '知识产权司法保护开放日',
  description: '走进法院，了解知识产权案件审理。',
  hosts: ['营口市中级人民法院'],
  invited: ['辽宁省知识产权保护中心'],
  unitIds: ['court'],
  day: '2025-04-22',
  startTime: '09:30',
  endTime: '11:00',
  place: { name: '市法院第一法庭', address: '营口市站前区', latitude: 40.669, longitude: 122.245 },
  audiences: ['enterprise'],
  forms: ['exchange'],
  registration: {
    capacity: 50,
    perCompanyCap: 3,
    fields: ['companyName', 'contactName', 'phone', 'attendees'],
    approval: false,
    closesAt: '2025-04-21 18:00',
  },
  ...changes,
})

const registration = (changes: Partial<NonNullable<EventDraft['registration']>>) => ({
  ...draft().registration!,
  ...changes,
})

function problems(changes: Partial<EventDraft>, more: Partial<EditContext> = {}) {
  const result = checkEventDraft(draft(changes), { ...context, ...more })
  return result.ok ? {} : result.problems
}

describe('a draft', () => {
  it('is stored with its times as instants read in Shanghai, and reads back unchanged', () => {
    const result = checkEventDraft(draft(), context)
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.value.startAt?.toISOString()).toBe('2025-04-22T01:30:00.000Z')
    expect(result.value.endAt?.toISOString()).toBe('2025-04-22T03:00:00.000Z')
    expect(result.value.registration?.closesAt?.toISOString()).toBe('2025-04-21T10:00:00.000Z')
    expect(draftOf(result.value)).toEqual(draft())
  })

  it('is trimmed, with runs of spaces as one, and leaves empty optional text out', () => {
    const result = checkEventDraft(
      draft({
        title: '  知识产权　 开放日 ',
        audienceNote: '  ',
        place: { name: ' 市法院 ', address: '' },
      }),
      context,
    )
    expect(result).toMatchObject({
      ok: true,
      value: { title: '知识产权 开放日', place: { name: '市法院' } },
    })
    expect(result.ok && 'audienceNote' in result.value).toBe(false)
    expect(result.ok && result.value.place).toEqual({ name: '市法院' })
  })

  it('has a title of 2 to 60 characters, an emoji counting as one', () => {
    expect(problems({ title: '' }).title).toBe('请填写标题')
    expect(problems({ title: '会' }).title).toBe('标题至少2个字')
    expect(problems({ title: '会'.repeat(60) }).title).toBeUndefined()
    expect(problems({ title: '😀'.repeat(60) }).title).toBeUndefined()
    expect(problems({ title: '会'.repeat(61) }).title).toBe('标题不能超过60个字')
    expect(problems({ title: '开放\u0000日' }).title).toContain('无法识别')
  })

  it('takes place in the preparation phase or the week', () => {
    expect(problems({ day: '2025-04-11' }).day).toBeUndefined()
    expect(problems({ day: '2025-04-26', registration: undefined }).day).toBeUndefined()
    for (const day of ['2025-04-10', '2025-04-29', '2026-04-22']) {
      expect(problems({ day }).day).toBe(
        '活动日期应在4月11日 周五至4月26日 周六之间（准备阶段或宣传周）',
      )
    }
  })

  it('starts before it ends, and has a start if it has an end', () => {
    expect(problems({ startTime: '11:00', endTime: '11:00' }).endTime).toBe(
      '结束时间应晚于开始时间',
    )
    expect(problems({ startTime: undefined }).startTime).toBe('填写结束时间前，请先填写开始时间')
    expect(problems({ endTime: undefined })).toEqual({})
    expect(problems({ startTime: '24:00' }).startTime).toContain('时:分')
    // The time not announced yet: registration closes before the day, not before a time.
    const untimed = { startTime: undefined, endTime: undefined }
    expect(problems(untimed)).toEqual({})
  })

  it('has a named place, and coordinates only both at once and in range', () => {
    expect(problems({ place: { name: ' ' } })['place.name']).toBe('请填写活动地点')
    expect(problems({ place: { name: '法院', latitude: 40 } })['place.latitude']).toBe(
      '经度和纬度需同时填写，或都不填',
    )
    expect(problems({ place: { name: '法院', latitude: -91, longitude: 122 } })).toEqual({
      'place.latitude': '纬度应在-90至90之间',
    })
    expect(problems({ place: { name: '法院', latitude: 40, longitude: 181 } })).toEqual({
      'place.longitude': '经度应在-180至180之间',
    })
    expect(problems({ place: { name: '法院', latitude: NaN, longitude: 122 } })).toEqual({
      'place.latitude': '纬度应在-90至90之间',
    })
  })

  it('names hosts, committee units, audiences and forms from their lists, once each', () => {
    expect(problems({ hosts: [] }).hosts).toBe('请填写主办单位')
    expect(problems({ hosts: ['法院', '法院'] }).hosts).toBe('主办单位有重复')
    expect(problems({ invited: ['省'] }).invited).toBe('邀请单位名称至少2个字')
    expect(problems({ unitIds: [] }).unitIds).toBe('请选择负责的成员单位')
    expect(problems({ unitIds: ['court', 'court'] }).unitIds).toBe('负责的成员单位有重复')
    expect(problems({ unitIds: ['moon'] }).unitIds).toBe('没有编号为 moon 的成员单位')
    expect(problems({ audiences: [] }).audiences).toBe('请选择面向人群')
    expect(problems({ forms: ['training', 'training'] }).forms).toBe('活动形式有重复项')
    expect(problems({ forms: ['party' as never] }).forms).toBe('活动形式请从选项中选择')
  })
})

describe('the campaign’s own events', () => {
  it('read back as drafts that pass every rule, so the workspace can edit them as they are', () => {
    for (const event of events) {
      const registration = sampleRegistrations[event._id]
      const stored = registration ? { ...event, registration } : event
      const result = checkEventDraft(draftOf(stored), context)
      expect({ id: event._id, result }).toMatchObject({ result: { ok: true } })
    }
  })
})

describe('registration settings', () => {
  it('keep at least one seat, and every seat already taken', () => {
    const capacity = (value: number, seatsTaken = 0) =>
      problems({ registration: registration({ capacity: value }) }, { seatsTaken })[
        'registration.capacity'
      ]
    expect(capacity(0)).toBe('名额应为1至100000之间的整数')
    expect(capacity(2.5)).toBe('名额应为1至100000之间的整数')
    expect(capacity(12, 12)).toBeUndefined()
    expect(capacity(11, 12)).toBe('已有12人占用名额，名额不能少于12')
  })

  it('let an enterprise bring 1 up to capacity people, counted by the form', () => {
    const cap = (perCompanyCap: number, capacity = 50) =>
      problems({ registration: registration({ perCompanyCap, capacity }) })
    expect(cap(0)['registration.perCompanyCap']).toBe('每家企业人数上限应为1至名额数之间的整数')
    expect(cap(5, 4)['registration.perCompanyCap']).toBeDefined()
    expect(cap(4, 4)).toEqual({})
    // A capacity not filled in yet is one problem, not two.
    expect(Object.keys(cap(3, Number.NaN))).toEqual(['registration.capacity'])
    const noCount = registration({ fields: ['companyName', 'phone'] })
    expect(problems({ registration: noCount })['registration.fields']).toBe(
      '每家企业可报多人时，报名信息需包含“参会人数”',
    )
    expect(problems({ registration: { ...noCount, perCompanyCap: 1 } })).toEqual({})
  })

  it('ask for known fields, at least one, once each', () => {
    const fields = (value: string[]) =>
      problems({ registration: registration({ fields: value as never, perCompanyCap: 1 }) })[
        'registration.fields'
      ]
    expect(fields([])).toBe('请至少选择一项报名信息')
    expect(fields(['phone', 'phone'])).toBe('报名信息有重复项')
    expect(fields(['phone', 'shoeSize'])).toBe('报名信息中有不支持的项目')
  })

  it('close, and stop cancellations, before the event starts', () => {
    const closes = (closesAt: string, changes: Partial<EventDraft> = {}) =>
      problems({ ...changes, registration: registration({ closesAt }) })['registration.closesAt']
    expect(closes('2025-04-22 09:29')).toBeUndefined()
    expect(closes('2025-04-22 09:30')).toBe('报名截止时间应早于活动开始时间')
    expect(closes('2025-04-22 9:00')).toBe('报名截止时间格式应为“年-月-日 时:分”')
    // Without a time, before the day begins in Shanghai.
    const untimed = { startTime: undefined, endTime: undefined }
    expect(closes('2025-04-21 23:59', untimed)).toBeUndefined()
    expect(closes('2025-04-22 00:00', untimed)).toBe('报名截止时间应早于活动开始时间')
    const cancel = problems({ registration: registration({ cancelUntil: '2025-04-22 10:00' }) })
    expect(cancel['registration.cancelUntil']).toBe('取消报名截止时间应早于活动开始时间')
  })

  it('stay while anyone is registered', () => {
    expect(problems({ registration: undefined }, { registrants: 2 }).registration).toBe(
      '已有2份报名，不能取消报名设置',
    )
    expect(problems({ registration: undefined })).toEqual({})
  })
})

describe('a change', () => {
  const before = draft()

  it('names the fields it touches', () => {
    expect(changedFields(before, draft())).toEqual([])
    const after = draft({ title: '新标题', registration: registration({ capacity: 60 }) })
    expect(changedFields(before, after)).toEqual(['title', 'registration'])
    expect(REVIEWED_FIELDS).toContain('title')
    expect(REVIEWED_FIELDS).not.toContain('registration')
  })

  it('concerns registrants when the time or the place moves, not the map pin', () => {
    expect(logisticsChange(before, draft({ endTime: '11:30' }))).toEqual({
      time: true,
      place: false,
    })
    expect(logisticsChange(before, draft({ day: '2025-04-23' }))).toEqual({
      time: true,
      place: false,
    })
    const pin = draft({ place: { ...before.place, latitude: 40.7 } })
    expect(logisticsChange(before, pin)).toEqual({ time: false, place: false })
    const moved = draft({ place: { name: '市法院第二法庭' } })
    expect(logisticsChange(before, moved)).toEqual({ time: false, place: true })
  })
})

describe('review steps', () => {
  const admin: OrganiserRole = { kind: 'office-admin' }
  const court: OrganiserRole = { kind: 'unit-editor', unitId: 'court' }
  const teacher: OrganiserRole = { kind: 'unit-editor', unitId: 'education' }
  const staff: OrganiserRole = { kind: 'checkin-staff', eventIds: ['e1'] }
  const event = (status: 'draft' | 'in-review' | 'returned' | 'published' | 'cancelled') => ({
    _id: 'e1',
    unitIds: ['court'],
    status,
  })

  it('let the unit draft, edit and submit, and the office decide', () => {
    expect(availableActions(court, event('draft'))).toEqual(['edit', 'submit'])
    expect(availableActions(court, event('in-review'))).toEqual([])
    expect(availableActions(court, event('returned'))).toEqual(['edit', 'submit'])
    expect(availableActions(court, event('published'))).toEqual(['edit'])
    expect(availableActions(admin, event('in-review'))).toEqual([
      'edit',
      'publish',
      'return',
      'cancel',
    ])
    expect(availableActions(admin, event('published'))).toEqual(['edit', 'unpublish', 'cancel'])
    expect(availableActions(admin, event('cancelled'))).toEqual([])
  })

  it('give other units and check-in staff nothing', () => {
    for (const role of [teacher, staff]) {
      expect(availableActions(role, event('draft'))).toEqual([])
      expect(mayTake(role, event('draft'), 'edit')).toBe(false)
    }
    expect([admin, court, teacher, staff].map(canEditEvents)).toEqual([true, true, true, false])
    expect(mayTake(court, event('in-review'), 'publish')).toBe(false)
  })

  it('explain why a status does not allow a step', () => {
    expect(statusProblem(court, 'in-review', 'edit')).toContain('审核')
    expect(statusProblem(admin, 'in-review', 'edit')).toBeUndefined()
    expect(statusProblem(admin, 'cancelled', 'edit')).toBe('活动当前为“已取消”，不能修改')
    expect(statusProblem(admin, 'draft', 'unpublish')).toBe('活动当前为“草稿”，不能撤回发布')
  })

  it('take a reason of 2 to 200 characters for returning or cancelling', () => {
    expect(reasonProblem(' ')).toBe('请填写原因')
    expect(reasonProblem('改')).toBe('原因至少2个字')
    expect(reasonProblem('请补充\n活动简介')).toBeUndefined()
    expect(reasonProblem('因'.repeat(201))).toBe('原因不能超过200个字')
  })
})
