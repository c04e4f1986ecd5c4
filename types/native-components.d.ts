// Hand-written WeChat components (src/native/*) as JSX elements; pages declare them in
// usingComponents, and only *.weapp.tsx files render them.
import 'react'

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'qr-canvas': { rows: string[]; size: number; label?: string }
    }
  }
}
