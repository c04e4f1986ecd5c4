// The form itself: the fields the session asks for, checked by the same rule the server runs,
// the privacy agreement, and one registration call at a time.
import { Button, Navigator, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { CloudError } from '@/contracts'
import type { RegistrationView } from '@/contracts/registrations'
import type { RegistrationSettingsView } from '@/domain/event'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacy'
import {
  FORM_ERROR_KEY,
  validateRegistrationForm,
  type RegistrationErrors,
  type RegistrationFieldId,
} from '@/domain/registration-form'
import { callCloud } from '@/services/cloud'
import { agreedToPrivacyNotice, rememberPrivacyAgreement } from '../privacy-consent'
import { PRIVACY_PAGE } from '@/services/navigation'
import { FormField, initialValue, type FieldValue } from './form-field'

type FormValues = Partial<Record<RegistrationFieldId, FieldValue>>

export interface RegistrationFormProps {
  eventId: string
  settings: Pick<RegistrationSettingsView, 'fields' | 'perCompanyCap'>
  onRegistered: (registration: RegistrationView) => void
}

export function RegistrationForm({ eventId, settings, onRegistered }: RegistrationFormProps) {
  const { fields, perCompanyCap } = settings
  const [values, setValues] = useState<FormValues>(() =>
    Object.fromEntries(fields.map((id) => [id, initialValue(id)])),
  )
  // Problems show once the person has tried to submit, then follow every change.
  const [attempted, setAttempted] = useState(false)
  const [serverErrors, setServerErrors] = useState<RegistrationErrors>({})
  const [failure, setFailure] = useState<CloudError>()
  const [agreed, setAgreed] = useState(agreedToPrivacyNotice)
  const [submitting, setSubmitting] = useState(false)
  // State updates land after a render; a second tap in between must still be refused.
  const inFlight = useRef(false)

  const options = { fields, perCompanyCap }
  const checked = validateRegistrationForm(values, options)
  const clientErrors: RegistrationErrors = attempted && !checked.ok ? checked.errors : {}
  const errorOf = (key: keyof RegistrationErrors) => clientErrors[key] ?? serverErrors[key]
  const fieldProblems = fields.filter((id) => errorOf(id)).length
  const formProblem = errorOf(FORM_ERROR_KEY)
  const blocked = !agreed || submitting

  const change = (id: RegistrationFieldId, value: FieldValue) => {
    setValues((shown) => ({ ...shown, [id]: value }))
    setServerErrors(({ [id]: _answered, ...rest }) => rest)
  }

  const toggleAgreement = () => {
    rememberPrivacyAgreement(!agreed)
    setAgreed(!agreed)
  }

  const submit = async () => {
    if (inFlight.current || !agreed) return
    setAttempted(true)
    setFailure(undefined)
    const result = validateRegistrationForm(values, options)
    if (!result.ok) {
      scrollToFirstProblem(fields, result.errors)
      return
    }
    inFlight.current = true
    setSubmitting(true)
    setServerErrors({})
    // Asked within the tap, as WeChat requires; the answer never decides the registration.
    await askToBeNotified()
    const answer = await callCloud('registrations', 'register', {
      eventId,
      form: { ...result.value },
      privacy: PRIVACY_NOTICE_VERSION,
    })
    inFlight.current = false
    setSubmitting(false)
    if (answer.ok) {
      onRegistered(answer.data)
      return
    }
    const { fields: byField, ...error } = answer.error
    if (byField) {
      setServerErrors(byField)
      scrollToFirstProblem(fields, byField)
    }
    // Problems with fields this page shows go under them; anything else (a page older than
    // the session's settings, a closed session, a full house) is said in words.
    const placed = [...fields, FORM_ERROR_KEY] as string[]
    const explained = byField && Object.keys(byField).every((key) => placed.includes(key))
    setFailure(explained ? undefined : error)
  }

  return (
    <View className="registration-form__form" role="form" ariaLabel="报名信息">
      <View className="registration__card" role="region" ariaLabel="个人信息保护">
        <Text className="registration__note">
          报名信息只用于本次活动的组织，仅主办单位和组委会办公室可见；页面上的手机号和信用代码遮盖显示，宣传周结束后按期删除。
        </Text>
        <View className="registration-form__agree">
          <View
            className={`registration-form__checkbox${agreed ? ' registration-form__checkbox--checked' : ''}`}
            role="checkbox"
            aria-checked={agreed ? 'true' : 'false'}
            ariaLabel="我已阅读并同意《个人信息保护说明》"
            onClick={toggleAgreement}
          >
            <Text className="registration-form__box">{agreed ? '✓' : ''}</Text>
            <Text>我已阅读并同意</Text>
          </View>
          <Navigator className="registration-form__privacy-link" url={PRIVACY_PAGE}>
            《个人信息保护说明》
          </Navigator>
        </View>
      </View>

      <View className="registration__card">
        {fields.map((id) => (
          <FormField
            key={id}
            id={id}
            value={values[id]}
            error={errorOf(id)}
            perCompanyCap={perCompanyCap}
            onChange={(value) => change(id, value)}
          />
        ))}
      </View>

      {(fieldProblems > 0 || formProblem || failure) && (
        <View className="registration__alert" role="alert">
          {fieldProblems > 0 && <Text>还有 {fieldProblems} 项需要修改，请查看标红的内容。</Text>}
          {formProblem && <Text>{formProblem}</Text>}
          {failure && <Text>{failure.message}</Text>}
        </View>
      )}

      <Button
        className={`registration__action registration__action--primary${blocked ? ' registration__action--disabled' : ''}`}
        aria-disabled={blocked ? 'true' : 'false'}
        onClick={() => void submit()}
      >
        {submitting ? '正在提交…' : '提交报名'}
      </Button>
      {!agreed && (
        <Text className="registration__note">请先阅读并同意《个人信息保护说明》，再提交报名。</Text>
      )}
    </View>
  )
}

function scrollToFirstProblem(
  fields: readonly RegistrationFieldId[],
  errors: Partial<Record<string, string>>,
) {
  const first = fields.find((id) => errors[id])
  if (first) void Taro.pageScrollTo({ selector: `#reg-${first}`, duration: 200 }).catch(() => {})
}

/** Subscribe-message templates, comma-separated, fixed at build time. */
function subscribeTemplates(): string[] {
  try {
    return (process.env.TARO_APP_SUBSCRIBE_TEMPLATES ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean)
  } catch {
    // Not set at build time: the mini-program has no `process` to read it from.
    return []
  }
}

/** On WeChat, asks whether we may send the registration's outcome; a refusal changes nothing. */
async function askToBeNotified(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return
  const tmplIds = subscribeTemplates()
  if (tmplIds.length === 0) return
  try {
    await Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option)
  } catch {
    // Refused, or not supported by this WeChat version: register anyway.
  }
}
