import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ChipGroup } from '@/components/chip-group'
import { SearchBox } from '@/components/search-box'
import { UnitPicker } from '@/components/unit-picker'
import type { Unit } from '@/domain/campaign'
import {
  SEARCH_MAX_LENGTH,
  cleanFilters,
  filterLabels,
  type CalendarFilters,
} from '@/domain/calendar-filters'
import { AUDIENCES, AUDIENCE_LABELS, FORMS, FORM_LABELS } from '@/domain/event'
import './index.scss'

const AUDIENCE_OPTIONS = AUDIENCES.map((value) => ({ value, label: AUDIENCE_LABELS[value] }))
const FORM_OPTIONS = FORMS.map((value) => ({ value, label: FORM_LABELS[value] }))

export interface EventFiltersProps {
  filters: CalendarFilters
  /** Host units to choose from (the committee's). */
  units: readonly Unit[]
  onChange: (filters: CalendarFilters) => void
}

/** Search, then audience, form and host unit behind a 筛选 button, with what is set in view. */
export function EventFilters({ filters, units, onChange }: EventFiltersProps) {
  const [open, setOpen] = useState(false)
  const set = (change: CalendarFilters) => onChange(cleanFilters({ ...filters, ...change }))
  const labels = filterLabels(filters, units)
  const chosen = filterLabels({ ...filters, q: undefined }, units).length

  return (
    <View className="event-filters">
      <SearchBox
        value={filters.q}
        placeholder="搜索活动名称、单位或地点"
        maxLength={SEARCH_MAX_LENGTH}
        onSearch={(q) => set({ q })}
      />
      <View className="event-filters__bar">
        <View
          className={`event-filters__toggle${chosen > 0 ? ' event-filters__toggle--active' : ''}`}
          role="button"
          ariaLabel={
            open
              ? '收起筛选条件'
              : `按人群、形式或主办单位筛选${chosen ? `，已选 ${chosen} 项` : ''}`
          }
          hoverClass="event-filters__toggle--pressed"
          onClick={() => setOpen(!open)}
        >
          <Text>{open ? '收起筛选 ▲' : `筛选${chosen ? `（${chosen}）` : ''} ▼`}</Text>
        </View>
        {labels.length > 0 && (
          <View
            className="event-filters__clear"
            role="button"
            ariaLabel="清除全部筛选条件"
            hoverClass="event-filters__toggle--pressed"
            onClick={() => onChange({})}
          >
            <Text>清除筛选</Text>
          </View>
        )}
      </View>
      {labels.length > 0 && (
        <View className="event-filters__summary" role="status">
          <Text>已筛选：{labels.join('、')}</Text>
        </View>
      )}
      {open && (
        <View className="event-filters__panel" role="region" ariaLabel="筛选条件">
          <ChipGroup
            label="面向人群"
            options={AUDIENCE_OPTIONS}
            value={filters.audience}
            onChange={(audience) => set({ audience })}
          />
          <ChipGroup
            label="活动形式"
            options={FORM_OPTIONS}
            value={filters.form}
            onChange={(form) => set({ form })}
          />
          <UnitPicker
            label="主办单位"
            units={units}
            value={filters.unit}
            onChange={(unit) => set({ unit })}
          />
          <Button className="event-filters__done" onClick={() => setOpen(false)}>
            完成
          </Button>
        </View>
      )}
    </View>
  )
}
