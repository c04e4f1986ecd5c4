import {
  INVITE_ALPHABET,
  INVITE_CODE_PATTERN,
  formatInviteCode,
  inviteCodeFrom,
  normaliseInviteCode,
} from '@/domain/invite-code'

describe('invite codes', () => {
  it('use 32 characters without look-alikes', () => {
    expect(new Set(INVITE_ALPHABET).size).toBe(32)
    expect(INVITE_ALPHABET).not.toMatch(/[01OI]/)
  })

  it('map the 256 byte values to each character exactly eight times', () => {
    const tally = new Map<string, number>()
    for (let b = 0; b < 256; b++) {
      const c = inviteCodeFrom(new Uint8Array(12).fill(b))[0]
      tally.set(c, (tally.get(c) ?? 0) + 1)
    }
    expect([...tally.values()]).toEqual(Array(32).fill(8))
    expect(() => inviteCodeFrom(new Uint8Array(11))).toThrow()
  })

  it('read back what a person types', () => {
    const code = inviteCodeFrom(Uint8Array.from({ length: 12 }, (_, i) => i * 21))
    expect(code).toMatch(INVITE_CODE_PATTERN)
    const shown = formatInviteCode(code)
    expect(shown).toMatch(/^.{4}-.{4}-.{4}$/)
    expect(normaliseInviteCode(` ${shown.toLowerCase()} `)).toBe(code)
  })
})
