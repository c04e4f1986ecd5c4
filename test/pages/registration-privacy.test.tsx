// The privacy notice page, from the real campaign data, and WeChat's own authorisation step.
import { act, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { campaign } from '@/campaigns'
import { campaignPhase } from '@/domain/phase'
import { PRIVACY_NOTICE_VERSION, privacyNotice } from '@/domain/privacy'
import PrivacyPage from '@/packages/registration/privacy/index'
import { callCloud } from '@/services/cloud'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock
const NOW = '2025-04-20T02:00:00Z'

beforeEach(() => {
  call.mockReset()
  call.mockImplementation(async (name: string, action: string) => {
    if (name === 'campaign' && action === 'get') {
      return {
        ok: true,
        data: { campaign, phase: campaignPhase(campaign, new Date(NOW)), now: NOW },
      }
    }
    throw new Error(`${name}.${action} not answered`)
  })
})
afterEach(() => jest.restoreAllMocks())

test('shows every section of the notice with its version, and no WeChat step on the web', async () => {
  render(<PrivacyPage />)
  expect(await screen.findByText('个人信息保护说明')).toBeTruthy()
  expect(screen.getByText(`${campaign.title} · 版本 ${PRIVACY_NOTICE_VERSION}`)).toBeTruthy()
  for (const section of privacyNotice(campaign)) {
    expect(screen.getByRole('region', { name: section.title })).toBeTruthy()
    section.paragraphs.forEach((paragraph) => expect(screen.getByText(paragraph)).toBeTruthy())
  }
  expect(screen.queryByText('同意并继续')).toBeNull()
})

/** WeChat's answer to getPrivacySetting. */
function privacySetting(result: { needAuthorization: boolean; privacyContractName: string }) {
  return jest.spyOn(Taro, 'getPrivacySetting').mockImplementation((option) => {
    option?.success?.({ ...result, errMsg: 'getPrivacySetting:ok' })
  })
}

describe('in WeChat', () => {
  const platform = process.env.TARO_ENV
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
  })
  afterEach(() => {
    process.env.TARO_ENV = platform
  })

  test('offers WeChat’s privacy agreement when WeChat says it is needed', async () => {
    privacySetting({
      needAuthorization: true,
      privacyContractName: '《IP Week 小程序隐私保护指引》',
    })
    render(<PrivacyPage />)
    expect(await screen.findByText('同意并继续')).toBeTruthy()
    expect(screen.getByText('查看《IP Week 小程序隐私保护指引》')).toBeTruthy()
  })

  test('says nothing more once it was agreed to', async () => {
    const getPrivacySetting = privacySetting({
      needAuthorization: false,
      privacyContractName: '隐私保护指引',
    })
    render(<PrivacyPage />)
    await screen.findByText('个人信息保护说明')
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
    expect(getPrivacySetting).toHaveBeenCalled()
    expect(screen.queryByText('同意并继续')).toBeNull()
  })
})
