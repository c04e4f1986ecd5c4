// The quiz's fixed rules, shared by the quiz function (which enforces them) and the pages (which
// explain them). Kept apart from the contract so the pages do not bundle its request schemas.
export const QUIZ_PAPER_SIZE = 10
export const QUIZ_ATTEMPTS_PER_DAY = 3
export const QUIZ_TIME_LIMIT_SECONDS = 300
/** Accepted after the limit, for a slow network between the last tap and the server. */
export const QUIZ_GRACE_SECONDS = 15
/** The score, out of 100, that earns a certificate. */
export const QUIZ_PASS_SCORE = 80
