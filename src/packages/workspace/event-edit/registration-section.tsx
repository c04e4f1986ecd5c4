// 报名设置: whether the event takes registrations, its seats, the form's fields, approval, and
// until when people may register and cancel.
import { Switch, Text, View } from '@tarojs/components'
import { useRef } from 'react'
import { MAX_CAPACITY, type RegistrationDraft } from '@/domain/event-edit'
import { FIELD_SPECS, type RegistrationFieldId } from '@/domain/registration-form'
import { DEFAULT_CLOSE_BEFORE_START_MS } from '@/domain/registration-window'
import { Field, NumberBox } from './controls'
import { ToggleChips } from './toggle-chips'
import { DEFAULT_REGISTRATION, type SectionProps } from './draft-form'
import { WallClockField } from './wall-clock-field'

const FIELD_OPTIONS = (Object.keys(FIELD_SPECS) as RegistrationFieldId[]).map((value) => ({
  value,
  label: FIELD_SPECS[value].label,
}))
const CLOSE_HOURS = DEFAULT_CLOSE_BEFORE_START_MS / 3_600_000
/** The switch's colour: --ipw-color-primary. */
const PRIMARY = '#0b3d91'

export interface RegistrationSectionProps extends SectionProps {
  /** Seats held now by the event's registrations. */
  seatsTaken: number
}

export function RegistrationSection({
  form,
  problems,
  onChange,
  isLocked,
  seatsTaken,
}: RegistrationSectionProps) {
  const settings = form.registration
  // Switching off and on again brings back what was set.
  const lastSettings = useRef(settings ?? DEFAULT_REGISTRATION)
  if (settings) lastSettings.current = settings
  const locked = isLocked('registration')
  const set = (change: Partial<RegistrationDraft>) =>
    settings && onChange({ registration: { ...settings, ...change } })

  return (
    <View className="workspace__card" role="group" ariaLabel="报名设置">
      <View className="workspace__row-head">
        <Text className="workspace__heading">报名设置</Text>
        <Switch
          checked={!!settings}
          disabled={locked}
          color={PRIMARY}
          ariaLabel="需要报名"
          nativeProps={{ 'aria-label': '需要报名' }}
          onChange={(event) =>
            onChange({ registration: event.detail.value ? lastSettings.current : undefined })
          }
        />
      </View>
      <Text className="workspace__note">
        {settings ? '公众在活动页报名，名额按参会人数计算，满员后进入候补。' : '不需要报名。'}
      </Text>
      {problems.registration && (
        <View className="workspace__error" role="alert">
          <Text>{problems.registration}</Text>
        </View>
      )}
      {settings && (
        <>
          <View className="event-edit__pair">
            <Field
              path="registration.capacity"
              label="名额（人）"
              problem={problems['registration.capacity']}
            >
              <NumberBox
                label="名额"
                value={settings.capacity}
                blank={Number.NaN}
                invalid={!!problems['registration.capacity']}
                disabled={locked}
                placeholder={`1–${MAX_CAPACITY}`}
                onChange={(capacity) => set({ capacity })}
              />
            </Field>
            <Field
              path="registration.perCompanyCap"
              label="每家企业最多（人）"
              problem={problems['registration.perCompanyCap']}
            >
              <NumberBox
                label="每家企业最多人数"
                value={settings.perCompanyCap}
                blank={Number.NaN}
                invalid={!!problems['registration.perCompanyCap']}
                disabled={locked}
                onChange={(perCompanyCap) => set({ perCompanyCap })}
              />
            </Field>
          </View>
          {seatsTaken > 0 && (
            <Text className="workspace__note">
              已有报名占用 {seatsTaken} 个名额，名额不能少于这个数。
            </Text>
          )}
          <Field
            path="registration.fields"
            label="报名信息"
            hint="报名表收集的项目"
            problem={problems['registration.fields']}
          >
            <ToggleChips
              label="报名信息"
              options={FIELD_OPTIONS}
              chosen={settings.fields}
              disabled={locked}
              onChange={(fields) => set({ fields })}
            />
          </Field>
          <View className="workspace__row-head">
            <View className="event-edit__switch-text">
              <Text className="workspace__field__label">报名需审核</Text>
              <Text className="workspace__note">审核期间报名占用名额</Text>
            </View>
            <Switch
              checked={settings.approval}
              disabled={locked}
              color={PRIMARY}
              ariaLabel="报名需审核"
              nativeProps={{ 'aria-label': '报名需审核' }}
              onChange={(event) => set({ approval: event.detail.value })}
            />
          </View>
          <WallClockField
            path="registration.closesAt"
            label="报名截止时间"
            hint={`不填：活动开始前 ${CLOSE_HOURS} 小时截止；时间未定时，截至活动前一天 24 时`}
            value={settings.closesAt}
            eventDay={form.day}
            problem={problems['registration.closesAt']}
            disabled={locked}
            onChange={(closesAt) => set({ closesAt })}
          />
          <WallClockField
            path="registration.cancelUntil"
            label="取消报名截止时间"
            hint="不填：与报名截止时间相同"
            value={settings.cancelUntil}
            eventDay={form.day}
            problem={problems['registration.cancelUntil']}
            disabled={locked}
            onChange={(cancelUntil) => set({ cancelUntil })}
          />
        </>
      )}
    </View>
  )
}
