// The local environment's bootstrap code for the first office admin: made once per data
// directory, handed to the function instances by `npm start`, printed by `npm run admin-code`.
// In the cloud the operator sets IPWEEK_ADMIN_BOOTSTRAP_CODE on the organisers function instead.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { formatInviteCode, inviteCodeFrom } from '../src/domain/invite-code'

const FILE = 'admin-bootstrap-code'

export function localAdminCode(dataDir: string): string {
  const file = join(dataDir, FILE)
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  const code = formatInviteCode(inviteCodeFrom(randomBytes(12)))
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(file, `${code}\n`, { mode: 0o600 })
  return code
}

// `npm run admin-code` prints the local code; `-- --new` prints a fresh one for a cloud environment.
if (resolve(process.argv[1] ?? '') === __filename) {
  const fresh = process.argv.includes('--new')
  const dataDir = resolve(process.env.IPWEEK_DATA_DIR ?? join(__dirname, '..', '.data'))
  console.log(fresh ? formatInviteCode(inviteCodeFrom(randomBytes(12))) : localAdminCode(dataDir))
}
