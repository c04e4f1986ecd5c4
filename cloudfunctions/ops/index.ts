// ops: going live. `setup` creates the collections and loads the campaign (the first time with the
// environment's bootstrap code, which also makes the caller the first office admin); `selftest`
// checks the cloud behaviours the product relies on. Identity is the caller's OPENID.
import * as campaignData from '@/campaigns'
import { opsContract } from '@/contracts/ops'
import { now } from '@/server/clock'
import { defineFunction } from '@/server/define-function'
import { AppError } from '@/server/errors'
import { spendAllowance } from '@/server/rate-limit'
import { currentActor, requireActor, requireCaller, type Actor } from '@/server/organisers/access'
import { recordAudit } from '@/server/organisers/audit'
import { bindMember, isBootstrapCode } from '@/server/organisers/binding'
import { runSelftest } from '@/server/ops/selftest'
import { seed } from '@/server/seed'

async function officeAdminOrNull(): Promise<Actor | null> {
  const actor = await currentActor()
  return actor?.role.kind === 'office-admin' ? actor : null
}

export const main = defineFunction(opsContract, {
  async setup({ code, name }) {
    const openid = requireCaller()
    let actor = await officeAdminOrNull()
    if (!actor && !(code && name && isBootstrapCode(code))) {
      throw new AppError(
        'FORBIDDEN',
        '只有组委会办公室可以初始化；首次初始化请输入初始管理员邀请码和姓名',
      )
    }
    // An admin's setup is counted; the bootstrap path runs once, before the counters' collection
    // exists, and its code is too long to guess.
    if (actor) await spendAllowance('ops.setup', actor.openid)
    const report = await seed(campaignData, { includeSamples: false })
    const boundAsOfficeAdmin = !actor
    if (!actor && code && name) {
      const member = await bindMember(code, openid, name, now())
      actor = { openid, name, role: member.role }
    }
    await recordAudit(
      actor!,
      'ops.setup',
      campaignData.campaign._id,
      `初始化：新建集合 ${report.collectionsCreated.length} 个，宣传周数据${report.campaign === 'unchanged' ? '未变' : '已载入'}`,
    )
    return {
      collectionsCreated: report.collectionsCreated,
      campaign: report.campaign,
      eventsWritten: report.eventsWritten,
      boundAsOfficeAdmin,
    }
  },

  async selftest() {
    const actor = await requireActor((role) => role.kind === 'office-admin')
    await spendAllowance('ops.selftest', actor.openid)
    return runSelftest()
  },
})
