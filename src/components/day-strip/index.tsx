import { ScrollView, Text, View } from '@tarojs/components'
import { dayParts } from '@/domain/calendar-days'
import type { Day } from '@/domain/time'
import './index.scss'

export interface DayStripProps {
  days: readonly Day[]
  selected: Day
  /** Highlighted when it is one of `days`. */
  today?: Day
  /** Events per day for the current filters; absent while loading or when unavailable. */
  counts?: Readonly<Record<Day, number>>
  onSelect: (day: Day) => void
}

/** The week as a row of days: weekday, date and how many events each day has. */
export function DayStrip({ days, selected, today, counts, onSelect }: DayStripProps) {
  return (
    <ScrollView className="day-strip" scrollX enhanced showScrollbar={false} ariaLabel="选择日期">
      <View className="day-strip__days">
        {days.map((day) => {
          const { weekday, date, monthDay } = dayParts(day)
          const count = counts?.[day]
          const isToday = day === today
          const isSelected = day === selected
          const label = [
            `${monthDay} ${weekday}`,
            isToday ? '今天' : undefined,
            count === undefined ? undefined : `${count} 场活动`,
            isSelected ? '已选中' : undefined,
          ]
            .filter(Boolean)
            .join('，')
          const className = [
            'day-strip__day',
            isSelected && 'day-strip__day--selected',
            isToday && 'day-strip__day--today',
            count === 0 && 'day-strip__day--empty',
          ]
            .filter(Boolean)
            .join(' ')
          return (
            <View
              key={day}
              className={className}
              role="button"
              ariaLabel={label}
              hoverClass="day-strip__day--pressed"
              onClick={() => onSelect(day)}
            >
              <Text className="day-strip__weekday">{isToday ? '今天' : weekday}</Text>
              <Text className="day-strip__date">{date}</Text>
              <Text className="day-strip__count">{count === undefined ? ' ' : `${count}场`}</Text>
            </View>
          )
        })}
      </View>
    </ScrollView>
  )
}
