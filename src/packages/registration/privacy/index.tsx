// 个人信息保护说明: the full notice people agree to before registering, for this campaign and
// in this version. On WeChat, also the platform's own privacy authorisation when it is due.
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { CampaignScreen } from '@/components/campaign-screen'
import { PRIVACY_NOTICE_VERSION, privacyNotice } from '@/domain/privacy'
import '../registration.scss'
import './index.scss'

export default function PrivacyPage() {
  return (
    <CampaignScreen className="registration">
      {({ campaign }) => (
        <>
          <View className="privacy__header">
            <Text className="registration__title">个人信息保护说明</Text>
            <Text className="registration__note">
              {campaign.title} · 版本 {PRIVACY_NOTICE_VERSION}
            </Text>
          </View>
          {privacyNotice(campaign).map((section) => (
            <View
              key={section.title}
              className="registration__card"
              role="region"
              ariaLabel={section.title}
            >
              <Text className="registration__heading">{section.title}</Text>
              {section.paragraphs.map((paragraph) => (
                <Text key={paragraph} className="registration__text">
                  {paragraph}
                </Text>
              ))}
            </View>
          ))}
          {process.env.TARO_ENV === 'weapp' && <WeChatPrivacyAuthorization />}
        </>
      )}
    </CampaignScreen>
  )
}

/**
 * WeChat withholds the APIs that handle personal information until the user agrees to the
 * privacy guide declared in the mini-program's admin console (__usePrivacyCheck__ in
 * app.config.ts); this is where they can.
 */
function WeChatPrivacyAuthorization() {
  const [contract, setContract] = useState<string>()
  useEffect(() => {
    Taro.getPrivacySetting({
      success: ({ needAuthorization, privacyContractName }) => {
        if (needAuthorization) setContract(privacyContractName)
      },
    })
  }, [])
  if (contract === undefined) return null
  return (
    <View className="registration__card" role="region" ariaLabel="微信隐私授权">
      <Text className="registration__text">
        微信要求在使用报名等功能前，先同意本小程序的{contract}。
      </Text>
      <Button className="registration__action" onClick={() => void Taro.openPrivacyContract()}>
        查看{contract}
      </Button>
      <Button
        className="registration__action registration__action--primary"
        openType="agreePrivacyAuthorization"
        onAgreePrivacyAuthorization={() => setContract(undefined)}
      >
        同意并继续
      </Button>
    </View>
  )
}
