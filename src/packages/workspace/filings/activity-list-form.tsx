// 主题活动情况清单: the unit's planned activities, filed once; each becomes an event draft of the
// unit. Every row is checked by the same rule the server applies (checkEventDraft) before it is
// sent, and the server's own problems come back keyed `activities.<row>.<field>`.
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { PlannedActivity, UnitFilings } from '@/contracts/filings'
import { checkEventDraft, type EditContext } from '@/domain/event-edit'
import type { Day } from '@/domain/time'
import { callCloud } from '@/services/cloud'
import { ActivityRow, emptyRow, type ActivityRowDraft } from './activity-row'
import { MAX_LISTED_ACTIVITIES, plannedActivityDraft } from '@/domain/filings'
import { ProblemAlert } from '../problem-alert'

export interface ActivityListFormProps {
  unit: { id: string; name: string }
  /** The campaign's days and units, as the server checks them. */
  context: EditContext
  /** The week's first day, where a row's day picker opens. */
  firstDay: Day
  onFiled: (filings: UnitFilings) => void
}

function plannedActivity(row: ActivityRowDraft): PlannedActivity {
  const description = row.description.trim()
  return {
    title: row.title.trim(),
    day: row.day,
    ...(row.startTime ? { startTime: row.startTime } : {}),
    ...(row.endTime ? { endTime: row.endTime } : {}),
    placeName: row.placeName.trim(),
    audiences: row.audiences,
    forms: row.forms,
    ...(description ? { description } : {}),
  }
}

function rowProblems(rows: ActivityRowDraft[], props: ActivityListFormProps) {
  const problems: Record<string, string> = {}
  rows.forEach((row, i) => {
    const result = checkEventDraft(
      plannedActivityDraft(plannedActivity(row), props.unit),
      props.context,
    )
    if (result.ok) return
    for (const [field, problem] of Object.entries(result.problems)) {
      problems[`activities.${i}.${field}`] = problem
    }
  })
  return problems
}

/** '第1、3项活动' for the rows that have problems. */
function rowsNamed(problems: Record<string, string>): string {
  const rows = new Set(
    Object.keys(problems).flatMap((key) => {
      const match = /^activities\.(\d+)\./.exec(key)
      return match ? [Number(match[1]) + 1] : []
    }),
  )
  return `第${[...rows].sort((a, b) => a - b).join('、')}项活动`
}

/** The problems of the other rows. */
const withoutRow = (problems: Record<string, string>, i: number) =>
  Object.fromEntries(
    Object.entries(problems).filter(([key]) => !key.startsWith(`activities.${i}.`)),
  )

export function ActivityListForm(props: ActivityListFormProps) {
  const nextKey = useRef(1)
  const [rows, setRows] = useState<ActivityRowDraft[]>(() => [emptyRow(0)])
  const [problems, setProblems] = useState<Record<string, string>>({})
  /** The server's refusal, in its words (which name every problem with its row). */
  const [refusal, setRefusal] = useState<string>()
  const [busy, setBusy] = useState(false)

  const problemsOf = (i: number) =>
    Object.fromEntries(
      Object.entries(problems).flatMap(([key, problem]) =>
        key.startsWith(`activities.${i}.`) ? [[key.slice(`activities.${i}.`.length), problem]] : [],
      ),
    )
  const change = (i: number, changed: ActivityRowDraft) => {
    setRows(rows.map((row, k) => (k === i ? changed : row)))
    setProblems(withoutRow(problems, i))
    setRefusal(undefined)
  }
  // Problems are keyed by position, which a removal shifts: they are found again on submit.
  const remove = (i: number) => {
    setRows(rows.filter((_, k) => k !== i))
    setProblems({})
    setRefusal(undefined)
  }

  const submit = async () => {
    if (busy) return
    setRefusal(undefined)
    const found = rowProblems(rows, props)
    setProblems(found)
    if (Object.keys(found).length > 0) return
    const { confirm } = await Taro.showModal({
      title: '报送主题活动情况清单',
      content: `共 ${rows.length} 项活动。清单只能报送一次，报送后每项活动会生成一份本单位的活动草稿。`,
      confirmText: '确认报送',
      cancelText: '再看看',
    })
    if (!confirm) return
    setBusy(true)
    const result = await callCloud('filings', 'submitActivityList', {
      unitId: props.unit.id,
      activities: rows.map(plannedActivity),
    })
    setBusy(false)
    if (result.ok) return props.onFiled(result.data)
    setProblems(result.error.fields ?? {})
    setRefusal(result.error.message)
  }

  const alert =
    refusal ??
    (Object.keys(problems).length > 0
      ? `${rowsNamed(problems)}有需要修改的地方，请按提示修改后再报送`
      : undefined)
  return (
    <View className="workspace__card" role="form" ariaLabel="主题活动情况清单">
      <Text className="workspace__note">
        逐项填写本单位宣传周期间的主题活动，最多 {MAX_LISTED_ACTIVITIES}{' '}
        项。清单只能报送一次，此后新增活动请在活动管理中新建。
      </Text>
      {rows.map((row, i) => (
        <ActivityRow
          key={row.key}
          row={row}
          index={i}
          days={props.context.days}
          openingDay={props.firstDay}
          problems={problemsOf(i)}
          onChange={(changed) => change(i, changed)}
          onRemove={rows.length > 1 ? () => remove(i) : undefined}
        />
      ))}
      {rows.length < MAX_LISTED_ACTIVITIES && (
        <Button
          className="workspace__action"
          onClick={() => setRows([...rows, emptyRow(nextKey.current++)])}
        >
          添加一项活动
        </Button>
      )}
      <ProblemAlert message={alert} />
      <Button
        className={`workspace__action workspace__action--primary${busy ? ' workspace__action--disabled' : ''}`}
        aria-disabled={busy ? 'true' : 'false'}
        onClick={() => void submit()}
      >
        {busy ? '正在报送…' : `报送清单（${rows.length} 项）`}
      </Button>
    </View>
  )
}
