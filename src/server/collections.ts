// Every collection the product uses, created by the seed step (the cloud does not create
// collections on first write).
export const COLLECTIONS = [
  'campaigns',
  'events',
  'registrations',
  'registrationClaims',
  'quizAttempts',
  'quizBest',
  'quizMistakes',
  'organisers',
  'organiserInvites',
  'auditLog',
  'rateLimits',
  'selftestScratch',
  'filings',
  'exportFiles',
] as const
export type CollectionName = (typeof COLLECTIONS)[number]
