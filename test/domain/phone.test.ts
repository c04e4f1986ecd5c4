import { isValidPhone, maskPhone, normalizePhone, phoneProblem } from '@/domain/phone'

describe('normalizePhone', () => {
  it('drops spaces and hyphens people type between groups', () => {
    expect(normalizePhone(' 138 1234 5678 ')).toBe('13812345678')
    expect(normalizePhone('138-1234-5678')).toBe('13812345678')
    expect(normalizePhone('138—1234—5678')).toBe('13812345678')
  })

  it('drops the +86 / 86 country code in front of 11 digits', () => {
    expect(normalizePhone('+86 138 1234 5678')).toBe('13812345678')
    expect(normalizePhone('+8613812345678')).toBe('13812345678')
    expect(normalizePhone('86-138-1234-5678')).toBe('13812345678')
    expect(normalizePhone('8613812345678')).toBe('13812345678')
  })

  it('keeps an 86 that is part of a short number, so the length is reported', () => {
    expect(normalizePhone('8613812345')).toBe('8613812345')
    expect(phoneProblem(normalizePhone('8613812345'))).toBe('手机号应为11位数字，当前为10位')
  })

  it('turns full-width digits, plus and spaces into half-width', () => {
    expect(normalizePhone('＋８６\u3000１３８１２３４５６７８')).toBe('13812345678')
  })
})

describe('phoneProblem', () => {
  it('accepts 11 digits starting 13 to 19', () => {
    for (const second of '3456789') {
      expect(phoneProblem(`1${second}812345678`)).toBeUndefined()
    }
    expect(isValidPhone('13812345678')).toBe(true)
    expect(isValidPhone(normalizePhone('+86 138 1234 5678'))).toBe(true)
  })

  it('rejects 10 and 12 digits with the count', () => {
    expect(phoneProblem('1381234567')).toBe('手机号应为11位数字，当前为10位')
    expect(phoneProblem('138123456789')).toBe('手机号应为11位数字，当前为12位')
    expect(phoneProblem('1'.repeat(1_000_000))).toBe('手机号应为11位数字')
  })

  it('rejects numbers starting 10, 11, 12 or not with 1', () => {
    expect(phoneProblem('12812345678')).toBe('请填写中国大陆手机号（以13至19开头）')
    expect(phoneProblem('11812345678')).toBe('请填写中国大陆手机号（以13至19开头）')
    expect(phoneProblem('10812345678')).toBe('请填写中国大陆手机号（以13至19开头）')
    expect(phoneProblem('23812345678')).toBe('请填写中国大陆手机号（以13至19开头）')
  })

  it('rejects anything but digits, unnormalised input included', () => {
    expect(phoneProblem('138 1234 5678')).toBe('手机号只能包含数字')
    expect(phoneProblem('+8613812345678')).toBe('手机号只能包含数字')
    expect(phoneProblem('1381234567８')).toBe('手机号只能包含数字')
    expect(phoneProblem('')).toBe('手机号只能包含数字')
    expect(isValidPhone('0411-12345678')).toBe(false)
  })
})

describe('maskPhone', () => {
  it('shows the first three and the last four', () => {
    expect(maskPhone('13812341234')).toBe('138****1234')
    expect(maskPhone('+86 138 1234 1234')).toBe('138****1234')
  })

  it('hides an invalid number entirely, up to 20 stars', () => {
    expect(maskPhone('12812341234')).toBe('***********')
    expect(maskPhone('138')).toBe('***')
    expect(maskPhone('1'.repeat(100))).toBe('*'.repeat(20))
  })
})
