// A contract names a cloud function's actions, validates each request at the boundary (zod) and
// declares each response type. Functions implement it; the app's client service is typed by it.
import type * as z from 'zod/mini'

export interface ActionSpec<Request extends z.ZodMiniType = z.ZodMiniType, Response = unknown> {
  request: Request
  /** Type-only: never read at run time. */
  response: Response
}

export interface Contract {
  name: string
  actions: Record<string, ActionSpec>
}

/** `action(schema).returns<T>()` pairs a request schema with its response type. */
export function action<Request extends z.ZodMiniType>(request: Request) {
  return {
    returns<Response>(): ActionSpec<Request, Response> {
      return { request, response: undefined as Response }
    },
  }
}

export type ActionName<C extends Contract> = keyof C['actions'] & string
export type RequestOf<C extends Contract, A extends ActionName<C>> = z.input<
  C['actions'][A]['request']
>
export type ParsedRequestOf<C extends Contract, A extends ActionName<C>> = z.output<
  C['actions'][A]['request']
>
export type ResponseOf<C extends Contract, A extends ActionName<C>> = C['actions'][A]['response']
