// The one-time code and the person's name, as binding with an invite and the first setup ask for
// them: the code is shown in groups of four as typed, whatever case or separators were used.
import { INVITE_CODE_LENGTH, formatInviteCode, normaliseInviteCode } from '@/domain/invite-code'
import { PERSON_NAME_MAX } from '@/domain/request-limits'
import { TextField } from './text-field'

export interface InviteCodeProblems {
  code?: string
  name?: string
}

/** What is wrong with the code (called `codeLabel` on the page) and the name, if anything. */
export function inviteCodeProblems(
  codeLabel: string,
  code: string,
  name: string,
): InviteCodeProblems {
  return {
    ...(normaliseInviteCode(code).length !== INVITE_CODE_LENGTH
      ? { code: `${codeLabel}应为 ${INVITE_CODE_LENGTH} 位字母和数字` }
      : {}),
    ...(name.trim() ? {} : { name: '请填写你的姓名' }),
  }
}

export interface InviteCodeFieldsProps {
  /** Prefix of the fields' ids. */
  id: string
  codeLabel: string
  code: string
  name: string
  onCode: (code: string) => void
  onName: (name: string) => void
  problems: InviteCodeProblems
}

export function InviteCodeFields(props: InviteCodeFieldsProps) {
  const { id, codeLabel, code, name, onCode, onName, problems } = props
  return (
    <>
      <TextField
        id={`${id}-code`}
        label={codeLabel}
        value={code}
        onChange={(typed) =>
          onCode(formatInviteCode(normaliseInviteCode(typed).slice(0, INVITE_CODE_LENGTH)))
        }
        maxlength={INVITE_CODE_LENGTH + 8}
        placeholder="XXXX-XXXX-XXXX"
        error={problems.code}
      />
      <TextField
        id={`${id}-name`}
        label="你的姓名"
        value={name}
        onChange={onName}
        maxlength={PERSON_NAME_MAX}
        placeholder="如 张三，显示在操作记录中"
        error={problems.name}
      />
    </>
  )
}
