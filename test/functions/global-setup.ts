// Function tests run the deployable bundles, so build them once per run.
import { buildFunctions } from '../../scripts/build-functions'

export default async function globalSetup(): Promise<void> {
  await buildFunctions()
}
