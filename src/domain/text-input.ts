// Small helpers for text typed into forms, shared by the client and the cloud functions.
// No lookbehind and no Unicode property escapes: older mini-program JS engines reject them
// at parse time, which would break the whole bundle, not just the form.

/** Full-width ASCII (Ａ１２－＋) and the ideographic space to their half-width forms. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
}

/**
 * Characters as a person counts them: an emoji or a rare 汉字 outside the BMP is one.
 * Returns `limit + 1` as soon as the text is known to be longer than `limit`, so a 1 MB
 * string costs no more than a short one.
 */
export function countChars(text: string, limit: number): number {
  // Every character is one or two UTF-16 units.
  if (text.length > 2 * limit) return limit + 1
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    const next = text.charCodeAt(i + 1)
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++
    count++
    if (count > limit) return limit + 1
  }
  return count
}

/**
 * Control characters, and surrogate halves without their partner: neither can be shown or
 * stored faithfully. `allowNewlines` for multi-line fields.
 */
export function hasUnprintable(text: string, allowNewlines = false): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit === 0x0a && allowNewlines) continue
    if (unit < 0x20 || (unit >= 0x7f && unit < 0xa0)) return true
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true
      i++
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return true
  }
  return false
}

/** What is wrong with a text's length or characters, in plain Chinese, if anything. */
export function lengthProblem(
  label: string,
  text: string,
  { min, max }: { min: number; max: number },
  multiline = false,
): string | undefined {
  const count = countChars(text, max)
  if (count > max) return `${label}不能超过${max}个字`
  if (count === 0 && min > 0) return `请填写${label}`
  if (count < min) return `${label}至少${min}个字`
  if (hasUnprintable(text, multiline)) return `${label}含有无法识别的字符，请重新输入`
  return undefined
}
