// Server time. IPWEEK_NOW (an ISO instant) lets a local preview or a test stand on any day of
// the week; it is never set in the cloud.
export function now(): Date {
  const fixed = process.env.IPWEEK_NOW
  return fixed ? new Date(fixed) : new Date()
}
