// 初始化: creates the collections and loads the week's data (safe to repeat). On an environment
// without an office admin it takes the bootstrap code and the caller's name, and makes the caller
// the first admin; the server decides, this form only asks for what it needs.
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { SetupReport } from '@/contracts/ops'
import { callCloud } from '@/services/cloud'
import {
  InviteCodeFields,
  inviteCodeProblems,
  type InviteCodeProblems,
} from '../invite-code-fields'
import { ProblemAlert } from '../problem-alert'

interface Problems extends InviteCodeProblems {
  request?: string
}

const CODE_LABEL = '初始管理员邀请码'

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

  const run = async () => {
    if (busy) return
    const found: Problems = needsCode ? inviteCodeProblems(CODE_LABEL, code, name) : {}
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
          <InviteCodeFields
            id="setup"
            codeLabel={CODE_LABEL}
            code={code}
            name={name}
            onCode={setCode}
            onName={setName}
            problems={problems}
          />
        </>
      )}
      <ProblemAlert message={problems.request} />
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
