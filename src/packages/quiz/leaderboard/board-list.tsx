import { Text, View } from '@tarojs/components'
import type { LeaderboardEntry } from '@/contracts/quiz'
import { formatDuration } from '@/domain/quiz-format'

export interface BoardListProps {
  items: LeaderboardEntry[]
  /** Given on the whole board: a row's school opens that school's board. */
  onSchool?: (school: string) => void
}

/** The ranked rows: rank (medals for the first three), masked name, school, score and time. */
export function BoardList({ items, onSchool }: BoardListProps) {
  return (
    <View className="leaderboard__list" role="list" ariaLabel="排行榜">
      {items.map((entry, index) => (
        <View
          // Ranks repeat on ties and masked names collide: the position is the identity.
          key={index}
          className="leaderboard__row"
          role="listitem"
        >
          <Text
            className={`leaderboard__rank${entry.rank <= 3 ? ` leaderboard__rank--${entry.rank}` : ''}`}
          >
            {entry.rank}
          </Text>
          <View className="leaderboard__who">
            <Text className="leaderboard__name">{entry.name}</Text>
            {entry.school && <SchoolLabel school={entry.school} onSchool={onSchool} />}
          </View>
          <View className="leaderboard__result">
            <Text className="leaderboard__score">{entry.score}分</Text>
            <Text className="leaderboard__time">用时 {formatDuration(entry.durationSeconds)}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}

function SchoolLabel({
  school,
  onSchool,
}: {
  school: string
  onSchool?: (school: string) => void
}) {
  if (!onSchool) return <Text className="leaderboard__row-school">{school}</Text>
  return (
    <View
      className="leaderboard__row-school leaderboard__row-school--link"
      role="button"
      ariaLabel={`查看${school}的排行榜`}
      hoverClass="leaderboard__row-school--pressed"
      onClick={() => onSchool(school)}
    >
      <Text>{school}</Text>
    </View>
  )
}
