import {
  CROSS_BORDER_SESSION_FIELDS,
  EXPORT_MARKETS,
  FIELD_SPECS,
  validateRegistrationForm,
  type RegistrationOptions,
} from '@/domain/registration-form'

const session: RegistrationOptions = { fields: CROSS_BORDER_SESSION_FIELDS, perCompanyCap: 3 }

const filled = {
  companyName: '营口某某跨境电子商务有限公司',
  creditCode: '91350100M000100Y43',
  contactName: '王小明',
  phone: '13812341234',
  attendees: 2,
  crossBorder: true,
  exportMarkets: ['北美', '欧盟'],
  expertQuestion: '亚马逊店铺被投诉外观专利侵权，如何应对？',
}

const errorsOf = (input: unknown, options = session) => {
  const result = validateRegistrationForm(input, options)
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.value)}`)
  return result.errors
}

describe('the form as data', () => {
  it('lists the eight cross-border session fields in order, with their labels', () => {
    expect(CROSS_BORDER_SESSION_FIELDS.map((id) => FIELD_SPECS[id].label)).toEqual([
      '企业名称',
      '统一社会信用代码',
      '联系人',
      '手机号',
      '参会人数',
      '是否跨境电商/外贸企业',
      '主要出口市场',
      '想咨询的海外知识产权问题',
    ])
    expect(CROSS_BORDER_SESSION_FIELDS.filter((id) => !FIELD_SPECS[id].required)).toEqual([
      'exportMarkets',
      'expertQuestion',
    ])
  })
})

describe('a valid form', () => {
  it('passes and comes back as submitted', () => {
    expect(validateRegistrationForm(filled, session)).toEqual({ ok: true, value: filled })
  })

  it('comes back normalised', () => {
    const result = validateRegistrationForm(
      {
        ...filled,
        companyName: '  营口某某   跨境电商\u3000 有限公司 ',
        creditCode: ' ９１３５ ０１００ ｍ０００ １００ｙ ４３ ',
        contactName: ' 王   小明 ',
        phone: '+86 138-1234-1234',
        attendees: '２',
        exportMarkets: [' 欧盟', '北美', '欧盟'],
        expertQuestion: '  第一行\r\n第二行\t完  ',
      },
      session,
    )
    expect(result).toEqual({
      ok: true,
      value: {
        companyName: '营口某某 跨境电商 有限公司',
        creditCode: '91350100M000100Y43',
        contactName: '王 小明',
        phone: '13812341234',
        attendees: 2,
        crossBorder: true,
        exportMarkets: ['北美', '欧盟'],
        expertQuestion: '第一行\n第二行 完',
      },
    })
  })

  it('may leave the question and markets out; an empty question is dropped', () => {
    const { exportMarkets: _m, expertQuestion: _q, ...required } = filled
    expect(validateRegistrationForm(required, session)).toEqual({
      ok: true,
      value: { ...required, exportMarkets: [] },
    })
    expect(validateRegistrationForm({ ...filled, expertQuestion: '   ' }, session)).toEqual({
      ok: true,
      value: { ...required, exportMarkets: filled.exportMarkets },
    })
  })

  it('accepts a not-cross-border enterprise and every listed market', () => {
    for (const market of EXPORT_MARKETS) {
      const result = validateRegistrationForm(
        { ...filled, crossBorder: false, exportMarkets: [market] },
        session,
      )
      expect(result.ok).toBe(true)
    }
  })

  it('counts an emoji as one character', () => {
    expect(validateRegistrationForm({ ...filled, contactName: '王😀' }, session).ok).toBe(true)
    expect(errorsOf({ ...filled, contactName: '😀' }).contactName).toBe('联系人至少2个字')
    const question = '问'.repeat(499) + '😀'
    expect(validateRegistrationForm({ ...filled, expertQuestion: question }, session).ok).toBe(true)
  })
})

describe('errors, all at once and by field', () => {
  it('reports every required field of an empty form', () => {
    expect(errorsOf({})).toEqual({
      companyName: '请填写企业名称',
      creditCode: '请填写统一社会信用代码',
      contactName: '请填写联系人',
      phone: '请填写手机号',
      attendees: '请填写参会人数',
      crossBorder: '请选择是否跨境电商/外贸企业',
    })
  })

  it('reports every wrong field together', () => {
    expect(
      errorsOf({
        companyName: '营',
        creditCode: '91350100M000100Y42',
        contactName: '王'.repeat(21),
        phone: '12812341234',
        attendees: 0,
        crossBorder: 'yes',
        exportMarkets: ['火星'],
        expertQuestion: '问'.repeat(501),
      }),
    ).toEqual({
      companyName: '企业名称至少2个字',
      creditCode: '统一社会信用代码校验位不正确，请核对',
      contactName: '联系人不能超过20个字',
      phone: '请填写中国大陆手机号（以13至19开头）',
      attendees: '参会人数至少为1人',
      crossBorder: '请选择是否跨境电商/外贸企业',
      exportMarkets: '主要出口市场请从选项中选择',
      expertQuestion: '想咨询的海外知识产权问题不能超过500个字',
    })
  })

  it('limits the company name to 60 characters', () => {
    expect(validateRegistrationForm({ ...filled, companyName: '企'.repeat(60) }, session).ok).toBe(
      true,
    )
    expect(errorsOf({ ...filled, companyName: '企'.repeat(61) })).toEqual({
      companyName: '企业名称不能超过60个字',
    })
  })

  it('caps attendees at the per-company cap, whole numbers only', () => {
    expect(validateRegistrationForm({ ...filled, attendees: 3 }, session).ok).toBe(true)
    expect(errorsOf({ ...filled, attendees: 4 })).toEqual({ attendees: '每家企业最多报名3人' })
    expect(
      validateRegistrationForm({ ...filled, attendees: 4 }, { ...session, perCompanyCap: 5 }),
    ).toMatchObject({ ok: true, value: { attendees: 4 } })
    expect(validateRegistrationForm({ ...filled, attendees: ' 3 ' }, session)).toMatchObject({
      ok: true,
      value: { attendees: 3 },
    })
    for (const attendees of [1.5, Number.NaN, Infinity, '1.5', '1e1', '两', true, [2], {}]) {
      expect([attendees, errorsOf({ ...filled, attendees })]).toEqual([
        attendees,
        { attendees: '参会人数应为整数' },
      ])
    }
    expect(errorsOf({ ...filled, attendees: -1 })).toEqual({ attendees: '参会人数至少为1人' })
  })

  it('says so when the session has no usable cap, and still checks the fields', () => {
    for (const perCompanyCap of [0, 2.5, Number.NaN]) {
      expect(errorsOf({ ...filled, phone: '' }, { ...session, perCompanyCap })).toEqual({
        _form: '本场次的报名人数上限尚未设置，请联系主办单位',
        phone: '请填写手机号',
      })
    }
  })

  it('allows at most five markets, and only listed ones', () => {
    const five = EXPORT_MARKETS.slice(0, 5)
    expect(validateRegistrationForm({ ...filled, exportMarkets: five }, session).ok).toBe(true)
    expect(errorsOf({ ...filled, exportMarkets: EXPORT_MARKETS.slice(0, 6) })).toEqual({
      exportMarkets: '主要出口市场最多选择5项',
    })
    expect(errorsOf({ ...filled, exportMarkets: '北美' })).toEqual({
      exportMarkets: '主要出口市场格式不正确',
    })
    expect(errorsOf({ ...filled, exportMarkets: [1] })).toEqual({
      exportMarkets: '主要出口市场请从选项中选择',
    })
  })

  it('rejects control characters in names', () => {
    expect(errorsOf({ ...filled, companyName: '营口\u0000公司' })).toEqual({
      companyName: '企业名称含有无法识别的字符，请重新输入',
    })
    expect(errorsOf({ ...filled, contactName: '王\uD800明' })).toEqual({
      contactName: '联系人含有无法识别的字符，请重新输入',
    })
  })
})

describe('fields the session does not ask for', () => {
  it('rejects an unknown key on _form, naming it', () => {
    expect(errorsOf({ ...filled, wechatId: 'abc' })).toEqual({
      _form: '表单包含本场次不收集的内容（wechatId），请刷新页面后重新填写',
    })
  })

  it('rejects a known field the session did not configure, and ignores undefined values', () => {
    const short: RegistrationOptions = {
      fields: ['companyName', 'contactName', 'phone', 'attendees'],
      perCompanyCap: 1,
    }
    const { companyName, contactName, phone } = filled
    const base = { companyName, contactName, phone, attendees: 1 }
    expect(validateRegistrationForm({ ...base, creditCode: undefined }, short)).toEqual({
      ok: true,
      value: base,
    })
    expect(errorsOf({ ...base, creditCode: filled.creditCode }, short)).toEqual({
      _form: '表单包含本场次不收集的内容（creditCode），请刷新页面后重新填写',
    })
  })

  it('shortens long key names and lists at most three', () => {
    const input = { ...filled, a: 1, b: 2, c: 3, d: 4, ['k'.repeat(1000)]: 5 }
    expect(errorsOf(input)._form).toBe(
      '表单包含本场次不收集的内容（a、b、c 等5项），请刷新页面后重新填写',
    )
    expect(errorsOf({ ...filled, ['k'.repeat(1000)]: 5 })._form).toBe(
      `表单包含本场次不收集的内容（${'k'.repeat(20)}…），请刷新页面后重新填写`,
    )
  })
})

describe('hostile input never throws', () => {
  const unreadable = { _form: '表单内容无法识别，请刷新页面后重新填写' }

  it('rejects anything that is not a plain object', () => {
    for (const input of [null, undefined, 0, 'form', true, [], [filled], () => filled]) {
      expect(validateRegistrationForm(input, session)).toEqual({ ok: false, errors: unreadable })
    }
  })

  it('treats __proto__ as an unknown key and never reads inherited values', () => {
    const parsed = JSON.parse(`{"__proto__": {"companyName": "x"}, "phone": "13812341234"}`)
    const errors = errorsOf(parsed)
    expect(errors._form).toBe('表单包含本场次不收集的内容（__proto__），请刷新页面后重新填写')
    expect(errors.companyName).toBe('请填写企业名称')
    expect(errors.phone).toBeUndefined()
    // An object whose prototype carries a whole valid form is still empty.
    expect(errorsOf(Object.create(filled)).companyName).toBe('请填写企业名称')
    expect(validateRegistrationForm(Object.assign(Object.create(null), filled), session)).toEqual({
      ok: true,
      value: filled,
    })
  })

  it('survives throwing getters and proxies', () => {
    const getter = { ...filled }
    Object.defineProperty(getter, 'phone', {
      enumerable: true,
      get() {
        throw new Error('boom')
      },
    })
    expect(validateRegistrationForm(getter, session)).toEqual({ ok: false, errors: unreadable })
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom')
        },
      },
    )
    expect(validateRegistrationForm(proxy, session)).toEqual({ ok: false, errors: unreadable })
  })

  it('handles 1 MB strings quickly and reports them as too long', () => {
    const huge = '企'.repeat(1_000_000)
    const started = Date.now()
    const errors = errorsOf({
      companyName: huge,
      creditCode: huge,
      contactName: huge,
      phone: huge,
      attendees: huge,
      crossBorder: huge,
      exportMarkets: Array.from({ length: 100_000 }, () => huge),
      expertQuestion: huge,
    })
    expect(Date.now() - started).toBeLessThan(1000)
    expect(errors).toEqual({
      companyName: '企业名称不能超过60个字',
      creditCode: '统一社会信用代码应为18位',
      contactName: '联系人不能超过20个字',
      phone: '手机号只能包含数字',
      attendees: '参会人数应为整数',
      crossBorder: '请选择是否跨境电商/外贸企业',
      exportMarkets: '主要出口市场最多选择5项',
      expertQuestion: '想咨询的海外知识产权问题不能超过500个字',
    })
  })

  it('takes wrong types field by field', () => {
    expect(
      errorsOf({
        companyName: 42,
        creditCode: ['91350100M000100Y43'],
        contactName: { name: '王小明' },
        phone: 13812341234,
        attendees: 1,
        crossBorder: 1,
        expertQuestion: false,
      }),
    ).toEqual({
      companyName: '企业名称格式不正确',
      creditCode: '统一社会信用代码格式不正确',
      contactName: '联系人格式不正确',
      crossBorder: '请选择是否跨境电商/外贸企业',
      expertQuestion: '想咨询的海外知识产权问题格式不正确',
    })
  })
})
