// Why WeChat did not save a picture to the album, from the errMsg it gives, so the page can say
// what to do next. The messages vary by platform and base library, hence the loose patterns.
export type AlbumFailure = 'cancelled' | 'privacy' | 'denied' | 'failed'

export function albumFailure(error: unknown): AlbumFailure {
  const message = (error as { errMsg?: string } | undefined)?.errMsg ?? ''
  if (/cancel/i.test(message)) return 'cancelled'
  // Before 'auth': "privacy permission is not authorized" also contains it.
  if (/privacy/i.test(message)) return 'privacy'
  if (/auth|deny|denied/i.test(message)) return 'denied'
  return 'failed'
}
