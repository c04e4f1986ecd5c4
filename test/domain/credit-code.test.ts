import {
  creditCodeCheckChar,
  creditCodeProblem,
  isValidCreditCode,
  maskCreditCode,
  normalizeCreditCode,
} from '@/domain/credit-code'

// An independent re-implementation of GB 32100 (shared/reference/ip-law-facts.md §7.7): the
// character set built by leaving out I, O, S, V, Z, and the weights computed as 3^(i−1) mod 31,
// rather than copied from the module under test.
const CHARS = Array.from('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')
  .filter((c) => !'IOSVZ'.includes(c))
  .join('')
const WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let w = 1
  for (let k = 0; k < i; k++) w = (w * 3) % 31
  return w
})
const weightedSum = (first17: string) =>
  Array.from(first17).reduce((sum, c, i) => sum + CHARS.indexOf(c) * WEIGHTS[i], 0)
const checkChar = (first17: string) => {
  const c18 = 31 - (weightedSum(first17) % 31)
  return CHARS[c18 === 31 ? 0 : c18]
}

// A deterministic generator of 17-character prefixes of the right shape.
function* prefixes(seed: number): Generator<string> {
  let state = seed
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n
  }
  const pick = (set: string) => set[next(set.length)]
  for (;;) {
    let prefix = pick(CHARS) + pick(CHARS)
    for (let i = 0; i < 6; i++) prefix += pick('0123456789')
    for (let i = 0; i < 9; i++) prefix += pick(CHARS)
    yield prefix
  }
}

describe('the reference worked examples', () => {
  it('accepts the standard example 91350100M000100Y43 (sum 1640, remainder 28, check 3)', () => {
    expect(weightedSum('91350100M000100Y4')).toBe(1640)
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3')
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true)
    expect(creditCodeProblem('91350100M000100Y43')).toBeUndefined()
  })

  it('rejects the standard example ending in Z, and one ending in a wrong allowed character', () => {
    expect(isValidCreditCode('91350100M000100Y4Z')).toBe(false)
    expect(creditCodeProblem('91350100M000100Y42')).toBe('统一社会信用代码校验位不正确，请核对')
  })

  it('accepts the reference’s own examples 914403001922038216 and 9144030071526726XG', () => {
    expect(isValidCreditCode('914403001922038216')).toBe(true)
    expect(isValidCreditCode('9144030071526726XG')).toBe(true)
    expect(isValidCreditCode('9144030071526726X6')).toBe(false)
  })
})

describe('generated codes', () => {
  const gen = prefixes(20250423)
  const valid = Array.from({ length: 200 }, () => {
    const prefix = gen.next().value as string
    return prefix + checkChar(prefix)
  })

  it('agree with the independent implementation on 200 codes', () => {
    for (const code of valid) expect([code, creditCodeProblem(code)]).toEqual([code, undefined])
  })

  it('cover every remainder, including check 0 (31 taken as 0) and check Y (30)', () => {
    const checks = new Set(valid.map((code) => code[17]))
    // 200 draws over 31 values: all should turn up; the edge cases are asserted outright.
    expect(checks.has('0')).toBe(true)
    expect(checks.has('Y')).toBe(true)
    const zero = valid.find((code) => weightedSum(code.slice(0, 17)) % 31 === 0)
    expect(zero?.[17]).toBe('0')
    expect(creditCodeCheckChar(zero!.slice(0, 17))).toBe('0')
  })

  it('turn invalid when any one character is replaced by any other', () => {
    for (const code of valid.slice(0, 5)) {
      for (let i = 0; i < 18; i++) {
        for (const c of CHARS) {
          if (c === code[i]) continue
          const flipped = code.slice(0, i) + c + code.slice(i + 1)
          expect([flipped, isValidCreditCode(flipped)]).toEqual([flipped, false])
        }
      }
    }
  })

  it('report a flipped character in the body as a wrong check character', () => {
    const code = valid[0]
    const flipped = code.slice(0, 10) + (code[10] === 'A' ? 'B' : 'A') + code.slice(11)
    expect(creditCodeProblem(flipped)).toBe('统一社会信用代码校验位不正确，请核对')
  })
})

describe('problems, in plain words', () => {
  it('reports the length', () => {
    expect(creditCodeProblem('91350100M000100Y4')).toBe('统一社会信用代码应为18位，当前为17位')
    expect(creditCodeProblem('91350100M000100Y433')).toBe('统一社会信用代码应为18位，当前为19位')
    expect(creditCodeProblem('')).toBe('统一社会信用代码应为18位，当前为0位')
    expect(creditCodeProblem('9'.repeat(1_000_000))).toBe('统一社会信用代码应为18位')
  })

  it('names a letter the code never uses and what was probably meant', () => {
    expect(creditCodeProblem('91350100M00O100Y43')).toBe(
      '统一社会信用代码中不会出现字母 O，请核对是否应为数字 0',
    )
    expect(creditCodeProblem('91350100M000100I43')).toContain('字母 I')
    expect(creditCodeProblem('91350100MS00100Y43')).toContain('数字 5')
    expect(creditCodeProblem('91350100V000100Y43')).toContain('字母 U')
    expect(creditCodeProblem('9135010ZM000100Y43')).toContain('数字 2')
  })

  it('rejects other characters, lower case included (normalise first)', () => {
    expect(creditCodeProblem('91350100m000100y43')).toBe('统一社会信用代码只能由数字和大写字母组成')
    expect(creditCodeProblem('91350100-000100Y43')).toBe('统一社会信用代码只能由数字和大写字母组成')
    expect(creditCodeProblem('91350100码000100Y43')).toBe(
      '统一社会信用代码只能由数字和大写字母组成',
    )
    // 18 characters, one of them an emoji (two UTF-16 units): not a length problem.
    expect(creditCodeProblem('91350100😀000100Y43')).toBe(
      '统一社会信用代码只能由数字和大写字母组成',
    )
  })

  it('wants digits for the administrative division code, characters 3 to 8', () => {
    const prefix = '9135A100M000100Y4'
    expect(creditCodeProblem(prefix + checkChar(prefix))).toBe(
      '统一社会信用代码第3至8位应为数字（行政区划码）',
    )
  })
})

describe('normalizeCreditCode', () => {
  it('trims, drops spaces, upper-cases and turns full-width into half-width', () => {
    expect(normalizeCreditCode(' 9135 0100 m000 100y 43 ')).toBe('91350100M000100Y43')
    expect(normalizeCreditCode('９１３５０１００Ｍ０００１００ｙ４３')).toBe('91350100M000100Y43')
    expect(normalizeCreditCode('\u30009135\u30000100M000100Y43\t\n')).toBe('91350100M000100Y43')
    expect(isValidCreditCode(normalizeCreditCode('９１３５０１００ｍ０００１００Ｙ４３'))).toBe(
      true,
    )
  })
})

describe('maskCreditCode', () => {
  it('shows the first four and the last four', () => {
    expect(maskCreditCode('91350100M000100Y43')).toBe('9135**********0Y43')
    expect(maskCreditCode(' 9135 0100 m000 100y 43')).toBe('9135**********0Y43')
  })

  it('hides short input entirely', () => {
    expect(maskCreditCode('91350100')).toBe('********')
    expect(maskCreditCode('')).toBe('')
  })
})
