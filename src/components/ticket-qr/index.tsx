// The ticket's QR code on the web: an HTML canvas painted like the WeChat qr-canvas component
// (index.weapp.tsx), from the same matrix.
import { View } from '@tarojs/components'
import { useEffect, useMemo, useRef } from 'react'
// Relative: the build's tsconfig path alias resolves .ts/.tsx files only.
import { paintQr } from '../../native/qr-canvas/paint'
import { qrRows, type TicketQrProps } from './qr-matrix'

export function TicketQr({ text, size }: TicketQrProps) {
  const rows = useMemo(() => qrRows(text), [text])
  const canvasRef = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    const canvas = canvasRef.current
    const ctx = canvas?.getContext('2d')
    if (!canvas || !ctx) return
    // Backing store at device pixels, so modules stay sharp on high-density screens.
    const pixels = Math.round(size * (window.devicePixelRatio || 1))
    canvas.width = pixels
    canvas.height = pixels
    paintQr(ctx, rows, pixels)
  }, [rows, size])
  return (
    <View role="img" ariaLabel="入场二维码">
      <canvas
        ref={canvasRef}
        aria-hidden="true"
        style={{ display: 'block', width: `${size}px`, height: `${size}px` }}
      />
    </View>
  )
}
