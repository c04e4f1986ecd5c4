// Organiser invite codes: 12 characters from 32 that are hard to misread aloud or on paper
// (no 0/O, 1/I), 60 random bits: with the bind rate limit, guessing one is hopeless.
export const INVITE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
export const INVITE_CODE_LENGTH = 12
export const INVITE_CODE_PATTERN = /^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{12}$/

/** What a person typed, as stored: upper case, without spaces or dashes. */
export function normaliseInviteCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]+/g, '')
}

/** A code from random bytes (one per character; 256 is a multiple of 32, so each is uniform). */
export function inviteCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < INVITE_CODE_LENGTH) throw new Error('not enough random bytes')
  return Array.from(bytes.subarray(0, INVITE_CODE_LENGTH), (b) => INVITE_ALPHABET[b % 32]).join('')
}

/** 'ABCD-EFGH-JKLM': easier to read out and type. */
export function formatInviteCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code
}
