import qrcode from 'qrcode-generator'

/**
 * The QR code for `text` as rows of '1' (dark) and '0' (light), without the quiet zone. Level M
 * survives a scuffed or glare-struck screen at the door; the version grows with the text. Ticket
 * texts are ASCII, which the library's default byte conversion keeps exact.
 */
export function qrRows(text: string): string[] {
  const qr = qrcode(0, 'M')
  qr.addData(text, 'Byte')
  qr.make()
  const count = qr.getModuleCount()
  return Array.from({ length: count }, (_, row) =>
    Array.from({ length: count }, (_, col) => (qr.isDark(row, col) ? '1' : '0')).join(''),
  )
}

export interface TicketQrProps {
  /** What the code encodes (Ticket.qrText). */
  text: string
  /** Width and height in CSS px. */
  size: number
}
