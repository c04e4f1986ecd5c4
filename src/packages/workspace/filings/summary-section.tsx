// 活动总结: the unit's summary after the week, with photos and three figures. Filing again
// replaces it; lateness counts from the first filing.
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { SummaryFigures, SummaryView, UnitFilings } from '@/contracts/filings'
import { callCloud } from '@/services/cloud'
import { MAX_FIGURE, SUMMARY_TEXT_LENGTH } from '@/domain/filings'
import { lengthProblem } from '@/domain/text-input'
import { PhotoField } from './photo-field'
import { PhotoStrip } from './photo-strip'
import { TextField } from '../text-field'
import { ProblemAlert } from '../problem-alert'

const FIGURES: { key: keyof SummaryFigures; label: string; unit: string; hint?: string }[] = [
  { key: 'activitiesHeld', label: '开展活动', unit: '场' },
  { key: 'participants', label: '参与人数', unit: '人次' },
  { key: 'mediaReach', label: '媒体宣传覆盖', unit: '人次', hint: '阅读、观看、收听人次，可估算' },
]

type FigureTexts = Record<keyof SummaryFigures, string>

export interface SummarySectionProps {
  unitId: string
  summary: SummaryView
  onFiled: (filings: UnitFilings) => void
}

export function SummarySection({ unitId, summary, onFiled }: SummarySectionProps) {
  const [editing, setEditing] = useState(false)
  if (summary.text !== undefined && !editing) {
    return (
      <View className="workspace__card" role="region" ariaLabel="已报送的活动总结">
        <View className="summary-figures">
          {FIGURES.map(({ key, label, unit }) => (
            <View key={key} className="summary-figures__figure">
              <Text className="summary-figures__value">
                {summary.figures?.[key].toLocaleString('zh-CN') ?? '—'}
                <Text className="summary-figures__unit"> {unit}</Text>
              </Text>
              <Text className="summary-figures__label">{label}</Text>
            </View>
          ))}
        </View>
        <Text className="filing-text">{summary.text}</Text>
        <PhotoStrip fileIDs={summary.photos ?? []} label="活动总结的照片" />
        <Button className="workspace__action" onClick={() => setEditing(true)}>
          修改总结
        </Button>
      </View>
    )
  }
  return (
    <SummaryForm
      unitId={unitId}
      summary={summary}
      onFiled={(filings) => {
        setEditing(false)
        onFiled(filings)
      }}
      onCancel={summary.text !== undefined ? () => setEditing(false) : undefined}
    />
  )
}

/** A whole count within what the server accepts, or undefined. */
function countOf(text: string): number | undefined {
  const value = Number(text.trim())
  return /^\d+$/.test(text.trim()) && value <= MAX_FIGURE ? value : undefined
}

function SummaryForm(props: {
  unitId: string
  summary: SummaryView
  onFiled: (filings: UnitFilings) => void
  onCancel?: () => void
}) {
  const { unitId, summary, onFiled, onCancel } = props
  const [text, setText] = useState(summary.text ?? '')
  const [photos, setPhotos] = useState<string[]>(summary.photos ?? [])
  const [figures, setFigures] = useState<FigureTexts>(() => ({
    activitiesHeld: String(summary.figures?.activitiesHeld ?? ''),
    participants: String(summary.figures?.participants ?? ''),
    mediaReach: String(summary.figures?.mediaReach ?? ''),
  }))
  const [problems, setProblems] = useState<Partial<Record<'text' | keyof SummaryFigures, string>>>(
    {},
  )
  const [refusal, setRefusal] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [uploading, setUploading] = useState(false)

  const submit = async () => {
    if (busy || uploading) return
    const found: typeof problems = {
      text: lengthProblem('总结', text.trim(), SUMMARY_TEXT_LENGTH, true),
    }
    const counts = {} as SummaryFigures
    for (const { key, label } of FIGURES) {
      const count = countOf(figures[key])
      if (count === undefined)
        found[key] = `请填写${label}（0 至 ${MAX_FIGURE.toLocaleString('zh-CN')} 的整数）`
      else counts[key] = count
    }
    setProblems(found)
    setRefusal(undefined)
    if (Object.values(found).some(Boolean)) return
    setBusy(true)
    const result = await callCloud('filings', 'submitSummary', {
      unitId,
      text: text.trim(),
      photos,
      figures: counts,
    })
    setBusy(false)
    if (!result.ok) return setRefusal(result.error.message)
    void Taro.showToast({ title: '活动总结已报送', icon: 'success' })
    onFiled(result.data)
  }

  return (
    <View className="workspace__card" role="form" ariaLabel="活动总结">
      <TextField
        id="summary-text"
        label="总结内容"
        multiline
        value={text}
        maxlength={SUMMARY_TEXT_LENGTH.max}
        placeholder="宣传周期间开展的活动、受众和成效"
        error={problems.text}
        onChange={setText}
      />
      {FIGURES.map(({ key, label, unit, hint }) => (
        <TextField
          key={key}
          id={`summary-${key}`}
          label={`${label}（${unit}）`}
          placeholder={hint}
          numeric
          value={figures[key]}
          maxlength={9}
          error={problems[key]}
          onChange={(value) => setFigures({ ...figures, [key]: value })}
        />
      ))}
      <PhotoField
        unitId={unitId}
        fileIDs={photos}
        onChange={setPhotos}
        onUploading={setUploading}
      />
      <ProblemAlert message={refusal} />
      <View className="workspace__actions">
        <Button
          className={`workspace__action workspace__action--primary${busy || uploading ? ' workspace__action--disabled' : ''}`}
          aria-disabled={busy || uploading ? 'true' : 'false'}
          onClick={() => void submit()}
        >
          {busy
            ? '正在报送…'
            : uploading
              ? '照片上传中…'
              : summary.text !== undefined
                ? '重新报送总结'
                : '报送总结'}
        </Button>
        {onCancel && (
          <Button className="workspace__action" onClick={onCancel}>
            取消
          </Button>
        )}
      </View>
    </View>
  )
}
