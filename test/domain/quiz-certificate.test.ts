// The certificate poster's painter, against a context that records what it is asked to draw
// (text widths are faked from the characters), and what the poster says.
import { campaign } from '@/campaigns'
import type { QuizResult } from '@/contracts/quiz'
import { albumFailure } from '@/packages/quiz/certificate/album-failure'
import {
  certificateContent,
  certificateShareTitle,
  type CertificateContent,
} from '@/packages/quiz/certificate/certificate-content'
import {
  POSTER_HEIGHT,
  POSTER_WIDTH,
  paintCertificate,
  posterScale,
  type PosterContext,
} from '@/packages/quiz/certificate/paint-certificate'

interface DrawnText {
  text: string
  x: number
  y: number
  size: number
  width: number
  align: string
}

function fontSize(font: string): number {
  const match = /(\d+)px/.exec(font)
  if (!match) throw new Error(`no size in font '${font}'`)
  return Number(match[1])
}

/** Half an em for Latin letters, digits and spaces, one em for anything else (Chinese). */
function textWidth(text: string, size: number): number {
  return Array.from(text).reduce((sum, char) => sum + (char < '\u0080' ? 0.55 : 1), 0) * size
}

/** A 2d context that logs every call and state change, and measures text as textWidth does. */
function recordingContext() {
  const log: unknown[][] = []
  const texts: DrawnText[] = []
  const state = {
    fillStyle: '#000000' as PosterContext['fillStyle'],
    strokeStyle: '#000000' as PosterContext['strokeStyle'],
    lineWidth: 1,
    font: '10px sans-serif',
    textAlign: 'start' as CanvasTextAlign,
    textBaseline: 'alphabetic' as CanvasTextBaseline,
  }
  const ctx = new Proxy(state, {
    set(target, key, value) {
      log.push(['set', key, value])
      return Reflect.set(target, key, value)
    },
    get(target, key) {
      if (key in target) return target[key as keyof typeof target]
      if (key === 'measureText') {
        return (text: string) => ({ width: textWidth(text, fontSize(target.font)) })
      }
      return (...args: unknown[]) => {
        log.push([key, ...args])
        if (key === 'fillText') {
          const [text, x, y] = args as [string, number, number]
          const size = fontSize(target.font)
          texts.push({ text, x, y, size, width: textWidth(text, size), align: target.textAlign })
        }
      }
    },
  }) as unknown as PosterContext
  return { ctx, log, texts }
}

const CONTENT: CertificateContent = {
  campaignTitle: '2025年营口市知识产权宣传周',
  theme: '知识产权与人工智能',
  name: '王小明',
  score: 90,
  date: '2025年4月23日',
  issuer: '营口市知识产权宣传周活动组委会',
}

function paint(content: Partial<CertificateContent> = {}, scale = 2) {
  const recorded = recordingContext()
  paintCertificate(recorded.ctx, { ...CONTENT, ...content }, scale)
  return recorded
}

/** The horizontal extent a text covers, given how it was aligned. */
function extent({ x, width, align }: DrawnText): [number, number] {
  if (align === 'center') return [x - width / 2, x + width / 2]
  if (align === 'right') return [x - width, x]
  return [x, x + width]
}

describe('paintCertificate', () => {
  test('draws the campaign, the title, the name, the score, the issuer and the date', () => {
    const { texts } = paint()
    const drawn = texts.map((t) => t.text)
    expect(drawn).toEqual([
      '2025年营口市知识产权宣传周',
      '答',
      '题',
      '证',
      '书',
      '“知识产权与人工智能”知识答题',
      '王小明',
      '在本届宣传周知识答题中取得',
      '90',
      '分',
      '特发此证，以资鼓励。',
      '营口市知识产权宣传周活动组委会',
      '2025年4月23日',
    ])
    const name = texts.find((t) => t.text === '王小明')!
    expect(name.size).toBe(52)
  })

  test('scales to the canvas pixels first, so the poster is sharp at the device ratio', () => {
    const { log } = paint({}, 3)
    expect(log[0]).toEqual(['setTransform', 3, 0, 0, 3, 0, 0])
  })

  test('keeps every text inside the gold frame', () => {
    const long = '欧阳'.repeat(10)
    for (const content of [{}, { name: long, score: 100 }]) {
      for (const text of paint(content).texts) {
        const [left, right] = extent(text)
        expect(left).toBeGreaterThanOrEqual(32)
        expect(right).toBeLessThanOrEqual(POSTER_WIDTH - 32)
        expect(text.y).toBeGreaterThan(32)
        expect(text.y).toBeLessThan(POSTER_HEIGHT - 32)
      }
    }
  })

  test('shrinks a long name to fit, and cuts one too long for the smallest size', () => {
    const nameLine = (texts: DrawnText[]) => texts[6]
    for (const name of ['阿卜杜勒·买买提·艾力江', 'Maximilian Alexander']) {
      const fitted = nameLine(paint({ name }).texts)
      expect(fitted.text).toBe(name)
      expect(fitted.size).toBeLessThan(52)
      expect(fitted.width).toBeLessThanOrEqual(440)
    }

    const twenty = '欧阳'.repeat(10)
    const cut = nameLine(paint({ name: twenty }).texts)
    expect(cut.text).toMatch(/…$/)
    expect(twenty.startsWith(cut.text.slice(0, -1))).toBe(true)
    expect(cut.size).toBe(30)
    expect(cut.width).toBeLessThanOrEqual(440)
    expect(cut.width).toBeGreaterThan(440 - 2 * 30)
  })

  test('fits a perfect 100 inside the medallion', () => {
    const { texts } = paint({ score: 100 })
    const number = texts.find((t) => t.text === '100')!
    const unit = texts[texts.indexOf(number) + 1]
    expect(unit.text).toBe('分')
    expect(number.size).toBeLessThan(104)
    expect(unit.x + unit.width - number.x).toBeLessThanOrEqual(160)
    // Centred as one: equal room either side.
    expect(number.x + (unit.x + unit.width) - POSTER_WIDTH).toBeCloseTo(0, 5)
  })

  test('is deterministic: the same content paints the same calls', () => {
    expect(paint().log).toEqual(paint().log)
    expect(paint({ name: '李四' }).log).not.toEqual(paint().log)
  })
})

test('posterScale follows the device, between 2 and 3', () => {
  expect(posterScale(undefined)).toBe(2)
  expect(posterScale(1)).toBe(2)
  expect(posterScale(2.75)).toBe(2.75)
  expect(posterScale(4)).toBe(3)
})

describe('certificateContent', () => {
  const result = (extra: Partial<QuizResult>): QuizResult => ({
    attemptId: 'a1',
    score: 90,
    correct: 9,
    total: 10,
    durationSeconds: 125,
    submittedAt: '2025-04-23T16:30:00.000Z',
    passed: true,
    items: [],
    ...extra,
  })

  test('takes the theme, title and committee from the campaign, the date in Shanghai', () => {
    expect(certificateContent(campaign, result({ name: '王小明' }))).toEqual({
      campaignTitle: '2025年营口市知识产权宣传周',
      theme: '知识产权与人工智能',
      name: '王小明',
      score: 90,
      // 00:30 on 24 April in Shanghai.
      date: '2025年4月24日',
      issuer: '营口市知识产权宣传周活动组委会',
    })
  })

  test('names the taker 答题者 when no name was given', () => {
    expect(certificateContent(campaign, result({})).name).toBe('答题者')
  })

  test('the share title says the score', () => {
    expect(certificateShareTitle(95)).toBe('我在知识产权宣传周答题中得了95分')
  })
})

test('albumFailure tells a refusal from a cancel, the privacy guide and other failures', () => {
  expect(albumFailure({ errMsg: 'saveImageToPhotosAlbum:fail cancel' })).toBe('cancelled')
  expect(albumFailure({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' })).toBe('denied')
  expect(albumFailure({ errMsg: 'saveImageToPhotosAlbum:fail authorize no response' })).toBe(
    'denied',
  )
  expect(
    albumFailure({ errMsg: 'saveImageToPhotosAlbum:fail privacy permission is not authorized' }),
  ).toBe('privacy')
  expect(albumFailure({ errMsg: 'saveImageToPhotosAlbum:fail file not exists' })).toBe('failed')
  expect(albumFailure(new Error('boom'))).toBe('failed')
})
