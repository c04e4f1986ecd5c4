import * as z from 'zod/mini'
import { action, type Contract } from './contract'

export interface Account {
  /** The caller's OPENID as WeChat gives it; empty for an anonymous web visitor. */
  openid: string
}

export const accountContract = {
  name: 'account',
  actions: {
    whoami: action(z.strictObject({})).returns<Account>(),
  },
} satisfies Contract
