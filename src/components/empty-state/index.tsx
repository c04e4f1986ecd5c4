import { Button, Text, View } from '@tarojs/components'
import './index.scss'

export interface EmptyStateAction {
  label: string
  onClick: () => void
  primary?: boolean
}

/** Nothing to show: says so plainly and offers what to try next. */
export function EmptyState({
  title,
  hint,
  actions = [],
}: {
  title: string
  hint?: string
  actions?: EmptyStateAction[]
}) {
  return (
    <View className="empty-state" role="status">
      <Text className="empty-state__title">{title}</Text>
      {hint && <Text className="empty-state__hint">{hint}</Text>}
      {actions.map((action) => (
        <Button
          key={action.label}
          className={`empty-state__action${action.primary ? ' empty-state__action--primary' : ''}`}
          onClick={action.onClick}
        >
          {action.label}
        </Button>
      ))}
    </View>
  )
}
