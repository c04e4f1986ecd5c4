// 绑定邀请码: becomes an organiser with the one-time code the committee office handed out. The
// server normalises and checks the code; its refusals (unknown or used code, too many tries,
// already an organiser) are shown as it words them.
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Screen } from '@/components/screen'
import { callCloud } from '@/services/cloud'
import { returnToWorkspace } from '@/services/navigation'
import { INVITE_VALID_DAYS } from '@/domain/request-limits'
import {
  InviteCodeFields,
  inviteCodeProblems,
  type InviteCodeProblems,
} from '../invite-code-fields'
import { ProblemAlert } from '../problem-alert'
import '../workspace.scss'

const CODE_LABEL = '邀请码'

interface Problems extends InviteCodeProblems {
  /** The server's answer about the request as a whole. */
  request?: string
}

export default function BindPage() {
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  const [problems, setProblems] = useState<Problems>({})
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    if (busy) return
    const found = inviteCodeProblems(CODE_LABEL, code, name)
    setProblems(found)
    if (found.code || found.name) return
    setBusy(true)
    const result = await callCloud('organisers', 'bind', { code, name: name.trim() })
    setBusy(false)
    if (!result.ok) {
      setProblems({ request: result.error.message })
      return
    }
    void Taro.showToast({ title: '绑定成功', icon: 'success' })
    returnToWorkspace()
  }

  return (
    <Screen className="workspace">
      <View className="workspace__card">
        <Text className="workspace__heading">绑定组委会工作人员身份</Text>
        <Text className="workspace__note">
          邀请码由组委会办公室发放，{INVITE_VALID_DAYS}{' '}
          天内有效，只能使用一次。绑定后，本微信号即拥有邀请码对应的权限。
        </Text>

        <InviteCodeFields
          id="bind"
          codeLabel={CODE_LABEL}
          code={code}
          name={name}
          onCode={setCode}
          onName={setName}
          problems={problems}
        />

        <ProblemAlert message={problems.request} />

        <Button
          className={`workspace__action workspace__action--primary${busy ? ' workspace__action--disabled' : ''}`}
          aria-disabled={busy ? 'true' : 'false'}
          onClick={() => void submit()}
        >
          {busy ? '正在绑定…' : '绑定'}
        </Button>
      </View>
    </Screen>
  )
}
