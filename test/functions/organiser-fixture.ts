// Organisers for function tests: the first office admin bound with the environment's bootstrap
// code, then anyone else invited by them, all through the gateway as in real use.
import type { CloudResult } from '@/contracts/errors'
import type { OrganiserRole } from '@/domain/organiser-roles'
import { startTestCloud, type TestCloud, type TestCloudOptions } from './local-cloud'

export const BOOTSTRAP_CODE = 'K7M2-Q9PX-4RTW'
export const OFFICE_ADMIN = 'office-admin'

/** A test cloud whose organisers function knows BOOTSTRAP_CODE. */
export function startOrganiserCloud(options: TestCloudOptions = {}): Promise<TestCloud> {
  return startTestCloud({
    ...options,
    env: { ...options.env, IPWEEK_ADMIN_BOOTSTRAP_CODE: BOOTSTRAP_CODE },
  })
}

async function organisersCall<T>(t: TestCloud, openid: string, body: object): Promise<T> {
  const { body: result } = await t.call<CloudResult<T>>('organisers', body, openid)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.data
}

/** Binds OFFICE_ADMIN with the bootstrap code. */
export async function bindOfficeAdmin(t: TestCloud, name = '王主任'): Promise<void> {
  await organisersCall(t, OFFICE_ADMIN, { action: 'bind', code: BOOTSTRAP_CODE, name })
}

/** The office admin invites `openid` to `role`, and they bind. */
export async function bindOrganiser(
  t: TestCloud,
  openid: string,
  role: OrganiserRole,
  name: string,
): Promise<void> {
  const { code } = await organisersCall<{ code: string }>(t, OFFICE_ADMIN, {
    action: 'createInvite',
    role,
  })
  await organisersCall(t, openid, { action: 'bind', code, name })
}
