// 报送活动信息: a report on an activity (title, text, photos), sent to the office for review;
// public on the home page once the office publishes it and WeChat's content checks pass.
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ReportView } from '@/contracts/filings'
import { callCloud } from '@/services/cloud'
import { REPORT_TEXT_LENGTH, REPORT_TITLE_LENGTH } from '@/domain/filings'
import { lengthProblem } from '@/domain/text-input'
import { PhotoField } from './photo-field'
import { TextField } from '../text-field'
import { ProblemAlert } from '../problem-alert'

export interface ReportFormProps {
  unitId: string
  onFiled: (report: ReportView) => void
  onCancel: () => void
}

export function ReportForm({ unitId, onFiled, onCancel }: ReportFormProps) {
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const [problems, setProblems] = useState<{ title?: string; text?: string }>({})
  const [refusal, setRefusal] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [uploading, setUploading] = useState(false)

  const submit = async () => {
    if (busy || uploading) return
    const found = {
      title: lengthProblem('标题', title.trim(), REPORT_TITLE_LENGTH),
      text: lengthProblem('正文', text.trim(), REPORT_TEXT_LENGTH, true),
    }
    setProblems(found)
    setRefusal(undefined)
    if (found.title || found.text) return
    setBusy(true)
    const result = await callCloud('filings', 'submitReport', {
      unitId,
      title: title.trim(),
      text: text.trim(),
      photos,
    })
    setBusy(false)
    if (!result.ok) return setRefusal(result.error.message)
    void Taro.showToast({ title: '已报送，等待审核', icon: 'success' })
    onFiled(result.data)
  }

  return (
    <View className="workspace__card" role="form" ariaLabel="报送活动信息">
      <Text className="workspace__heading">报送活动信息</Text>
      <Text className="workspace__note">
        组委会办公室审核、并通过微信内容安全检查后，发布在首页“宣传周动态”。
      </Text>
      <TextField
        id="report-title"
        label="标题"
        value={title}
        maxlength={REPORT_TITLE_LENGTH.max}
        placeholder="如 市教育局开展知识产权进校园活动"
        error={problems.title}
        onChange={setTitle}
      />
      <TextField
        id="report-text"
        label="正文"
        multiline
        value={text}
        maxlength={REPORT_TEXT_LENGTH.max}
        placeholder="时间、地点、参加人员、主要内容和成效"
        error={problems.text}
        onChange={setText}
      />
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
          {busy ? '正在报送…' : uploading ? '照片上传中…' : '提交审核'}
        </Button>
        <Button className="workspace__action" onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  )
}
