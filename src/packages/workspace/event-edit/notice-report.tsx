// Who heard of the latest change of time or place, or of the cancellation, and the way to tell
// the rest when one call ran out of time.
import { Button, Text, View } from '@tarojs/components'
import type { NoticeReport as Report } from '@/contracts/event-admin'

export interface NoticeReportProps {
  report: Report
  busy: boolean
  onContinue: () => void
}

function summary({ sent, failed, remaining }: Report): string {
  if (sent === 0 && failed === 0 && !remaining) return '没有需要通知的报名人。'
  const parts = [`已通知 ${sent} 位报名人`]
  if (failed > 0) parts.push(`${failed} 位未能送达（可能未订阅通知），请另行联系`)
  return `${parts.join('，')}。`
}

export function NoticeReport({ report, busy, onContinue }: NoticeReportProps) {
  return (
    <View className="workspace__card" role="region" ariaLabel="报名人通知">
      <Text className="workspace__heading">
        {report.kind === 'cancelled' ? '取消通知' : '时间地点变更通知'}
      </Text>
      {report.templateConfigured ? (
        <Text className="workspace__text">{summary(report)}</Text>
      ) : (
        <View className="workspace__warning" role="alert">
          <Text>
            没有配置通知模板（云函数 eventAdmin 的环境变量
            TEMPLATE_EVENT_CHANGED），这次没有发出通知。请另行联系报名人。
          </Text>
        </View>
      )}
      {report.remaining && (
        <>
          <Text className="workspace__note">还有报名人没有通知到：一次只能通知一部分。</Text>
          <Button
            className={`workspace__action workspace__action--primary${busy ? ' workspace__action--disabled' : ''}`}
            aria-disabled={busy ? 'true' : 'false'}
            onClick={onContinue}
          >
            {busy ? '正在通知…' : '继续通知其余报名人'}
          </Button>
        </>
      )}
    </View>
  )
}
