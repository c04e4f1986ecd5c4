// A page that needs the campaign: shows loading and errors (with retry) until campaign.get
// answers, then renders its content.
import type { ReactNode } from 'react'
import { LoadState } from '@/components/load-state'
import { Screen } from '@/components/screen'
import type { CampaignOverview } from '@/contracts/campaign'
import { useCloud } from '@/services/use-cloud'

export interface CampaignScreenProps {
  className?: string
  children: (overview: CampaignOverview) => ReactNode
}

export function CampaignScreen({ className, children }: CampaignScreenProps) {
  const overview = useCloud('campaign', 'get', {})
  if (overview.status !== 'ready') {
    return (
      <Screen>
        <LoadState
          error={overview.status === 'failed' ? overview.error : undefined}
          onRetry={overview.reload}
        />
      </Screen>
    )
  }
  return <Screen className={className}>{children(overview.data)}</Screen>
}
