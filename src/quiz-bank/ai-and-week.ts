// 知识产权与人工智能 (topic `ai`) and 宣传周常识 (topic `publicity-week`), written only from the facts
// marked ✅ VERIFIED in shared/reference/ip-law-facts.md (§6 and §0, §5). The sheet has no verified
// facts on protecting IP abroad or cross-border e-commerce, so this module has no `abroad` questions.
import type { Question, QuestionSource } from '@/domain/quiz-question'

// §6.1 生成式人工智能服务管理暂行办法
const GENERATIVE_AI: QuestionSource = {
  law: '《生成式人工智能服务管理暂行办法》',
  version: '2023年7月公布，2023年8月15日起施行',
}
const GENERATIVE_AI_FROM = '2023-08-15'

// §6.2 人工智能生成合成内容标识办法
const LABELLING: QuestionSource = {
  law: '《人工智能生成合成内容标识办法》',
  version: '2025年3月发布，2025年9月1日起施行',
}
const LABELLING_FROM = '2025-09-01'

// §6.3 cases
const BEIJING_CASE: QuestionSource = {
  law: '《北京互联网法院(2023)京0491民初11279号民事判决书》',
  version: '2023年11月27日判决，双方未上诉，判决已生效',
}
const BEIJING_CASE_FROM = '2023-11-27'
const GUANGZHOU_CASE: QuestionSource = {
  law: '《广州互联网法院(2024)粤0192民初113号民事判决书》',
  version: '2024年2月8日宣判',
}
const GUANGZHOU_CASE_FROM = '2024-02-08'
const HANGZHOU_CASE: QuestionSource = {
  law: '《杭州互联网法院(2024)浙0192民初1587号民事判决书》',
  version: '2024年9月25日一审宣判；二审(2024)浙01民终10332号于2024年12月30日维持原判',
}
const HANGZHOU_CASE_FROM = '2024-09-25'

// §6.4 patents and AI
const AI_PATENT_GUIDE: QuestionSource = {
  law: '《人工智能相关发明专利申请指引（试行）》',
  version: '国家知识产权局2024年12月31日发布',
}
const AI_PATENT_GUIDE_FROM = '2024-12-31'

// §0.1 World IP Day
const WORLD_IP_DAY: QuestionSource = {
  law: '《世界知识产权组织第35届成员国大会关于设立世界知识产权日的决定》',
  version: '2000年10月通过，自2001年起每年4月26日为世界知识产权日',
}
const WORLD_IP_DAY_FROM = '2001-04-26'

// §0.3 the 2025 national week (CNIPA news as retold by Mondaq; Xinhua, 19 April 2025)
const WEEK_2025: QuestionSource = {
  law: '《国家知识产权局关于2025年全国知识产权宣传周活动的新闻》',
  version: '2025年4月发布（新华网2025年4月19日报道）',
}
const WEEK_2025_FROM = '2025-04-19'

// §0.4, §0.5 earlier weeks
const PEOPLE_2022: QuestionSource = {
  law: '《人民网关于2022年全国知识产权宣传周的报道》',
  version: '人民网2022年4月20日',
}
const PEOPLE_2022_FROM = '2022-04-20'

// §5 strategy documents
const STRONG_IP_OUTLINE: QuestionSource = {
  law: '《知识产权强国建设纲要（2021—2035年）》',
  version: '中共中央、国务院2021年9月印发',
}
const STRONG_IP_OUTLINE_FROM = '2021-09-22'

export const aiAndWeekQuestions: Question[] = [
  // ── ai: 《生成式人工智能服务管理暂行办法》 ──
  {
    id: 'ai-001',
    topic: 'ai',
    difficulty: 1,
    type: 'single',
    stem: '《生成式人工智能服务管理暂行办法》自哪一天起施行？',
    options: ['2023年1月1日', '2023年8月15日', '2024年1月20日', '2025年9月1日'],
    answer: [1],
    explanation:
      '《生成式人工智能服务管理暂行办法》由国家网信办等七部门于2023年7月公布，自2023年8月15日起施行。',
    source: GENERATIVE_AI,
    validFrom: GENERATIVE_AI_FROM,
  },
  {
    id: 'ai-002',
    topic: 'ai',
    difficulty: 2,
    type: 'multiple',
    stem: '《生成式人工智能服务管理暂行办法》由国家网信办联合多个部门公布。下列哪些部门在联合公布的部门之列？',
    options: ['国家发展改革委', '国家知识产权局', '教育部', '科技部', '最高人民法院', '公安部'],
    answer: [0, 2, 3, 5],
    explanation:
      '该办法由国家网信办联合国家发展改革委、教育部、科技部、工业和信息化部、公安部、广电总局共七部门公布，国家知识产权局和最高人民法院不在其中。',
    source: GENERATIVE_AI,
    validFrom: GENERATIVE_AI_FROM,
  },
  {
    id: 'ai-003',
    topic: 'ai',
    difficulty: 1,
    type: 'single',
    stem: '根据《生成式人工智能服务管理暂行办法》第四条，提供和使用生成式人工智能服务，在知识产权和商业秘密方面应当怎样做？',
    options: [
      '尊重知识产权、商业道德，保守商业秘密',
      '只要不以营利为目的，就可以自由使用他人作品',
      '生成的内容一律归服务提供者所有',
      '只需遵守网络安全规定，无须考虑知识产权',
    ],
    answer: [0],
    explanation:
      '暂行办法第四条第（三）项要求提供和使用生成式人工智能服务应当尊重知识产权、商业道德，保守商业秘密。',
    source: { ...GENERATIVE_AI, article: '第四条第（三）项' },
    validFrom: GENERATIVE_AI_FROM,
  },
  {
    id: 'ai-004',
    topic: 'ai',
    difficulty: 1,
    type: 'true-false',
    stem: '根据《生成式人工智能服务管理暂行办法》，提供和使用生成式人工智能服务，不得利用算法、数据、平台等优势实施垄断和不正当竞争行为。',
    options: ['正确', '错误'],
    answer: [0],
    explanation:
      '暂行办法第四条第（三）项规定，不得利用算法、数据、平台等优势，实施垄断和不正当竞争行为。',
    source: { ...GENERATIVE_AI, article: '第四条第（三）项' },
    validFrom: GENERATIVE_AI_FROM,
  },
  {
    id: 'ai-005',
    topic: 'ai',
    difficulty: 2,
    type: 'multiple',
    stem: '根据《生成式人工智能服务管理暂行办法》第七条，生成式人工智能服务提供者开展预训练、优化训练等训练数据处理活动时，应当做到哪些？',
    options: [
      '使用具有合法来源的数据和基础模型',
      '只要数据能在网上公开获取，就可以不受限制地使用',
      '涉及知识产权的，不得侵害他人依法享有的知识产权',
      '涉及个人信息的，应当取得个人同意或者符合其他法定情形',
      '训练数据一律须先向国家知识产权局登记',
    ],
    answer: [0, 2, 3],
    explanation:
      '暂行办法第七条要求训练数据处理活动使用具有合法来源的数据和基础模型，涉及知识产权的不得侵害他人依法享有的知识产权，涉及个人信息的应取得个人同意或符合其他法定情形。',
    source: { ...GENERATIVE_AI, article: '第七条' },
    validFrom: GENERATIVE_AI_FROM,
  },
  {
    id: 'ai-006',
    topic: 'ai',
    difficulty: 3,
    type: 'single',
    stem: '《生成式人工智能服务管理暂行办法》第七条要求提供者提高训练数据质量，增强训练数据的哪些特性？',
    options: [
      '新颖性、创造性、实用性',
      '真实性、准确性、客观性、多样性',
      '新颖性、特异性、一致性、稳定性',
      '真实性、地域性、特异性、关联性',
    ],
    answer: [1],
    explanation:
      '暂行办法第七条要求提高训练数据质量，增强真实性、准确性、客观性、多样性；其他选项分别是专利、植物新品种和地理标志产品的条件。',
    source: { ...GENERATIVE_AI, article: '第七条' },
    validFrom: GENERATIVE_AI_FROM,
  },
  {
    id: 'ai-007',
    topic: 'ai',
    difficulty: 2,
    type: 'true-false',
    stem: '某研究机构研发生成式人工智能技术，但没有向境内公众提供服务，这种研发、应用活动同样适用《生成式人工智能服务管理暂行办法》。',
    options: ['正确', '错误'],
    answer: [1],
    explanation:
      '暂行办法适用于向境内公众提供生成文本、图片、音频、视频等内容的服务；未向境内公众提供服务的研发、应用不适用该办法。',
    source: GENERATIVE_AI,
    validFrom: GENERATIVE_AI_FROM,
  },

  // ── ai: 《人工智能生成合成内容标识办法》 ──
  {
    id: 'ai-008',
    topic: 'ai',
    difficulty: 1,
    type: 'single',
    stem: '《人工智能生成合成内容标识办法》自哪一天起施行？',
    options: ['2023年8月15日', '2024年12月31日', '2025年4月26日', '2025年9月1日'],
    answer: [3],
    explanation:
      '《人工智能生成合成内容标识办法》由国家网信办等四部门于2025年3月联合发布，自2025年9月1日起施行。',
    source: LABELLING,
    validFrom: LABELLING_FROM,
  },
  {
    id: 'ai-009',
    topic: 'ai',
    difficulty: 2,
    type: 'multiple',
    stem: '《人工智能生成合成内容标识办法》由哪些部门联合发布？',
    options: [
      '国家网信办',
      '国家知识产权局',
      '工业和信息化部',
      '公安部',
      '国家广播电视总局',
      '教育部',
    ],
    answer: [0, 2, 3, 4],
    explanation: '该办法由国家网信办、工业和信息化部、公安部、国家广播电视总局四部门联合发布。',
    source: LABELLING,
    validFrom: LABELLING_FROM,
  },
  {
    id: 'ai-010',
    topic: 'ai',
    difficulty: 1,
    type: 'single',
    stem: '《人工智能生成合成内容标识办法》把人工智能生成合成内容的标识分为哪两类？',
    options: [
      '显式标识和隐式标识',
      '文字标识和图形标识',
      '临时标识和永久标识',
      '注册标识和未注册标识',
    ],
    answer: [0],
    explanation:
      '标识办法规定了显式标识（以文字、声音、图形等方式呈现、用户可明显感知）和隐式标识（在文件数据中以技术措施添加、用户不易明显感知）。',
    source: LABELLING,
    validFrom: LABELLING_FROM,
  },
  {
    id: 'ai-011',
    topic: 'ai',
    difficulty: 1,
    type: 'multiple',
    stem: '根据《人工智能生成合成内容标识办法》，任何组织和个人不得对生成合成内容的标识实施下列哪些行为？',
    options: ['恶意删除', '篡改', '伪造', '隐匿', '转发时原样保留'],
    answer: [0, 1, 2, 3],
    explanation:
      '标识办法规定，任何组织和个人不得恶意删除、篡改、伪造、隐匿生成合成内容标识；原样保留标识不在禁止之列。',
    source: LABELLING,
    validFrom: LABELLING_FROM,
  },
  {
    id: 'ai-012',
    topic: 'ai',
    difficulty: 1,
    type: 'true-false',
    stem: '根据《人工智能生成合成内容标识办法》，应用程序分发平台在对应用程序进行上架审核时，应当核验与生成合成内容标识相关的材料。',
    options: ['正确', '错误'],
    answer: [0],
    explanation: '标识办法要求应用程序分发平台在上架审核时核验相关材料。',
    source: LABELLING,
    validFrom: LABELLING_FROM,
  },

  // ── ai: 北京互联网法院“AI文生图”案 ──
  {
    id: 'ai-013',
    topic: 'ai',
    difficulty: 1,
    type: 'single',
    stem: '被称为全国首例“AI文生图”著作权案的李某诉刘某侵害作品署名权、信息网络传播权纠纷案，是由哪个法院审理的？',
    options: ['北京互联网法院', '广州互联网法院', '杭州互联网法院', '常熟市人民法院'],
    answer: [0],
    explanation: '该案由北京互联网法院审理，案号(2023)京0491民初11279号，于2023年11月27日判决。',
    source: BEIJING_CASE,
    validFrom: BEIJING_CASE_FROM,
  },
  {
    id: 'ai-014',
    topic: 'ai',
    difficulty: 2,
    type: 'single',
    stem: '在北京互联网法院审理的李某诉刘某“AI文生图”著作权案中，原告是用哪个AI模型生成涉案图片的？',
    options: ['Midjourney', 'Stable Diffusion', 'DALL·E', 'ChatGPT'],
    answer: [1],
    explanation:
      '原告用Stable Diffusion，通过输入提示词、设置参数生成了图片《春风送来了温柔》；用Midjourney生成图片的是常熟市人民法院审结的另一起案件。',
    source: BEIJING_CASE,
    validFrom: BEIJING_CASE_FROM,
  },
  {
    id: 'ai-015',
    topic: 'ai',
    difficulty: 2,
    type: 'multiple',
    stem: '在北京互联网法院审理的李某诉刘某“AI文生图”著作权案中，法院认定了下列哪些内容？',
    options: [
      '涉案图片体现了原告的独创性智力投入，构成美术作品',
      '原告是涉案图片的作者，享有著作权',
      'AI模型本身是涉案图片的作者',
      '被告去除水印后使用该图片不构成侵权',
    ],
    answer: [0, 1],
    explanation:
      '北京互联网法院认定涉案图片体现原告独创性智力投入、构成美术作品，原告是作者并享有著作权；AI模型只是工具，被告构成侵权。',
    source: BEIJING_CASE,
    validFrom: BEIJING_CASE_FROM,
  },
  {
    id: 'ai-016',
    topic: 'ai',
    difficulty: 1,
    type: 'true-false',
    stem: '在北京互联网法院审理的“AI文生图”著作权案中，法院认为AI模型本身可以成为著作权法意义上的作者。',
    options: ['正确', '错误'],
    answer: [1],
    explanation:
      '法院认为AI模型是创作工具，本身不能成为著作权法上的作者；作者是利用AI生成图片并体现独创性智力投入的原告。',
    source: BEIJING_CASE,
    validFrom: BEIJING_CASE_FROM,
  },
  {
    id: 'ai-017',
    topic: 'ai',
    difficulty: 3,
    type: 'single',
    stem: '北京互联网法院在李某诉刘某“AI文生图”著作权案中，判令被告赔礼道歉并赔偿原告多少钱？',
    options: ['500元', '1万元', '3万元', '30万元'],
    answer: [0],
    explanation:
      '法院判令被告赔礼道歉并赔偿500元，双方未上诉，判决已生效；不要与广州“奥特曼”案的1万元、杭州“奥特曼LoRA”案的3万元混淆。',
    source: BEIJING_CASE,
    validFrom: BEIJING_CASE_FROM,
  },
  {
    id: 'ai-018',
    topic: 'ai',
    difficulty: 3,
    type: 'multiple',
    stem: '北京互联网法院“AI文生图”著作权案中，被告把原告的AI生成图片去除水印后用作文章配图。法院认定被告侵害了原告的哪些权利？',
    options: ['署名权', '复制权', '信息网络传播权', '改编权', '发表权'],
    answer: [0, 2],
    explanation: '法院认定被告侵害了原告的署名权和信息网络传播权，这也是该案的案由。',
    source: BEIJING_CASE,
    validFrom: BEIJING_CASE_FROM,
  },

  // ── ai: 广州互联网法院“奥特曼”案 ──
  {
    id: 'ai-019',
    topic: 'ai',
    difficulty: 3,
    type: 'multiple',
    stem: '广州互联网法院审理的“奥特曼”案中，被告网站可以根据提示词生成与奥特曼实质性相似的图片。法院认定被告侵害了原告的哪些权利？',
    options: ['复制权', '出租权', '改编权', '展览权'],
    answer: [0, 2],
    explanation:
      '广州互联网法院(2024)粤0192民初113号判决认定，被告生成与奥特曼实质性相似的图片，侵害了原告的复制权和改编权。',
    source: GUANGZHOU_CASE,
    validFrom: GUANGZHOU_CASE_FROM,
  },
  {
    id: 'ai-020',
    topic: 'ai',
    difficulty: 2,
    type: 'single',
    stem: '广州互联网法院“奥特曼”案中，法院判令被告停止侵权，并赔偿原告多少钱（含合理开支）？',
    options: ['500元', '1万元', '3万元', '30万元'],
    answer: [1],
    explanation:
      '原告索赔30万元，法院判令被告停止侵权、采取技术措施防止生成侵权图片，并赔偿1万元（含合理开支）。',
    source: GUANGZHOU_CASE,
    validFrom: GUANGZHOU_CASE_FROM,
  },
  {
    id: 'ai-021',
    topic: 'ai',
    difficulty: 1,
    type: 'true-false',
    stem: '广州互联网法院在“奥特曼”案中强调，应当兼顾权利保护与产业发展，不宜过度加重生成式人工智能服务提供者的义务。',
    options: ['正确', '错误'],
    answer: [0],
    explanation: '广州互联网法院在判决中强调兼顾权利保护与产业发展，不宜过度加重服务提供者的义务。',
    source: GUANGZHOU_CASE,
    validFrom: GUANGZHOU_CASE_FROM,
  },
  {
    id: 'ai-022',
    topic: 'ai',
    difficulty: 2,
    type: 'single',
    stem: '下列哪起案件被称为“全球首例生成式AI服务侵犯著作权的生效判决”？',
    options: [
      '北京互联网法院李某诉刘某“AI文生图”案',
      '广州互联网法院“奥特曼”案',
      '杭州互联网法院“奥特曼LoRA”案',
      '常熟市人民法院“伴心”AI图片案',
    ],
    answer: [1],
    explanation:
      '广州互联网法院2024年2月8日宣判的“奥特曼”案（(2024)粤0192民初113号）被称为全球首例生成式AI服务侵犯著作权的生效判决。',
    source: GUANGZHOU_CASE,
    validFrom: GUANGZHOU_CASE_FROM,
  },

  // ── ai: 杭州互联网法院“奥特曼LoRA”案 ──
  {
    id: 'ai-023',
    topic: 'ai',
    difficulty: 3,
    type: 'single',
    stem: '杭州互联网法院“奥特曼LoRA”案中，AI平台提供基础模型和LoRA训练功能，用户上传奥特曼图片训练LoRA并生成、发布实质性相似的图片。法院认定平台承担什么责任？',
    options: [
      '构成侵害信息网络传播权的帮助侵权',
      '直接侵害了原告的改编权',
      '构成不正当竞争',
      '平台只是技术提供者，不承担任何责任',
    ],
    answer: [0],
    explanation:
      '法院认定平台未尽合理注意义务，构成侵害信息网络传播权的帮助侵权；原告的不正当竞争主张未获支持。',
    source: HANGZHOU_CASE,
    validFrom: HANGZHOU_CASE_FROM,
  },
  {
    id: 'ai-024',
    topic: 'ai',
    difficulty: 2,
    type: 'single',
    stem: '杭州互联网法院“奥特曼LoRA”案一审判决被告停止侵权，并赔偿经济损失及合理费用共多少钱？',
    options: ['500元', '1万元', '3万元', '30万元'],
    answer: [2],
    explanation:
      '杭州互联网法院(2024)浙0192民初1587号判决被告停止侵权，并赔偿经济损失及合理费用3万元。',
    source: HANGZHOU_CASE,
    validFrom: HANGZHOU_CASE_FROM,
  },
  {
    id: 'ai-025',
    topic: 'ai',
    difficulty: 2,
    type: 'true-false',
    stem: '杭州互联网法院“奥特曼LoRA”案一审宣判后，杭州市中级人民法院二审维持了原判。',
    options: ['正确', '错误'],
    answer: [0],
    explanation:
      '该案二审由杭州市中级人民法院审理，案号(2024)浙01民终10332号，于2024年12月30日判决维持原判。',
    source: {
      law: '《杭州市中级人民法院(2024)浙01民终10332号民事判决书》',
      version: '2024年12月30日二审判决',
    },
    validFrom: '2024-12-30',
  },

  // ── ai: 专利与人工智能 ──
  {
    id: 'ai-026',
    topic: 'ai',
    difficulty: 3,
    type: 'single',
    stem: '国家知识产权局《人工智能相关发明专利申请指引（试行）》是在哪一天发布的？',
    options: ['2023年8月15日', '2024年1月20日', '2024年12月31日', '2025年9月1日'],
    answer: [2],
    explanation:
      '该指引的征求意见稿于2024年12月6日公开征求意见，试行版于2024年12月31日由国家知识产权局发布。',
    source: AI_PATENT_GUIDE,
    validFrom: AI_PATENT_GUIDE_FROM,
  },
  {
    id: 'ai-027',
    topic: 'ai',
    difficulty: 2,
    type: 'multiple',
    stem: '《人工智能相关发明专利申请指引（试行）》把人工智能相关发明专利申请分为四类。下列哪些属于这四类？',
    options: [
      '人工智能算法或模型本身',
      '基于人工智能算法或模型的功能或领域应用',
      '人工智能辅助作出的发明',
      '人工智能生成的美术作品',
      '人工智能生成的发明',
    ],
    answer: [0, 1, 2, 4],
    explanation:
      '指引的四类是：AI算法或模型本身、基于AI算法或模型的功能或领域应用、AI辅助作出的发明、AI生成的发明；美术作品属于著作权问题，不是专利申请的类别。',
    source: AI_PATENT_GUIDE,
    validFrom: AI_PATENT_GUIDE_FROM,
  },
  {
    id: 'ai-028',
    topic: 'ai',
    difficulty: 3,
    type: 'single',
    stem: '《人工智能相关发明专利申请指引（试行）》所说的“人工智能生成的发明”，是指哪种情形？',
    options: [
      '人工智能在没有人类实质性贡献的情况下自主生成的发明',
      '人类把人工智能作为辅助工具、由人作出创造性贡献的发明',
      '以人工智能算法或模型本身为对象的发明',
      '把人工智能应用到医疗等具体领域的发明',
    ],
    answer: [0],
    explanation:
      '指引中“人工智能生成的发明”是指AI在没有人类实质性贡献的情况下自主生成的发明，与“人工智能辅助作出的发明”不同。',
    source: AI_PATENT_GUIDE,
    validFrom: AI_PATENT_GUIDE_FROM,
  },
  {
    id: 'ai-029',
    topic: 'ai',
    difficulty: 1,
    type: 'single',
    stem: '某团队借助AI工具完成了一项发明。根据《中华人民共和国专利法实施细则》，下列哪类人员属于发明人？',
    options: [
      '对发明创造的实质性特点作出创造性贡献的研究人员',
      '只负责组织工作的项目经理',
      '为研发提供服务器等物质条件的人员',
      '只从事数据录入等辅助工作的人员',
    ],
    answer: [0],
    explanation:
      '专利法实施细则第十四条规定，发明人是对发明创造的实质性特点作出创造性贡献的人；只负责组织工作、提供物质条件或从事辅助工作的人不是发明人。',
    source: {
      law: '《中华人民共和国专利法实施细则》',
      article: '第十四条',
      version: '2023年12月11日修订，2024年1月20日施行',
    },
    validFrom: '2024-01-20',
  },
  {
    id: 'ai-030',
    topic: 'ai',
    difficulty: 1,
    type: 'single',
    stem: '2023年12月20日，英国最高法院在DABUS案（Thaler v Comptroller-General）中认定了什么？',
    options: [
      '专利法意义上的发明人必须是自然人',
      '人工智能系统可以作为专利的发明人',
      '人工智能的拥有者因拥有该AI而取得专利申请权',
      '只要AI作出了主要贡献，就可以把AI署名为发明人',
    ],
    answer: [0],
    explanation:
      '英国最高法院[2023] UKSC 49判决一致驳回上诉：发明人必须是自然人，AI的拥有者也不因拥有AI而取得申请权。',
    source: {
      law: '《英国最高法院Thaler v Comptroller-General [2023] UKSC 49判决》',
      version: '2023年12月20日判决',
    },
    validFrom: '2023-12-20',
  },
  {
    id: 'ai-031',
    topic: 'ai',
    difficulty: 2,
    type: 'true-false',
    stem: '我国现行《著作权法》第二十四条列举的合理使用情形中，专门规定了“文本与数据挖掘”或“人工智能训练”例外。',
    options: ['正确', '错误'],
    answer: [1],
    explanation:
      '著作权法第二十四条列举了个人学习研究、适当引用、课堂教学等合理使用情形，其中没有专门的文本与数据挖掘或AI训练例外。',
    source: {
      law: '《中华人民共和国著作权法》',
      article: '第二十四条',
      version: '2020年11月11日第三次修正，2021年6月1日施行',
    },
    validFrom: '2021-06-01',
  },

  // ── publicity-week: 世界知识产权日 ──
  {
    id: 'publicity-week-001',
    topic: 'publicity-week',
    difficulty: 1,
    type: 'single',
    stem: '世界知识产权日是每年的哪一天？',
    options: ['4月20日', '4月23日', '4月26日', '10月1日'],
    answer: [2],
    explanation:
      '世界知识产权组织第35届成员国大会于2000年10月决定，自2001年起将每年4月26日定为世界知识产权日。',
    source: WORLD_IP_DAY,
    validFrom: WORLD_IP_DAY_FROM,
  },
  {
    id: 'publicity-week-002',
    topic: 'publicity-week',
    difficulty: 2,
    type: 'multiple',
    stem: '关于世界知识产权日的设立，下列说法正确的有哪些？',
    options: [
      '由世界知识产权组织第35届成员国大会于2000年10月决定设立',
      '自2001年起设立',
      '4月26日是《建立世界知识产权组织公约》1970年生效的日子',
      '由联合国大会于1970年决定设立',
      '自2009年起设立',
    ],
    answer: [0, 1, 2],
    explanation:
      '2000年10月WIPO第35届成员国大会决定自2001年起设立世界知识产权日，日期选在《建立世界知识产权组织公约》1970年生效的4月26日。',
    source: WORLD_IP_DAY,
    validFrom: WORLD_IP_DAY_FROM,
  },
  {
    id: 'publicity-week-003',
    topic: 'publicity-week',
    difficulty: 2,
    type: 'true-false',
    stem: '设立世界知识产权日的提案，是由中国和阿尔及利亚于1999年共同提出的。',
    options: ['正确', '错误'],
    answer: [0],
    explanation:
      '设立世界知识产权日的提案由中国和阿尔及利亚于1999年共同提出，2000年10月WIPO成员国大会通过决定。',
    source: WORLD_IP_DAY,
    validFrom: WORLD_IP_DAY_FROM,
  },
  {
    id: 'publicity-week-004',
    topic: 'publicity-week',
    difficulty: 2,
    type: 'single',
    stem: '2025年4月26日是第几个世界知识产权日？',
    options: ['第24个', '第25个', '第26个', '第30个'],
    answer: [1],
    explanation: '世界知识产权日自2001年起每年4月26日举办，2025年4月26日是第25个。',
    source: WORLD_IP_DAY,
    validFrom: WORLD_IP_DAY_FROM,
  },

  // ── publicity-week: 2025年全国知识产权宣传周 ──
  {
    id: 'publicity-week-005',
    topic: 'publicity-week',
    difficulty: 1,
    type: 'single',
    stem: '2025年全国知识产权宣传周的主题是什么？',
    options: [
      '知识产权与音乐：感受知识产权的节拍',
      '知识产权与人工智能',
      '知识产权转化运用促进高质量发展',
      '加强知识产权法治保障 有力支持全面创新',
    ],
    answer: [1],
    explanation:
      '2025年全国知识产权宣传周的主题是“知识产权与人工智能”；“知识产权与音乐”是WIPO的2025年世界知识产权日主题，其余两项是2024年、2023年宣传周主题。',
    source: WEEK_2025,
    validFrom: WEEK_2025_FROM,
  },
  {
    id: 'publicity-week-006',
    topic: 'publicity-week',
    difficulty: 1,
    type: 'true-false',
    stem: '“知识产权与人工智能”既是2025年全国知识产权宣传周的主题，也是世界知识产权组织确定的2025年世界知识产权日主题。',
    options: ['正确', '错误'],
    answer: [1],
    explanation:
      '“知识产权与人工智能”是我国2025年全国知识产权宣传周的主题；WIPO的2025年世界知识产权日主题是“知识产权与音乐：感受知识产权的节拍”（IP and Music: Feel the Beat of IP）。',
    source: WEEK_2025,
    validFrom: WEEK_2025_FROM,
  },
  {
    id: 'publicity-week-007',
    topic: 'publicity-week',
    difficulty: 1,
    type: 'single',
    stem: '2025年全国知识产权宣传周在哪几天举行？',
    options: ['4月19日至25日', '4月20日至26日', '4月21日至27日', '4月26日至5月2日'],
    answer: [1],
    explanation: '2025年全国知识产权宣传周于4月20日至26日举行，最后一天正是4月26日世界知识产权日。',
    source: WEEK_2025,
    validFrom: WEEK_2025_FROM,
  },

  // ── publicity-week: 往届宣传周 ──
  {
    id: 'publicity-week-008',
    topic: 'publicity-week',
    difficulty: 3,
    type: 'single',
    stem: '2022年全国知识产权宣传周的主题是什么？',
    options: [
      '全面开启知识产权强国建设新征程',
      '加强知识产权法治保障 有力支持全面创新',
      '知识产权转化运用促进高质量发展',
      '知识产权与人工智能',
    ],
    answer: [0],
    explanation:
      '据人民网2022年4月20日报道，2022年宣传周主题为“全面开启知识产权强国建设新征程”；其余依次是2023、2024、2025年的主题。',
    source: PEOPLE_2022,
    validFrom: PEOPLE_2022_FROM,
  },
  {
    id: 'publicity-week-009',
    topic: 'publicity-week',
    difficulty: 2,
    type: 'single',
    stem: '全国知识产权宣传周从哪一年开始举办？',
    options: ['2001年', '2005年', '2009年', '2015年'],
    answer: [2],
    explanation:
      '据人民网2022年报道，2009年至今全国知识产权宣传周已连续举办13届；2001年是世界知识产权日开始设立的年份。',
    source: PEOPLE_2022,
    validFrom: PEOPLE_2022_FROM,
  },
  {
    id: 'publicity-week-010',
    topic: 'publicity-week',
    difficulty: 2,
    type: 'multiple',
    stem: '自2023年起，全国知识产权宣传周由哪几个部门牵头举办？',
    options: ['国家知识产权局', '中宣部（国家版权局）', '国家网信办', '市场监管总局', '教育部'],
    answer: [0, 1, 3],
    explanation:
      '2023年起，全国知识产权宣传周由国家知识产权局、中宣部（国家版权局）、市场监管总局“三牵头”，多部门共同举办。',
    source: {
      law: '《人民网关于2023年全国知识产权宣传周的报道》',
      version: '人民网2023年报道（转载于2023年4月20日）',
    },
    validFrom: '2023-04-20',
  },

  // ── publicity-week: 战略规划 ──
  {
    id: 'publicity-week-011',
    topic: 'publicity-week',
    difficulty: 1,
    type: 'single',
    stem: '《知识产权强国建设纲要（2021—2035年）》是由哪个（些）机关印发的？',
    options: ['国家知识产权局', '国务院办公厅', '中共中央、国务院', '全国人大常委会'],
    answer: [2],
    explanation: '《知识产权强国建设纲要（2021—2035年）》由中共中央、国务院于2021年9月印发。',
    source: STRONG_IP_OUTLINE,
    validFrom: STRONG_IP_OUTLINE_FROM,
  },
  {
    id: 'publicity-week-012',
    topic: 'publicity-week',
    difficulty: 3,
    type: 'multiple',
    stem: '《知识产权强国建设纲要（2021—2035年）》提出的到2025年的预期性指标中，下列哪些表述正确？',
    options: [
      '专利密集型产业增加值占GDP比重达到13%',
      '版权产业增加值占GDP比重达到7.5%',
      '知识产权使用费年进出口总额达到3500亿元',
      '每万人口高价值发明专利拥有量达到20件',
      '版权产业增加值占GDP比重达到13%',
    ],
    answer: [0, 1, 2],
    explanation:
      '纲要提出到2025年：专利密集型产业增加值占GDP比重13%、版权产业增加值占GDP比重7.5%、知识产权使用费年进出口总额3500亿元、每万人口高价值发明专利拥有量12件。',
    source: STRONG_IP_OUTLINE,
    validFrom: STRONG_IP_OUTLINE_FROM,
  },
  {
    id: 'publicity-week-013',
    topic: 'publicity-week',
    difficulty: 1,
    type: 'single',
    stem: '《知识产权强国建设纲要（2021—2035年）》提出，到2035年基本建成什么样的知识产权强国？',
    options: [
      '中国特色、世界水平的知识产权强国',
      '以申请数量为主要目标的知识产权大国',
      '只面向国内市场的知识产权保护体系',
      '以行政保护为唯一手段的知识产权体系',
    ],
    answer: [0],
    explanation:
      '纲要提出，到2035年知识产权综合竞争力跻身世界前列，中国特色、世界水平的知识产权强国基本建成。',
    source: STRONG_IP_OUTLINE,
    validFrom: STRONG_IP_OUTLINE_FROM,
  },
  {
    id: 'publicity-week-014',
    topic: 'publicity-week',
    difficulty: 2,
    type: 'single',
    stem: '国务院2021年10月印发的《“十四五”国家知识产权保护和运用规划》中，“每万人口高价值发明专利拥有量”的预期目标是多少件？',
    options: ['7.5件', '12件', '15.3件', '20件'],
    answer: [1],
    explanation:
      '《“十四五”国家知识产权保护和运用规划》（国发〔2021〕20号，2021年10月9日印发）将每万人口高价值发明专利拥有量的预期目标定为12件。',
    source: {
      law: '《“十四五”国家知识产权保护和运用规划》',
      version: '国务院2021年10月9日印发（国发〔2021〕20号）',
    },
    validFrom: '2021-10-09',
  },
]
