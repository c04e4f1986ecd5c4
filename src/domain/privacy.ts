// What the registration form collects, why, who sees it and how long it is kept: the notice
// people read before their first registration, and the date the anonymising job acts on. One
// module, so the notice can never promise a date the job does not keep.
import dayjs from 'dayjs'
import type { Campaign } from './campaign'
import { endOfDay, formatDayLong, type Day } from './time'

/** Bumped whenever the notice's substance changes: a registration records the version agreed to. */
export const PRIVACY_NOTICE_VERSION = '2025-04-02'

/** Personal data is kept this many days after the summary deadline, then anonymised. */
export const RETENTION_DAYS_AFTER_SUMMARY = 30

/** The last Shanghai day personal data is kept: the summary deadline plus the retention days. */
export function retentionLastDay(campaign: Pick<Campaign, 'deadlines' | 'lastDay'>): Day {
  const summary = campaign.deadlines.find((deadline) => deadline.id === 'summary')
  const from = summary?.dueDay ?? campaign.lastDay
  return dayjs.utc(from).add(RETENTION_DAYS_AFTER_SUMMARY, 'day').format('YYYY-MM-DD')
}

/** The first instant at which registrations of this campaign are to be anonymised. */
export function anonymiseFrom(campaign: Pick<Campaign, 'deadlines' | 'lastDay'>): Date {
  return new Date(endOfDay(retentionLastDay(campaign)).getTime() + 1)
}

export interface PrivacySection {
  title: string
  paragraphs: string[]
}

/** The notice, in plain Chinese, for one campaign. */
export function privacyNotice(
  campaign: Pick<Campaign, 'deadlines' | 'lastDay' | 'committee'>,
): PrivacySection[] {
  const summary = campaign.deadlines.find((deadline) => deadline.id === 'summary')
  const keptUntil = formatDayLong(retentionLastDay(campaign))
  const office = campaign.committee.office
  return [
    {
      title: '收集哪些信息',
      paragraphs: [
        '报名时，按活动主办单位的设置收集：企业名称、统一社会信用代码、联系人姓名、手机号、参会人数、是否跨境电商/外贸企业、主要出口市场，以及你自愿填写的想咨询的问题。',
        '我们还会记录你的微信身份标识（用于“一人一报名”和查看自己的报名），以及报名、取消、签到的时间。不收集身份证号、位置或通讯录。',
        '参加知识答题时，你可以自愿填写姓名和学校/班级：姓名只在排行榜上遮盖显示（如 张**），完整显示在你自己的证书上。',
      ],
    },
    {
      title: '为什么收集',
      paragraphs: [
        '用于确认报名和座位、按顺序递补候补名单、现场签到，以及在你订阅后发送报名结果和活动提醒。企业名称和信用代码用于确认“每家企业一份报名”；出口市场和咨询问题帮助主办单位安排对口专家。',
      ],
    },
    {
      title: '谁能看到',
      paragraphs: [
        `只有该活动的主办单位和${campaign.committee.name}办公室（${office.description.replace(/。$/, '')}）能查看和导出完整的报名信息，用于组织活动；不会公开，也不会提供给其他单位或用于商业用途。`,
        '在小程序页面上，手机号和统一社会信用代码一律遮盖显示（如 138****1234）。主办单位导出的名单文件在云存储中保留 1 天后自动删除。',
      ],
    },
    {
      title: '保存多久',
      paragraphs: [
        `报名信息保存到宣传周总结报送截止日（${summary ? formatDayLong(summary.dueDay) : '宣传周结束'}）后${RETENTION_DAYS_AFTER_SUMMARY}天，即${keptUntil}；此后系统自动删除联系人、手机号、信用代码、咨询问题和入场凭证，只保留不能识别到个人或企业的统计数字（如各活动报名人数、签到人数）；答题时填写的姓名同时删除，成绩保留。`,
        '你可以随时在“我的报名”中取消报名（活动规定的取消截止时间前）。',
      ],
    },
    {
      title: '联系我们',
      paragraphs: [
        `对个人信息处理有疑问，或希望更正、删除信息，请联系组委会办公室：${office.phones.join('、')}，邮箱 ${office.email}。`,
      ],
    },
  ]
}
