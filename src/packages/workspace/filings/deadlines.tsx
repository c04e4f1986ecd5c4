// 报送期限: the two deadlines of the plan, each with where the unit stands.
import { Text, View } from '@tarojs/components'
import type { DeadlineView } from '@/contracts/filings'
import { DEADLINE_TONE, deadlineLine } from './display'

export interface DeadlinesProps {
  deadlines: { name: string; deadline: DeadlineView }[]
  /** The server's clock, which the states were worked out by. */
  now: string
}

export function Deadlines({ deadlines, now }: DeadlinesProps) {
  return (
    <View className="workspace__card" role="region" ariaLabel="报送期限">
      <Text className="workspace__heading">报送期限</Text>
      {deadlines.map(({ name, deadline }) => (
        <View key={name} className="deadline">
          <View className="workspace__row-head">
            <Text className="deadline__name">{name}</Text>
            <Text
              className={`workspace__status workspace__status--${DEADLINE_TONE[deadline.state]}`}
            >
              {deadline.stateText}
            </Text>
          </View>
          <Text className="workspace__note">{deadlineLine(deadline, now)}</Text>
        </View>
      ))}
      <Text className="workspace__note">活动信息在宣传周期间随时报送。</Text>
    </View>
  )
}
