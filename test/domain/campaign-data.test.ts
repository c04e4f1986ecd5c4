// The 2025 plan as data: the facts the product must get right.
import { campaign, events } from '@/campaigns'
import { AUDIENCES, FORMS, describeWhen, compareEvents, toEventView } from '@/domain/event'
import { dayOf } from '@/domain/time'

describe('the Yingkou 2025 campaign', () => {
  it('has the plan’s theme, week and phases', () => {
    expect(campaign.theme).toBe('知识产权与人工智能')
    expect([campaign.firstDay, campaign.lastDay]).toEqual(['2025-04-20', '2025-04-26'])
    expect(campaign.phases.map((p) => [p.id, p.firstDay, p.lastDay])).toEqual([
      ['preparation', '2025-04-11', '2025-04-19'],
      ['implementation', '2025-04-20', '2025-04-26'],
      ['summary', '2025-04-29', '2025-04-29'],
    ])
    expect(campaign.deadlines.map((d) => [d.id, d.dueDay])).toEqual([
      ['activity-list', '2025-04-19'],
      ['summary', '2025-04-29'],
    ])
  })

  it('has five focus areas and three arrangements', () => {
    expect(campaign.focusAreas).toHaveLength(5)
    expect(campaign.focusAreas[3].title).toBe('宣传知识产权与人工智能的相互支撑作用')
    expect(campaign.arrangements.map((a) => a.title)).toEqual([
      '开展多种形式宣传活动',
      '开展大众媒体宣传活动',
      '开展知识产权教育活动',
    ])
  })

  it('has the committee: two director units, 19 member units, the office and its contacts', () => {
    const { directorUnits, memberUnits, office } = campaign.committee
    expect(directorUnits.map((u) => u.name)).toEqual([
      '市市场监督管理局（市知识产权局）',
      '市委宣传部',
    ])
    expect(memberUnits).toHaveLength(19)
    expect(memberUnits[0].name).toBe('市法院')
    expect(memberUnits[18].name).toBe('鲅鱼圈海关')
    const ids = [...directorUnits, ...memberUnits].map((u) => u.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(office.unitId).toBe('amr')
    expect(office.contacts.map((c) => c.name)).toEqual(['曹玉东', '张振寰'])
    expect(office.phones).toEqual(['0417-2666521', '0417-2666993'])
    expect(office.email).toBe('ykscj518@163.com')
  })
})

describe('the events', () => {
  const unitIds = new Set(
    [...campaign.committee.directorUnits, ...campaign.committee.memberUnits].map((u) => u.id),
  )
  const session = events.find((e) => e.day === '2025-04-23' && !e.sample)

  it('include the plan’s 23 April session in the free-trade zone, as the plan gives it', () => {
    expect(session).toMatchObject({
      title: '强化海外知识产权纠纷保护 促进跨境电商企业高质量发展宣贯活动',
      hosts: [
        '营口市知识产权局',
        '营口市委宣传部版权局',
        '营口市中级人民法院',
        '营口市自贸区管委会',
        '营口市西市区人民检察院',
      ],
      invited: ['辽宁省知识产权保护中心'],
      audienceNote: '营口全地区涉外企业',
      place: { name: '营口自贸区' },
      featured: true,
      sample: false,
    })
    // The plan gives the day but no time: none is invented.
    expect(session?.startAt).toBeUndefined()
    expect(describeWhen(toEventView(session!))).toBe('4月23日 周三 · 具体时间待主办单位公布')
  })

  it('are the plan’s session plus samples, each sample marked and inside the week', () => {
    expect(events.filter((e) => !e.sample)).toEqual([session])
    for (const event of events) {
      expect(event.day >= campaign.firstDay && event.day <= campaign.lastDay).toBe(true)
      if (event.startAt) expect(dayOf(event.startAt)).toBe(event.day)
      if (event.startAt && event.endAt)
        expect(event.endAt.getTime()).toBeGreaterThan(event.startAt.getTime())
      for (const id of event.unitIds) expect(unitIds).toContain(id)
      for (const audience of event.audiences) expect(AUDIENCES).toContain(audience)
      for (const form of event.forms) expect(FORMS).toContain(form)
    }
    expect(new Set(events.map((e) => e._id)).size).toBe(events.length)
  })

  it('sort by day, then start time; an event without a time first in its day', () => {
    const views = events.map(toEventView).sort(compareEvents)
    expect(views.map((v) => v.day)).toEqual([...views.map((v) => v.day)].sort())
    const onThe21st = views.filter((v) => v.day === '2025-04-21').map((v) => v.startAt)
    expect(onThe21st).toEqual([...onThe21st].sort())
  })
})
