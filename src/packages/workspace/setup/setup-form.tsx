// 初始化: creates the collections and loads the week's data (safe to repeat). On an environment
// without an office admin it takes the bootstrap code and the caller's name, and makes the caller
// the first admin; the server decides, this form only asks for what it needs.
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { SetupReport } from '@/contracts/ops'
import { INVITE_CODE_LENGTH, formatInviteCode, normaliseInviteCode } from '@/domain/invite-code'
import { callCloud } from '@/services/cloud'
import { PERSON_NAME_MAX } from '@/domain/request-limits'
import { TextField } from '../text-field'

interface Problems {
  code?: string
  name?: string
  request?: string
}

export interface SetupFormProps {
  /** The caller is not an office admin (yet): the bootstrap code and a name are needed. */
  needsCode: boolean
  onDone: (report: SetupReport) => void
}

export function SetupForm({ needsCode, onDone }: SetupFormProps) {
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  const [problems, setProblems] = useState<Problems>({})
  const [busy, setBusy] = useState(false)

  const typeCode = (typed: string) =>
    setCode(formatInviteCode(normaliseInviteCode(typed).slice(0, INVITE_CODE_LENGTH)))

  const run = async () => {
    if (busy) return
    const found: Problems = needsCode
      ? {
          ...(normaliseInviteCode(code).length !== INVITE_CODE_LENGTH
            ? { code: `初始管理员邀请码应为 ${INVITE_CODE_LENGTH} 位字母和数字` }
            : {}),
          ...(name.trim() ? {} : { name: '请填写你的姓名' }),
        }
      : {}
    setProblems(found)
    if (found.code || found.name) return
    setBusy(true)
    const result = await callCloud('ops', 'setup', needsCode ? { code, name: name.trim() } : {})
    setBusy(false)
    if (!result.ok) {
      setProblems({ request: result.error.message })
      return
    }
    onDone(result.data)
  }

  return (
    <View className="workspace__card" role="form" ariaLabel="初始化">
      <Text className="workspace__heading">初始化</Text>
      <Text className="workspace__note">
        创建所需的数据库集合，载入本届宣传周的方案数据（不含示例活动）。可以重复执行，已有的数据不会重复写入。
      </Text>
      {needsCode && (
        <>
          <Text className="workspace__note">
            首次初始化时还没有组委会办公室管理员：请输入部署时设置的初始管理员邀请码和你的姓名，初始化后你将成为第一位组委会办公室管理员。
          </Text>
          <TextField
            id="setup-code"
            label="初始管理员邀请码"
            value={code}
            onChange={typeCode}
            maxlength={INVITE_CODE_LENGTH + 8}
            placeholder="XXXX-XXXX-XXXX"
            error={problems.code}
          />
          <TextField
            id="setup-name"
            label="你的姓名"
            value={name}
            onChange={setName}
            maxlength={PERSON_NAME_MAX}
            placeholder="如 张三，显示在操作记录中"
            error={problems.name}
          />
        </>
      )}
      {problems.request && (
        <View className="workspace__alert" role="alert">
          <Text>{problems.request}</Text>
        </View>
      )}
      <Button
        className={`workspace__action workspace__action--primary${busy ? ' workspace__action--disabled' : ''}`}
        aria-disabled={busy ? 'true' : 'false'}
        onClick={() => void run()}
      >
        {busy ? '正在初始化…' : '运行初始化'}
      </Button>
    </View>
  )
}
