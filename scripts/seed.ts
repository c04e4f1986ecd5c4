// Loads the campaign data module into a WeChat cloud environment (idempotent; sample events are
// never loaded here). Locally, `npm start` seeds its own store on first run instead.
//
//   TENCENTCLOUD_SECRETID=… TENCENTCLOUD_SECRETKEY=… npm run seed -- --env <cloud-env-id>
//
// The keys are a Tencent Cloud API key pair of the account that owns the environment.
import { parseArgs } from 'node:util'

async function main() {
  const { values } = parseArgs({ options: { env: { type: 'string' } } })
  if (!values.env) throw new Error('usage: npm run seed -- --env <cloud-env-id>')
  if (!process.env.TENCENTCLOUD_SECRETID || !process.env.TENCENTCLOUD_SECRETKEY) {
    throw new Error(
      'set TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY to an API key of the cloud account',
    )
  }
  // cloud.DYNAMIC_CURRENT_ENV resolves to TCB_ENV outside the cloud.
  process.env.TCB_ENV = values.env
  const { seed } = await import('../src/server/seed')
  const data = await import('../src/campaigns')
  const report = await seed(data, { includeSamples: false })
  console.log(JSON.stringify(report, null, 2))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
