// `npm start`: builds what is missing, starts the local cloud, loads the campaign on first run and
// serves the product on 127.0.0.1.
import { join, resolve } from 'node:path'
import { buildFunctions } from '../scripts/build-functions'
import { localAdminCode } from './admin-code'
import { FUNCTIONS_DIR, startLocalCloud, useLocalCloudInThisProcess } from './cloud'
import { startGateway } from './gateway/server'
import { buildH5, H5_DIR, h5BuildIsStale } from './h5-build'
import { startScheduler } from './scheduler'

const ROOT = resolve(__dirname, '..')

const step = (text: string) => console.log(`\x1b[36m›\x1b[0m ${text}`)
const done = (text: string) => console.log(`\x1b[32m✔\x1b[0m ${text}`)

async function main() {
  const host = process.env.HOST ?? '127.0.0.1'
  const port = Number(process.env.PORT ?? 8080)
  const dataDir = resolve(process.env.IPWEEK_DATA_DIR ?? join(ROOT, '.data'))

  if (h5BuildIsStale()) {
    step('building the H5 app (about a minute the first time)…')
    buildH5()
    done('H5 app built (dist/h5)')
  } else {
    done('H5 app is up to date (dist/h5)')
  }
  step('bundling the cloud functions…')
  done(`cloud functions bundled: ${(await buildFunctions()).join(', ')}`)

  step(`starting the local WeChat cloud (data in ${dataDir})…`)
  // Subscribe messages land in the local outbox only when their template is set.
  const env: Record<string, string> = {
    TEMPLATE_REGISTRATION_PROMOTED:
      process.env.TEMPLATE_REGISTRATION_PROMOTED ?? 'local-template-registration-promoted',
    TEMPLATE_EVENT_REMINDER: process.env.TEMPLATE_EVENT_REMINDER ?? 'local-template-event-reminder',
    TEMPLATE_EVENT_CHANGED: process.env.TEMPLATE_EVENT_CHANGED ?? 'local-template-event-changed',
  }
  if (process.env.IPWEEK_NOW) env.IPWEEK_NOW = process.env.IPWEEK_NOW
  env.IPWEEK_ADMIN_BOOTSTRAP_CODE =
    process.env.IPWEEK_ADMIN_BOOTSTRAP_CODE ?? localAdminCode(dataDir)
  const log = (line: string) => console.log(`  ${line}`)
  const cloud = await startLocalCloud({ dataDir, env, log })
  useLocalCloudInThisProcess(cloud.tcb)
  const { seed } = await import('../src/server/seed')
  const data = await import('../src/campaigns')
  const report = await seed(data, { includeSamples: process.env.IPWEEK_SAMPLES !== '0' })
  done(
    report.campaign === 'unchanged'
      ? `campaign "${data.campaign.title}" already loaded`
      : `campaign "${data.campaign.title}" ${report.campaign}, ${report.eventsWritten} events` +
          (report.samplesIncluded ? ' (sample events marked 示例)' : ''),
  )

  // Nothing runs yet, so seats a stopped runtime left taken are given back at once, by the job
  // the timer runs (which, with calls under way, waits for a second look first). Whoever it seats
  // from a waiting list is messaged as after any promotion.
  process.env.TEMPLATE_REGISTRATION_PROMOTED = env.TEMPLATE_REGISTRATION_PROMOTED
  const { recountSeats } = await import('../src/server/jobs/seat-recount')
  const seats = await recountSeats({ settled: true })
  if (seats.repaired || seats.promoted) {
    done(`seats given back after an unclean stop: ${seats.seatsFreed}; promoted: ${seats.promoted}`)
  }

  const scheduler = startScheduler({ functionsDir: FUNCTIONS_DIR, pool: cloud.pool, log })
  for (const { functionName, name, cron } of scheduler.triggers) {
    done(`timer trigger ${functionName}/${name}: ${cron} (UTC+8)`)
  }
  const gateway = await startGateway({
    host,
    port,
    h5Dir: H5_DIR,
    storageOrigin: new URL(cloud.tcb.url).origin,
    pool: cloud.pool,
  })
  const loopback = host === '127.0.0.1' || host === 'localhost'
  console.log(`\n  IP Week is ready: \x1b[1m${gateway.url}/\x1b[0m   (Ctrl+C to stop)`)
  console.log(
    loopback
      ? '  Listening on this machine only (set HOST to share it on a network).\n'
      : `\x1b[33m  ! Listening on ${host}: anyone who can reach it can act as any user (local sign-in has no password).\x1b[0m\n`,
  )

  const stop = async () => {
    scheduler.stop()
    await gateway.close()
    await cloud.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(`\x1b[31m✘\x1b[0m ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
