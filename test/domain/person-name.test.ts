import { maskPersonName } from '@/domain/person-name'

describe('maskPersonName', () => {
  it('keeps the first character and hides the rest and its length', () => {
    expect(maskPersonName('王小明')).toBe('王**')
    expect(maskPersonName('欧阳娜娜·阿卜杜勒')).toBe('欧**')
    expect(maskPersonName('张三')).toBe('张**')
    expect(maskPersonName('Lily')).toBe('L**')
    expect(maskPersonName(' 李 ')).toBe('李**')
  })

  it('keeps a character outside the basic plane whole', () => {
    expect(maskPersonName('𠀋一')).toBe('𠀋**')
  })

  it('shows nothing for no name', () => {
    expect(maskPersonName(undefined)).toBe('')
    expect(maskPersonName('  ')).toBe('')
  })
})
