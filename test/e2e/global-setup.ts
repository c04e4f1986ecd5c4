// Browser tests need the H5 app and the function bundles.
import { buildH5, h5BuildIsStale } from '../../local/h5-build'
import { buildFunctions } from '../../scripts/build-functions'

export default async function globalSetup(): Promise<void> {
  if (h5BuildIsStale()) buildH5()
  await buildFunctions()
}
