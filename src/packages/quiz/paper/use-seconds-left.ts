import { useEffect, useState } from 'react'

/**
 * Whole seconds left of `limitMs`, counted on this device from the first render and updated
 * every second. The server's expiresAt is not compared with the phone's clock, which may be
 * set wrong: only the length of the limit is taken from the server.
 */
export function useSecondsLeft(limitMs: number): number {
  const [deadline] = useState(() => Date.now() + limitMs)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return Math.max(0, Math.ceil((deadline - now) / 1000))
}
