// A small table of counts: the first column names the row, the others are right-aligned numbers.
import { Text, View } from '@tarojs/components'

export interface FigureTableProps {
  label: string
  columns: string[]
  rows: { key: string; name: string; values: number[] }[]
}

const cellClass = (i: number) => `figure-table__cell${i === 0 ? ' figure-table__cell--name' : ''}`

export function FigureTable({ label, columns, rows }: FigureTableProps) {
  return (
    <View className="figure-table" role="table" ariaLabel={label}>
      <View className="figure-table__row figure-table__row--head" role="row">
        {columns.map((column, i) => (
          <View key={column} className={cellClass(i)} role="columnheader">
            <Text>{column}</Text>
          </View>
        ))}
      </View>
      {rows.map((row) => (
        <View key={row.key} className="figure-table__row" role="row">
          <View className={cellClass(0)} role="rowheader">
            <Text>{row.name}</Text>
          </View>
          {row.values.map((value, i) => (
            <View key={columns[i + 1]} className={cellClass(i + 1)} role="cell">
              <Text>{value.toLocaleString('zh-CN')}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
