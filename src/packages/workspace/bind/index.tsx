// 绑定邀请码: becomes an organiser with the one-time code the committee office handed out. The
// server normalises and checks the code; its refusals (unknown or used code, too many tries,
// already an organiser) are shown as it words them.
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Screen } from '@/components/screen'
import { INVITE_CODE_LENGTH, formatInviteCode, normaliseInviteCode } from '@/domain/invite-code'
import { callCloud } from '@/services/cloud'
import { returnToWorkspace } from '@/services/navigation'
import { INVITE_VALID_DAYS, PERSON_NAME_MAX } from '@/domain/request-limits'
import { TextField } from '../text-field'
import '../workspace.scss'

interface Problems {
  code?: string
  name?: string
  /** The server's answer about the request as a whole. */
  request?: string
}

function problemsOf(code: string, name: string): Problems {
  return {
    ...(normaliseInviteCode(code).length !== INVITE_CODE_LENGTH
      ? { code: `邀请码应为 ${INVITE_CODE_LENGTH} 位字母和数字` }
      : {}),
    ...(name.trim() ? {} : { name: '请填写你的姓名' }),
  }
}

export default function BindPage() {
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  const [problems, setProblems] = useState<Problems>({})
  const [busy, setBusy] = useState(false)

  // Shown in groups of four as typed, whatever case or separators were used.
  const typeCode = (typed: string) =>
    setCode(formatInviteCode(normaliseInviteCode(typed).slice(0, INVITE_CODE_LENGTH)))

  const submit = async () => {
    if (busy) return
    const found = problemsOf(code, name)
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

        <TextField
          id="bind-code"
          label="邀请码"
          value={code}
          onChange={typeCode}
          maxlength={INVITE_CODE_LENGTH + 8}
          placeholder="XXXX-XXXX-XXXX"
          error={problems.code}
        />
        <TextField
          id="bind-name"
          label="你的姓名"
          value={name}
          onChange={setName}
          maxlength={PERSON_NAME_MAX}
          placeholder="如 张三，显示在操作记录中"
          error={problems.name}
        />

        {problems.request && (
          <View className="workspace__alert" role="alert">
            <Text>{problems.request}</Text>
          </View>
        )}

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
