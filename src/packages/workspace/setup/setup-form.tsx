// 初始化: creates the collections and loads the week's data (safe to repeat). On an environment
// without an office admin it takes the bootstrap code and the caller's name, and makes the caller
// the first admin; the server decides, this form only asks for what it needs.
import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { SetupReport } from '@/contracts/ops'
import { INVITE_CODE_LENGTH, formatInviteCode, normaliseInviteCode } from '@/domain/invite-code'
import { callCloud } from '@/services/cloud'
import { PERSON_NAME_MAX } from '../limits'

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
          <View className="workspace__field">
            <Text className="workspace__field__label">初始管理员邀请码</Text>
            <Input
              className={`workspace__input${problems.code ? ' workspace__input--invalid' : ''}`}
              value={code}
              placeholder="XXXX-XXXX-XXXX"
              placeholderClass="workspace__placeholder"
              maxlength={INVITE_CODE_LENGTH + 8}
              ariaLabel="初始管理员邀请码"
              nativeProps={{ 'aria-label': '初始管理员邀请码' }}
              onInput={(event) => typeCode(event.detail.value)}
            />
            {problems.code && <Text className="workspace__error">{problems.code}</Text>}
          </View>
          <View className="workspace__field">
            <Text className="workspace__field__label">你的姓名</Text>
            <Input
              className={`workspace__input${problems.name ? ' workspace__input--invalid' : ''}`}
              value={name}
              placeholder="如 张三，显示在操作记录中"
              placeholderClass="workspace__placeholder"
              maxlength={PERSON_NAME_MAX}
              ariaLabel="你的姓名"
              nativeProps={{ 'aria-label': '你的姓名' }}
              onInput={(event) => setName(event.detail.value)}
            />
            {problems.name && <Text className="workspace__error">{problems.name}</Text>}
          </View>
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
