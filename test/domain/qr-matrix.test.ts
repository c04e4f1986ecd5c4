// The ticket's QR code decodes to the ticket's text: the matrix from qrRows, painted by the same
// paintQr the WeChat component and the web build use, read back by an independent decoder.
import jsQR from 'jsqr'
import { qrRows } from '@/components/ticket-qr/qr-matrix'
import { TICKET_QR_PREFIX } from '@/contracts/registrations'
import { QUIET_ZONE, paintQr } from '@/native/qr-canvas/paint'

/** A 2d context that paints into an RGBA buffer, as a canvas would. */
function bitmap(pixels: number) {
  const data = new Uint8ClampedArray(pixels * pixels * 4)
  const ctx = {
    fillStyle: '',
    fillRect(x: number, y: number, w: number, h: number) {
      const value = ctx.fillStyle === '#000000' ? 0 : 255
      for (let row = y; row < y + h; row += 1) {
        for (let col = x; col < x + w; col += 1) {
          data.fill(value, (row * pixels + col) * 4, (row * pixels + col) * 4 + 3)
          data[(row * pixels + col) * 4 + 3] = 255
        }
      }
    },
  }
  return { ctx, data }
}

function decode(rows: string[], scale = 4) {
  const pixels = (rows.length + 2 * QUIET_ZONE) * scale
  const { ctx, data } = bitmap(pixels)
  paintQr(ctx, rows, pixels)
  return jsQR(data, pixels, pixels, { inversionAttempts: 'dontInvert' })
}

// 16 random bytes in base64url, as the registrations function issues them.
const TICKET_TEXT = `${TICKET_QR_PREFIX}q3Vx-8Lb0_Zr2mWcT1yJ7g`

test('the ticket text comes back out of its QR code', () => {
  const rows = qrRows(TICKET_TEXT)
  expect(decode(rows)?.data).toBe(TICKET_TEXT)
})

test('rows are a square of 0/1, grown to fit the text', () => {
  const rows = qrRows(TICKET_TEXT)
  // 30 bytes at level M fit version 3: 29 modules a side.
  expect(rows).toHaveLength(29)
  rows.forEach((row) => expect(row).toMatch(/^[01]{29}$/))
  // The top-left finder pattern: a dark ring around a light ring around a dark 3 × 3 core.
  expect(rows.slice(0, 7).map((row) => row.slice(0, 7))).toEqual([
    '1111111',
    '1000001',
    '1011101',
    '1011101',
    '1011101',
    '1000001',
    '1111111',
  ])
  const longer = qrRows(`${TICKET_TEXT}${'x'.repeat(60)}`)
  expect(longer.length).toBeGreaterThan(rows.length)
  expect(decode(longer)?.data).toBe(`${TICKET_TEXT}${'x'.repeat(60)}`)
})

test('the same text always gives the same code', () => {
  expect(qrRows(TICKET_TEXT)).toEqual(qrRows(TICKET_TEXT))
  expect(qrRows(`${TICKET_QR_PREFIX}other`)).not.toEqual(qrRows(TICKET_TEXT))
})
