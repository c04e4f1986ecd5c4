// The native qr-canvas component under miniprogram-simulate. Its canvas has no 2d context there,
// so each rendered instance gets a selector query answering with a fake canvas node whose context
// records what is painted.
import path from 'node:path'
import simulate from 'miniprogram-simulate'

interface Fill {
  style: string
  x: number
  y: number
  w: number
  h: number
}

// simulate's built-in <canvas> drops attributes it has no property for (aria-*): this stand-in
// declares the ones the component sets, so the test can read them. (simulate merges it into the
// usingComponents object of the component's index.json.)
const canvasStandIn = simulate.load({
  properties: { type: String, ariaRole: String, ariaLabel: String },
  template: '<slot/>',
})
// Once per file: loading the same path again returns undefined.
const componentId = simulate.load(path.resolve(__dirname, '../../src/native/qr-canvas/index'), {
  usingComponents: { canvas: canvasStandIn },
})

const darkCount = (rows: string[]) => rows.join('').split('1').length - 1

function mount(properties: { rows: string[]; size: number }) {
  const fills: Fill[] = []
  const ctx = {
    fillStyle: '',
    fillRect(x: number, y: number, w: number, h: number) {
      fills.push({ style: ctx.fillStyle, x, y, w, h })
    },
  }
  const canvas = { width: 0, height: 0, getContext: jest.fn(() => ctx) }
  const queries: Array<{ selector: string; fields: object }> = []
  const comp = simulate.render(componentId, properties)
  // What a rendered <canvas type="2d"> answers in WeChat: its node and its CSS size.
  Object.assign(comp.instance, {
    createSelectorQuery: () => ({
      select: (selector: string) => ({
        fields: (fields: object) => ({
          exec: (callback: (found: unknown[]) => void) => {
            queries.push({ selector, fields })
            const { size } = comp.data as { size: number }
            void Promise.resolve().then(() =>
              callback([{ node: canvas, width: size, height: size }]),
            )
          },
        }),
      }),
    }),
  })
  comp.attach(document.createElement('parent-wrapper'))
  return { comp, canvas, fills, queries }
}

const dark = (fills: Fill[]) => fills.filter((fill) => fill.style === '#000000')

const ROWS = ['101', '010', '111']

test('paints the matrix at device pixels, on white, inside a four-module quiet zone', async () => {
  const { canvas, fills, queries } = mount({ rows: ROWS, size: 100 })
  await simulate.sleep(0)

  expect(queries).toEqual([{ selector: '#qr', fields: { node: true, size: true } }])
  // miniprogram-simulate's wx.getWindowInfo reports pixelRatio 3.
  expect(canvas).toMatchObject({ width: 300, height: 300 })
  expect(canvas.getContext).toHaveBeenCalledWith('2d')
  expect(fills[0]).toEqual({ style: '#ffffff', x: 0, y: 0, w: 300, h: 300 })
  expect(dark(fills)).toHaveLength(darkCount(ROWS))
  // 3 modules + 2 × 4 quiet = 11 modules of 27 px (297 px), centred: 1 px margin + 4 × 27.
  const origin = 1 + 4 * 27
  expect(dark(fills)).toEqual(
    [
      [0, 0],
      [2, 0],
      [1, 1],
      [0, 2],
      [1, 2],
      [2, 2],
    ].map(([col, row]) => ({
      style: '#000000',
      x: origin + col * 27,
      y: origin + row * 27,
      w: 27,
      h: 27,
    })),
  )
})

test('redraws when the rows change', async () => {
  const { comp, fills } = mount({ rows: ROWS, size: 100 })
  await simulate.sleep(0)
  fills.length = 0

  const next = ['1111', '1001', '1001', '1111']
  comp.setData({ rows: next })
  await simulate.sleep(0)

  expect(fills[0]).toMatchObject({ style: '#ffffff', w: 300, h: 300 })
  expect(dark(fills)).toHaveLength(darkCount(next))
  // 4 + 8 = 12 modules of 25 px: the first module sits right after the quiet zone.
  expect(dark(fills)[0]).toMatchObject({ x: 4 * 25, y: 4 * 25, w: 25 })
})

test('falls back to getSystemInfoSync where getWindowInfo is missing', async () => {
  const getWindowInfo = wx.getWindowInfo
  const getSystemInfoSync = jest
    .spyOn(wx, 'getSystemInfoSync')
    .mockReturnValue({ pixelRatio: 2 } as WechatMiniprogram.SystemInfo)
  Object.assign(wx, { getWindowInfo: undefined })
  try {
    const { canvas } = mount({ rows: ROWS, size: 120 })
    await simulate.sleep(0)
    expect(canvas).toMatchObject({ width: 240, height: 240 })
  } finally {
    Object.assign(wx, { getWindowInfo })
    getSystemInfoSync.mockRestore()
  }
})

test('is one labelled image of the given CSS size', () => {
  const { comp } = mount({ rows: ROWS, size: 180 })
  const canvas = comp.querySelector('#qr')!
  expect(canvas.data).toEqual({ type: '2d', ariaRole: 'img', ariaLabel: '入场二维码' })
  expect(canvas.dom!.getAttribute('style')).toBe('width: 180px; height: 180px;')
})
