import { callCloud } from '@/services/cloud'
import { useCloudQuery } from '@/services/use-cloud-query'

/** The caller's organiser role (`organiser: null` for everyone else). */
export function useOrganiser() {
  return useCloudQuery('organisers.me', () => callCloud('organisers', 'me', {}))
}
