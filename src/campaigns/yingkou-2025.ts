// 2025年营口市知识产权宣传周: the plan (活动方案) as data. Every fact here is the plan's, except
// the events marked `sample: true`, which exist only to make a local demo lively.
import type { Campaign, Unit } from '@/domain/campaign'
import type { EventRecord, RegistrationSettings } from '@/domain/event'
import { CROSS_BORDER_SESSION_FIELDS } from '@/domain/registration-form'
import { dayOf, shanghaiInstant } from '@/domain/time'

const PLAN = '《2025年营口市知识产权宣传周活动方案》'

const directorUnits: Unit[] = [
  { id: 'amr', name: '市市场监督管理局（市知识产权局）' },
  { id: 'propaganda', name: '市委宣传部' },
]

const memberUnits: Unit[] = [
  { id: 'court', name: '市法院' },
  { id: 'procuratorate', name: '市检察院' },
  { id: 'development-reform', name: '市发改委' },
  { id: 'education', name: '市教育局' },
  { id: 'science-technology', name: '市科技局' },
  { id: 'industry-it', name: '市工信局' },
  { id: 'public-security', name: '市公安局' },
  { id: 'justice', name: '市司法局' },
  { id: 'agriculture', name: '市农业农村局' },
  { id: 'commerce', name: '市商务局' },
  { id: 'culture-tourism', name: '市文旅广电局' },
  { id: 'health', name: '市卫健委' },
  { id: 'state-assets', name: '市国资委' },
  { id: 'yingkou-customs', name: '营口海关' },
  { id: 'forestry', name: '市林业和草原局' },
  { id: 'science-association', name: '市科协' },
  { id: 'ccpit', name: '市贸促会' },
  { id: 'arbitration', name: '市仲裁委' },
  { id: 'bayuquan-customs', name: '鲅鱼圈海关' },
]

export const campaign: Campaign = {
  _id: 'yingkou-2025',
  dataVersion: 3,
  city: '营口市',
  year: 2025,
  title: '2025年营口市知识产权宣传周',
  theme: '知识产权与人工智能',
  firstDay: '2025-04-20',
  lastDay: '2025-04-26',
  source: { title: PLAN, issuer: '营口市知识产权宣传周活动组委会' },
  phases: [
    {
      id: 'preparation',
      title: '准备阶段',
      firstDay: '2025-04-11',
      lastDay: '2025-04-19',
      description: '进行“宣传周”的各项组织筹备工作和前期宣传。',
    },
    {
      id: 'implementation',
      title: '实施阶段',
      firstDay: '2025-04-20',
      lastDay: '2025-04-26',
      description: '紧紧围绕活动主题，开展各具特色、丰富多彩的宣传活动。',
    },
    {
      id: 'summary',
      title: '总结阶段',
      firstDay: '2025-04-29',
      lastDay: '2025-04-29',
      description: '报送“宣传周活动”总结，并做好宣传后续工作。',
    },
  ],
  deadlines: [
    {
      id: 'activity-list',
      title: '报送“主题活动情况清单”',
      dueDay: '2025-04-19',
      description: '各相关单位于4月19日前，将“主题活动情况清单”报市知识产权宣传周组委会办公室。',
    },
    {
      id: 'summary',
      title: '报送活动总结及照片',
      dueDay: '2025-04-29',
      description:
        '活动结束后，各成员单位认真总结宣传周活动，于4月29日前将活动总结及照片报市知识产权宣传周组委会办公室；宣传周期间随时报送宣传活动信息和图片。',
    },
  ],
  focusAreas: [
    {
      id: 'thought',
      title: '宣传学习贯彻习近平新时代中国特色社会主义思想',
      summary: '讲好中国知识产权故事，展示知识产权强国建设的新进展、新成效。',
      body: [
        '宣传周首先宣传各地区、各部门深入学习贯彻习近平新时代中国特色社会主义思想，贯彻落实习近平总书记关于知识产权及人工智能工作的重要指示论述精神所取得的进展。',
        '通过对内对外讲好中国知识产权故事，展示知识产权强国建设的新进展、新成效、新变化、新气象。',
      ],
    },
    {
      id: 'reform',
      title: '宣传全面深化知识产权领域改革工作成果',
      summary: '介绍知识产权领域改革如何激励创新、促进开放、服务市场建设。',
      body: [
        '围绕党的二十届三中全会精神，宣传知识产权领域改革的成果：更好激励高水平科技创新、更好促进高水平对外开放、更好服务高标准市场体系建设。',
        '包括“建立高效的知识产权综合管理体制”“加快构建促进数字经济发展的体制机制”等重大部署的落实进展。',
      ],
    },
    {
      id: 'development',
      title: '宣传知识产权工作在促进经济社会发展中的重要作用',
      summary: '展示知识产权对内激励创新、对外促进开放，支撑高质量发展。',
      body: [
        '结合“十四五”收官和“十五五”谋划，宣传知识产权高质量创造、高效益运用、高标准保护、高品质服务和高水平国际合作的工作成果。',
        '生动展示知识产权对内激励创新、对外促进开放，为经济社会高质量发展提供有力支撑的作用。',
      ],
    },
    {
      id: 'ai',
      title: '宣传知识产权与人工智能的相互支撑作用',
      summary: '高价值知识产权助力人工智能发展，人工智能也让知识产权工作更好。',
      body: [
        '知识产权制度为人工智能发展提供制度和技术支撑：核心专利、知名品牌、精品版权、优良植物新品种、优质地理标志、高水平集成电路布图设计等高价值知识产权，都在助力人工智能的创新与实践。',
        '反过来，人工智能也在提升知识产权的创造质量、运用效益、保护效果、管理能力、服务水平和国际影响力。',
      ],
    },
    {
      id: 'law',
      title: '宣传知识产权法律法规和基本知识',
      summary: '用新方式向不同人群普及知识产权法律和常识。',
      body: [
        '坚持“政府引导、社会参与”，利用新技术、新手段，面向不同人群开展知识产权普法宣传、科普宣传和专业宣传，提升公众知识产权保护意识。',
        '营造“尊重知识、崇尚创新、诚信守法、公平竞争”的知识产权文化氛围。',
      ],
    },
  ],
  arrangements: [
    {
      id: 'varied-activities',
      title: '开展多种形式宣传活动',
      summary:
        '面向创新主体、机关工作人员、青少年及社会公众，开展专题培训、对接交流、进企业、进单位、进社区、进学校、进网络等宣传普及活动。',
    },
    {
      id: 'mass-media',
      title: '开展大众媒体宣传活动',
      summary:
        '利用传统媒体和新媒体平台，尤其是短视频、公众号、大型户外显示屏等，扩大宣传周的影响力。',
    },
    {
      id: 'education',
      title: '开展知识产权教育活动',
      summary:
        '围绕知识产权创造、运用、保护、管理、服务开展学习教育，增强对商标、专利、版权等知识产权的保护意识。',
    },
  ],
  committee: {
    name: '营口市知识产权宣传周活动组委会',
    directorUnits,
    memberUnits,
    office: {
      unitId: 'amr',
      description: '市组委会办公室设在市市场监督管理局（市知识产权局），具体负责宣传周的日常工作。',
      contacts: [{ name: '曹玉东' }, { name: '张振寰' }],
      phones: ['0417-2666521', '0417-2666993'],
      email: 'ykscj518@163.com',
    },
  },
}

const planEvent: EventRecord = {
  _id: 'yk2025-0423-cross-border-ecommerce',
  campaignId: campaign._id,
  title: '强化海外知识产权纠纷保护 促进跨境电商企业高质量发展宣贯活动',
  hosts: [
    '营口市知识产权局',
    '营口市委宣传部版权局',
    '营口市中级人民法院',
    '营口市自贸区管委会',
    '营口市西市区人民检察院',
  ],
  invited: ['辽宁省知识产权保护中心'],
  unitIds: ['amr', 'propaganda', 'court'],
  day: '2025-04-23',
  place: { name: '营口自贸区' },
  audiences: ['enterprise'],
  audienceNote: '营口全地区涉外企业',
  forms: ['training'],
  description:
    '4月23日，营口市知识产权局、营口市委宣传部版权局、营口市中级人民法院、营口市自贸区管委会、营口市西市区人民检察院等单位邀请辽宁省知识产权保护中心，面向营口全地区涉外企业，在营口自贸区开展本次宣贯活动，聚焦海外知识产权纠纷保护和跨境电商企业高质量发展。具体时间、地点以主办单位通知为准。',
  featured: true,
  sample: false,
  status: 'published',
  source: `${PLAN} 五、活动安排（一）`,
}

type SampleSpec = Pick<
  EventRecord,
  'title' | 'hosts' | 'unitIds' | 'audiences' | 'forms' | 'description'
> & {
  id: string
  from: string
  to: string
  place: EventRecord['place']
  capacity?: number
}

// Demo data only: plausible activities of member units, shown with a 示例 badge.
const samples: SampleSpec[] = [
  {
    id: 'sample-0420-community',
    from: '2025-04-20 09:00',
    to: '2025-04-20 11:30',
    title: '知识产权进社区：商标与专利常识咨询',
    hosts: ['市市场监督管理局（市知识产权局）'],
    unitIds: ['amr'],
    place: { name: '站前区社区服务中心（示例）', latitude: 40.6653, longitude: 122.258 },
    audiences: ['public'],
    forms: ['community'],
    description: '现场解答商标注册、专利申请和假冒商品辨识等常见问题，发放宣传资料。',
  },
  {
    id: 'sample-0421-customs',
    from: '2025-04-21 09:30',
    to: '2025-04-21 11:30',
    title: '进企业：跨境电商知识产权海关保护',
    hosts: ['营口海关'],
    unitIds: ['yingkou-customs'],
    place: { name: '营口港区企业（示例）', latitude: 40.699, longitude: 122.219 },
    audiences: ['enterprise'],
    forms: ['enterprise-visit'],
    description: '介绍知识产权海关备案和进出口环节侵权风险防范。',
    capacity: 40,
  },
  {
    id: 'sample-0421-school',
    from: '2025-04-21 14:00',
    to: '2025-04-21 15:30',
    title: '知识产权进校园：人工智能时代的发明与版权',
    hosts: ['市教育局', '市科协'],
    unitIds: ['education', 'science-association'],
    place: { name: '营口市某中学（示例）', latitude: 40.67, longitude: 122.236 },
    audiences: ['student'],
    forms: ['school'],
    description: '用学生身边的例子讲专利、版权和人工智能生成内容。',
  },
  {
    id: 'sample-0422-court',
    from: '2025-04-22 09:30',
    to: '2025-04-22 11:00',
    title: '知识产权司法保护典型案例发布',
    hosts: ['市法院'],
    unitIds: ['court'],
    place: { name: '市法院（示例）', latitude: 40.669, longitude: 122.245 },
    audiences: ['enterprise', 'public'],
    forms: ['media'],
    description: '发布知识产权审判典型案例，解读侵权赔偿规则。',
  },
  {
    id: 'sample-0424-training',
    from: '2025-04-24 14:00',
    to: '2025-04-24 16:00',
    title: '机关工作人员知识产权法律法规专题培训',
    hosts: ['市司法局'],
    unitIds: ['justice'],
    place: { name: '市司法局会议室（示例）', latitude: 40.664, longitude: 122.24 },
    audiences: ['civil-servant'],
    forms: ['training'],
    description: '面向机关工作人员讲解知识产权法律法规和行政执法要点。',
    capacity: 80,
  },
  {
    id: 'sample-0424-exchange',
    from: '2025-04-24 09:30',
    to: '2025-04-24 11:30',
    title: '海外知识产权纠纷应对对接交流会',
    hosts: ['市贸促会', '市商务局'],
    unitIds: ['ccpit', 'commerce'],
    place: { name: '市贸促会（示例）', latitude: 40.667, longitude: 122.25 },
    audiences: ['enterprise'],
    forms: ['exchange'],
    description: '外贸企业与专业机构交流海外展会、跨境电商平台上的知识产权纠纷应对经验。',
    capacity: 60,
  },
  {
    id: 'sample-0425-online',
    from: '2025-04-25 19:00',
    to: '2025-04-25 20:00',
    title: '线上直播：生成式人工智能与著作权',
    hosts: ['市委宣传部'],
    unitIds: ['propaganda'],
    place: { name: '线上直播（示例）' },
    audiences: ['public', 'student'],
    forms: ['online'],
    description: '围绕人工智能生成内容的版权问题进行科普讲解和在线答疑。',
  },
  {
    id: 'sample-0426-public',
    from: '2025-04-26 09:00',
    to: '2025-04-26 11:00',
    title: '世界知识产权日主题宣传',
    hosts: ['市市场监督管理局（市知识产权局）', '市科协'],
    unitIds: ['amr', 'science-association'],
    place: { name: '市中心广场（示例）', latitude: 40.666, longitude: 122.234 },
    audiences: ['public'],
    forms: ['community', 'media'],
    description: '4月26日世界知识产权日，在公共场所开展知识产权知识展示和有奖问答。',
  },
]

const sampleEvents: EventRecord[] = samples.map(({ id, from, to, place, ...rest }) => ({
  ...rest,
  _id: `yk2025-${id}`,
  campaignId: campaign._id,
  invited: [],
  day: dayOf(shanghaiInstant(from)),
  startAt: shanghaiInstant(from),
  endAt: shanghaiInstant(to),
  place,
  featured: false,
  sample: true,
  status: 'published',
}))

export const events: EventRecord[] = [planEvent, ...sampleEvents]

/**
 * Registration for the local demo, loaded with the sample events: the plan gives no seat count
 * for the 23 April session, so in the cloud it takes registrations once its hosts set one.
 */
export const sampleRegistrations: Record<string, RegistrationSettings> = {
  [planEvent._id]: {
    capacity: 100,
    perCompanyCap: 3,
    fields: [...CROSS_BORDER_SESSION_FIELDS],
    approval: false,
    sample: true,
  },
  ...Object.fromEntries(
    sampleEvents
      .filter((event) => event.capacity !== undefined && event.audiences.includes('enterprise'))
      .map((event) => [
        event._id,
        {
          capacity: event.capacity ?? 0,
          perCompanyCap: 2,
          fields: ['companyName', 'contactName', 'phone', 'attendees'],
          approval: false,
          sample: true,
        } satisfies RegistrationSettings,
      ]),
  ),
}
