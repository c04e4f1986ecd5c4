// How a ticket reaches the desk: the camera on WeChat (the ticket's QR code), and everywhere the
// six-digit code typed in, for a phone whose screen will not scan or a browser without a scanner.
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'

const CODE_LENGTH = 6

export interface TicketEntryProps {
  busy: boolean
  /** A QR code's text or a six-digit code; resolves once the desk has answered. */
  onTicket: (ticket: string) => Promise<void>
  onScanProblem: (message: string) => void
}

export function TicketEntry({ busy, onTicket, onScanProblem }: TicketEntryProps) {
  const [code, setCode] = useState('')
  const complete = code.length === CODE_LENGTH

  const scan = async () => {
    if (busy) return
    let text: string
    try {
      text = (await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })).result
    } catch (error) {
      // Closing the scanner is not a problem; a camera that will not open is.
      const message = (error as { errMsg?: string } | undefined)?.errMsg ?? ''
      if (!message.includes('cancel')) {
        onScanProblem('无法打开相机扫码：请在设置中允许使用摄像头，或输入6位签到码')
      }
      return
    }
    await onTicket(text)
  }

  const submitCode = async () => {
    if (busy || !complete) return
    await onTicket(code)
    setCode('')
  }

  return (
    <View className="ticket-entry">
      {process.env.TARO_ENV === 'weapp' && (
        <Button
          className={`ticket-entry__scan${busy ? ' workspace__action--disabled' : ''}`}
          aria-disabled={busy ? 'true' : 'false'}
          onClick={() => void scan()}
        >
          扫码签到
        </Button>
      )}
      <View className="ticket-entry__code">
        <Text className="ticket-entry__label" id="checkin-code-label">
          {process.env.TARO_ENV === 'weapp'
            ? '扫不出来？输入6位签到码'
            : '输入入场凭证上的6位签到码'}
        </Text>
        <View className="ticket-entry__row">
          <Input
            className="ticket-entry__input"
            type={process.env.TARO_ENV === 'weapp' ? 'number' : 'text'}
            value={code}
            placeholder="6位数字"
            placeholderClass="workspace__placeholder"
            // Room for the space the ticket shows between the two groups of three.
            maxlength={CODE_LENGTH * 2}
            confirmType="done"
            ariaLabel="6位签到码"
            nativeProps={{ 'aria-labelledby': 'checkin-code-label', inputMode: 'numeric' }}
            onInput={(event) =>
              setCode(event.detail.value.replace(/\D/g, '').slice(0, CODE_LENGTH))
            }
            onConfirm={() => void submitCode()}
          />
          <Button
            className={`ticket-entry__submit${busy || !complete ? ' workspace__action--disabled' : ''}`}
            aria-disabled={busy || !complete ? 'true' : 'false'}
            onClick={() => void submitCode()}
          >
            签到
          </Button>
        </View>
      </View>
    </View>
  )
}
