// The ticket's QR code in WeChat: the native qr-canvas component paints the matrix on a 2d canvas
// it queries in its own scope (src/native/qr-canvas). Pages using it declare it in
// usingComponents.
import { useMemo } from 'react'
import { qrRows, type TicketQrProps } from './qr-matrix'

export function TicketQr({ text, size }: TicketQrProps) {
  const rows = useMemo(() => qrRows(text), [text])
  return <qr-canvas rows={rows} size={size} />
}
