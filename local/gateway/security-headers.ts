// Headers the H5 app is served with. The content security policy allows scripts only from this
// origin plus the inline rem-sizing script Taro writes into index.html (by its hash), images from
// here, data/blob URLs (the QR code and poster canvases) and the local cloud storage's temporary
// links; no framing, plugins or foreign form targets.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** 'sha256-…' for each inline <script> of the built index.html. */
function inlineScriptHashes(h5Dir: string): string[] {
  const html = readFileSync(join(h5Dir, 'index.html'), 'utf8')
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`,
  )
}

export function securityHeaders(h5Dir: string, storageOrigin?: string): Record<string, string> {
  const policy = [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes(h5Dir).join(' ')}`,
    // Taro's components set style attributes and inject their own style elements.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${storageOrigin ? ` ${storageOrigin}` : ''}`,
    "connect-src 'self'",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
  return {
    'content-security-policy': policy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  }
}
