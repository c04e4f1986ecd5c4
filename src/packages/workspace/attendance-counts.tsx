// An event's live counts at the desk: who is in, who is still expected, and the seats.
import { Text, View } from '@tarojs/components'
import type { AttendanceCounts as Counts } from '@/contracts/attendance'
import './attendance-counts.scss'

export function AttendanceCounts({ counts }: { counts: Counts }) {
  const { byStatus } = counts
  const waiting = [
    byStatus.pending.registrations > 0 && `待审核 ${byStatus.pending.registrations} 份`,
    byStatus.waitlisted.registrations > 0 && `候补 ${byStatus.waitlisted.registrations} 份`,
  ].filter(Boolean)
  const tiles: Array<[string, string, string]> = [
    [
      '已签到',
      `${byStatus['checked-in'].people}`,
      `${byStatus['checked-in'].registrations} 份报名`,
    ],
    ['未签到', `${byStatus.confirmed.people}`, `${byStatus.confirmed.registrations} 份报名`],
    ['剩余名额', `${Math.max(0, counts.capacity - counts.seatsTaken)}`, `共 ${counts.capacity} 个`],
  ]
  return (
    <View className="attendance-counts" role="region" ariaLabel="到场人数">
      <View className="attendance-counts__tiles">
        {tiles.map(([label, value, note]) => (
          <View
            key={label}
            className="attendance-counts__tile"
            ariaLabel={`${label} ${value}，${note}`}
          >
            <Text className="attendance-counts__label">{label}</Text>
            <Text className="attendance-counts__value">{value}</Text>
            <Text className="attendance-counts__note">{note}</Text>
          </View>
        ))}
      </View>
      {waiting.length > 0 && (
        <Text className="attendance-counts__waiting">{waiting.join(' · ')}</Text>
      )}
    </View>
  )
}
