// account: who the caller is, from the platform's context (never from the payload).
import { accountContract } from '@/contracts/account'
import { callerOpenid } from '@/server/cloud'
import { defineFunction } from '@/server/define-function'

export const main = defineFunction(accountContract, {
  async whoami() {
    return { openid: callerOpenid() }
  },
})
