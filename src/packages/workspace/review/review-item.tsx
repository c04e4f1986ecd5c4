// A report waiting for review: everything that would be published, and the two decisions.
import { Button, Text, View } from '@tarojs/components'
import type { ReportView } from '@/contracts/filings'
import { formatInstant } from '../display'
import { PhotoStrip } from '../filings/photo-strip'
import { ReturnForm } from './return-form'
import { ProblemAlert } from '../problem-alert'

export interface ReviewItemProps {
  report: ReportView
  busy: boolean
  returning: boolean
  /** The server's refusal of the last decision on this report. */
  problem?: string
  onPublish: () => void
  onStartReturn: () => void
  onReturn: (reason: string) => void
  onCancelReturn: () => void
}

export function ReviewItem(props: ReviewItemProps) {
  const { report, busy, returning, problem } = props
  return (
    <View className="workspace__card" role="listitem" ariaLabel={report.title}>
      <Text className="review-item__unit">{report.unitName}</Text>
      <Text className="workspace__heading">{report.title}</Text>
      <Text className="workspace__note">
        {report.filedByName} 于 {formatInstant(report.filedAt)} 报送
      </Text>
      <Text className="review-item__text">{report.text}</Text>
      <PhotoStrip fileIDs={report.photos} label={`${report.title}的照片`} />
      <ProblemAlert message={problem} />
      {returning ? (
        <ReturnForm
          reportId={report.reportId}
          busy={busy}
          onReturn={props.onReturn}
          onCancel={props.onCancelReturn}
        />
      ) : (
        <View className="workspace__inline-actions">
          <Button
            className={`workspace__action workspace__action--small workspace__action--danger${busy ? ' workspace__action--disabled' : ''}`}
            aria-disabled={busy ? 'true' : 'false'}
            onClick={props.onStartReturn}
          >
            退回
          </Button>
          <Button
            className={`workspace__action workspace__action--small workspace__action--primary${busy ? ' workspace__action--disabled' : ''}`}
            aria-disabled={busy ? 'true' : 'false'}
            onClick={props.onPublish}
          >
            {busy ? '正在处理…' : '发布'}
          </Button>
        </View>
      )}
    </View>
  )
}
