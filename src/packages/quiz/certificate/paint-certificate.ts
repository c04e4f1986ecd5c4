// The certificate poster, painted on any 2d context: WeChat's canvas node (poster.weapp.tsx) and
// the web's HTMLCanvasElement (poster.tsx) run this same code, so both look the same. Pure: the
// same content and scale always make the same drawing calls.
import type { CertificateContent } from './certificate-content'

/** Logical size: a phone-portrait poster. The canvas is `scale` times larger in pixels. */
export const POSTER_WIDTH = 600
export const POSTER_HEIGHT = 850

export type PosterContext = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'fillRect'
  | 'strokeRect'
  | 'fillText'
  | 'measureText'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'closePath'
  | 'arc'
  | 'fill'
  | 'stroke'
>

const NAVY = '#0b3d91' // the app's primary colour
const PAPER = '#fbf8f1'
const GOLD = '#b38728'
const MEDAL = '#eef3fb'
const INK = '#1f2329'
const MUTED = '#4e5969'

const FONT_STACK =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif'
const CENTER = POSTER_WIDTH / 2
/** Widest line inside the frame, with a margin. */
const TEXT_WIDTH = 440
const MEDAL_Y = 548
const MEDAL_RADIUS = 98

const font = (size: number, bold = false) => `${bold ? 'bold' : 'normal'} ${size}px ${FONT_STACK}`

/**
 * Pixels per logical unit: the device's ratio for sharpness on screen, at least 2 so a saved
 * picture prints well, at most 3 to keep the canvas within phones' memory limits.
 */
export function posterScale(devicePixelRatio: number | undefined): number {
  return Math.min(3, Math.max(2, devicePixelRatio || 1))
}

interface FitOptions {
  largest: number
  smallest: number
  bold?: boolean
}

/**
 * The largest font size (in steps of 2) at which `text` fits `maxWidth`; at the smallest size a
 * text still too wide is cut and ends in '…'. Leaves ctx.font set to the result.
 */
export function fitText(
  ctx: PosterContext,
  text: string,
  maxWidth: number,
  { largest, smallest, bold }: FitOptions,
): { text: string; size: number } {
  for (let size = largest; size >= smallest; size -= 2) {
    ctx.font = font(size, bold)
    if (ctx.measureText(text).width <= maxWidth) return { text, size }
  }
  ctx.font = font(smallest, bold)
  const chars = Array.from(text)
  while (chars.length > 1 && ctx.measureText(`${chars.join('')}…`).width > maxWidth) chars.pop()
  return { text: `${chars.join('')}…`, size: smallest }
}

function line(ctx: PosterContext, x1: number, y1: number, x2: number, y2: number) {
  ctx.beginPath()
  ctx.moveTo(x1, y1)
  ctx.lineTo(x2, y2)
  ctx.stroke()
}

function diamond(ctx: PosterContext, x: number, y: number, r: number) {
  ctx.beginPath()
  ctx.moveTo(x, y - r)
  ctx.lineTo(x + r, y)
  ctx.lineTo(x, y + r)
  ctx.lineTo(x - r, y)
  ctx.closePath()
  ctx.fill()
}

function circle(ctx: PosterContext, radius: number) {
  ctx.beginPath()
  ctx.arc(CENTER, MEDAL_Y, radius, 0, Math.PI * 2)
}

/** One line, shrunk or cut to fit. */
function fitted(
  ctx: PosterContext,
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  options: FitOptions,
) {
  ctx.fillText(fitText(ctx, text, maxWidth, options).text, x, y)
}

/** Centred with extra space between characters (canvas letterSpacing is not everywhere). */
function spaced(ctx: PosterContext, text: string, y: number, gap: number) {
  const chars = Array.from(text)
  const widths = chars.map((char) => ctx.measureText(char).width)
  let x = CENTER - (widths.reduce((sum, w) => sum + w, 0) + gap * (chars.length - 1)) / 2
  ctx.textAlign = 'left'
  chars.forEach((char, i) => {
    ctx.fillText(char, x, y)
    x += widths[i] + gap
  })
  ctx.textAlign = 'center'
}

function paintFrame(ctx: PosterContext) {
  ctx.fillStyle = NAVY
  ctx.fillRect(0, 0, POSTER_WIDTH, POSTER_HEIGHT)
  ctx.fillStyle = PAPER
  ctx.fillRect(18, 18, POSTER_WIDTH - 36, POSTER_HEIGHT - 36)
  ctx.strokeStyle = GOLD
  ctx.lineWidth = 1.5
  ctx.strokeRect(32, 32, POSTER_WIDTH - 64, POSTER_HEIGHT - 64)
  ctx.fillStyle = GOLD
  for (const x of [32, POSTER_WIDTH - 32]) {
    for (const y of [32, POSTER_HEIGHT - 32]) diamond(ctx, x, y, 7)
  }
}

function paintHeading(ctx: PosterContext, content: CertificateContent) {
  ctx.fillStyle = NAVY
  fitted(ctx, content.campaignTitle, CENTER, 102, TEXT_WIDTH, { largest: 28, smallest: 20 })
  ctx.font = font(68, true)
  spaced(ctx, '答题证书', 188, 22)
  ctx.fillStyle = MUTED
  fitted(ctx, `“${content.theme}”知识答题`, CENTER, 238, TEXT_WIDTH, {
    largest: 24,
    smallest: 18,
  })
  ctx.strokeStyle = GOLD
  ctx.fillStyle = GOLD
  ctx.lineWidth = 1
  line(ctx, 150, 276, 284, 276)
  line(ctx, 316, 276, 450, 276)
  diamond(ctx, CENTER, 276, 7)
}

function paintName(ctx: PosterContext, name: string) {
  ctx.fillStyle = INK
  fitted(ctx, name, CENTER, 356, TEXT_WIDTH, { largest: 52, smallest: 30, bold: true })
  ctx.strokeStyle = GOLD
  ctx.lineWidth = 1
  line(ctx, 170, 380, 430, 380)
  ctx.font = font(24)
  ctx.fillText('在本届宣传周知识答题中取得', CENTER, 428)
}

/** The score in a medallion: the number large, '分' beside it, centred as one. */
function paintScore(ctx: PosterContext, score: number) {
  ctx.fillStyle = MEDAL
  circle(ctx, MEDAL_RADIUS - 9)
  ctx.fill()
  ctx.strokeStyle = GOLD
  ctx.lineWidth = 3
  circle(ctx, MEDAL_RADIUS)
  ctx.stroke()
  ctx.lineWidth = 1
  circle(ctx, MEDAL_RADIUS - 9)
  ctx.stroke()

  const number = String(score)
  const unitGap = 6
  ctx.font = font(32, true)
  const unitWidth = ctx.measureText('分').width
  // 100 is wider than two digits: shrink it (width grows with size) to stay inside the ring.
  const room = 160 - unitGap - unitWidth
  ctx.font = font(104, true)
  const size = Math.min(104, Math.floor((104 * room) / ctx.measureText(number).width))
  ctx.font = font(size, true)
  const numberWidth = ctx.measureText(number).width
  const left = CENTER - (numberWidth + unitGap + unitWidth) / 2
  // Digits' visual middle sits about 0.36 em above the baseline.
  const baseline = MEDAL_Y + Math.round(size * 0.36)
  ctx.fillStyle = NAVY
  ctx.textAlign = 'left'
  ctx.fillText(number, left, baseline)
  ctx.font = font(32, true)
  ctx.fillText('分', left + numberWidth + unitGap, baseline)
  ctx.textAlign = 'center'
}

function paintFooter(ctx: PosterContext, content: CertificateContent) {
  ctx.fillStyle = INK
  ctx.font = font(26)
  ctx.fillText('特发此证，以资鼓励。', CENTER, 700)
  const right = CENTER + TEXT_WIDTH / 2 + 10
  ctx.textAlign = 'right'
  fitted(ctx, content.issuer, right, 760, TEXT_WIDTH, { largest: 24, smallest: 18 })
  ctx.fillStyle = MUTED
  ctx.font = font(22)
  ctx.fillText(content.date, right, 796)
  ctx.textAlign = 'center'
}

/** Paints the whole poster on a canvas of POSTER_WIDTH × POSTER_HEIGHT times `scale` pixels. */
export function paintCertificate(
  ctx: PosterContext,
  content: CertificateContent,
  scale: number,
): void {
  ctx.setTransform(scale, 0, 0, scale, 0, 0)
  ctx.textAlign = 'center'
  ctx.textBaseline = 'alphabetic'
  paintFrame(ctx)
  paintHeading(ctx, content)
  paintName(ctx, content.name)
  paintScore(ctx, content.score)
  paintFooter(ctx, content)
}
