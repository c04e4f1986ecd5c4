// The audit log: one entry per organiser action that changed something, written after it did.
import { now } from '@/server/clock'
import type { Actor } from './access'
import { auditLog } from './records'

export async function recordAudit(
  actor: Actor,
  action: string,
  target: string,
  summary: string,
): Promise<void> {
  await auditLog().add({
    data: {
      at: now(),
      actor: actor.openid,
      actorName: actor.name,
      actorRole: actor.role.kind,
      action,
      target,
      summary,
    },
  })
}
