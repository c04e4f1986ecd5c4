/** A parsed admin request body (`{ action, envName, …params }`). */
export type Body = Record<string, unknown>

/** Answers one action; the server adds `requestId` and sends it as JSON. */
export type Handler = (body: Body) => Promise<Record<string, unknown>>
