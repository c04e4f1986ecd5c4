// The certificate page as a quiz taker uses it, answered by a small fake quiz function and the
// real campaign data (the real function is covered by the function tests).
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { Current } from '@tarojs/runtime'
import { campaign } from '@/campaigns'
import type { QuizResult } from '@/contracts/quiz'
import { campaignPhase } from '@/domain/phase'
import CertificatePage from '@/packages/quiz/certificate/index'
import { CertificatePoster as WeChatPoster } from '@/packages/quiz/certificate/poster.weapp'
import { callCloud } from '@/services/cloud'
import { firePageLifecycle } from './setup/lifecycle'

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as unknown as jest.Mock

const NOW = '2025-04-23T08:00:00.000Z'
const ATTEMPT = 'visitor-1__2025-04-23__1'
const PASSED: QuizResult = {
  attemptId: ATTEMPT,
  score: 90,
  correct: 9,
  total: 10,
  durationSeconds: 163,
  submittedAt: '2025-04-23T07:58:00.000Z',
  passed: true,
  name: '王小明',
  school: '营口市第一中学',
  items: [],
}

type Answer =
  { ok: true; data: QuizResult } | { ok: false; error: { code: string; message: string } }

/** Answers quiz.result for ATTEMPT with `answer` (any other attempt is not found), and campaign.get. */
function fakeCloud(answer: Answer) {
  return async (name: string, action: string, params: { attemptId?: string } = {}) => {
    if (name === 'campaign' && action === 'get') {
      return {
        ok: true,
        data: { campaign, phase: campaignPhase(campaign, new Date(NOW)), now: NOW },
      }
    }
    if (name === 'quiz' && action === 'result') {
      return params.attemptId === ATTEMPT
        ? answer
        : { ok: false, error: { code: 'NOT_FOUND', message: '没有找到这次答题' } }
    }
    throw new Error(`fake: ${name}.${action} not answered`)
  }
}

/** jsdom has no 2d canvas: record the texts the poster paints instead. */
function recordCanvas() {
  const texts: string[] = []
  const ctx = new Proxy(
    { font: '10px sans-serif' },
    {
      get(target, key) {
        if (key in target) return target[key as keyof typeof target]
        if (key === 'measureText') return (text: string) => ({ width: text.length * 10 })
        if (key === 'fillText') return (text: string) => texts.push(text)
        return () => undefined
      },
    },
  )
  jest
    .spyOn(HTMLCanvasElement.prototype, 'getContext')
    .mockImplementation(() => ctx as unknown as CanvasRenderingContext2D)
  jest
    .spyOn(HTMLCanvasElement.prototype, 'toDataURL')
    .mockImplementation(() => 'data:image/png;base64,cG9zdGVy')
  return texts
}

function openCertificate(attempt: string) {
  Current.router = {
    params: { attempt },
    path: '/packages/quiz/certificate/index',
  } as unknown as typeof Current.router
  return render(<CertificatePage />)
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))

beforeEach(() => {
  call.mockReset()
  call.mockImplementation(fakeCloud({ ok: true, data: PASSED }))
})
afterEach(async () => {
  await settle()
  jest.restoreAllMocks()
})

test('a passing attempt gets a poster with the name, score, date and issuer, to download', async () => {
  const texts = recordCanvas()
  openCertificate(ATTEMPT)
  expect(await screen.findByText('恭喜你获得答题证书')).toBeTruthy()
  expect(call).toHaveBeenCalledWith('quiz', 'result', { attemptId: ATTEMPT })
  // Offered once the poster is painted.
  const save = (await screen.findByText('保存证书图片')) as HTMLAnchorElement

  expect(screen.getByRole('img', { name: '答题证书：王小明，90分' })).toBeTruthy()
  // jsdom's devicePixelRatio is 1: the poster is still drawn at twice its size.
  const canvas = document.querySelector('canvas')!
  expect([canvas.width, canvas.height]).toEqual([1200, 1700])
  expect(texts).toEqual(
    expect.arrayContaining([
      campaign.title,
      `“${campaign.theme}”知识答题`,
      '王小明',
      '90',
      '2025年4月23日',
      campaign.committee.name,
    ]),
  )

  expect(save.getAttribute('download')).toBe(`${campaign.title}答题证书.png`)
  // The PNG is encoded when the link is followed.
  save.addEventListener('click', (event) => event.preventDefault())
  fireEvent.click(save)
  expect(save.getAttribute('href')).toBe('data:image/png;base64,cG9zdGVy')
})

test('without a name the certificate says 答题者', async () => {
  const texts = recordCanvas()
  call.mockImplementation(fakeCloud({ ok: true, data: { ...PASSED, name: undefined } }))
  openCertificate(ATTEMPT)
  await screen.findByText('保存证书图片')
  expect(texts).toContain('答题者')
})

test('shares the score, opening the quiz tab', async () => {
  recordCanvas()
  openCertificate(ATTEMPT)
  await screen.findByText('恭喜你获得答题证书')
  const [message] = firePageLifecycle('onShareAppMessage', {}) as Array<{
    title: string
    path: string
  }>
  expect(message.title).toBe('我在知识产权宣传周答题中得了90分')
  expect(message.path).toBe('/pages/quiz/index')
})

test('an attempt below the pass mark says so, with no poster and no save button', async () => {
  const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'ok' })
  call.mockImplementation(
    fakeCloud({ ok: true, data: { ...PASSED, score: 60, correct: 6, passed: false } }),
  )
  openCertificate(ATTEMPT)
  expect(await screen.findByText('这次答题还没有达到证书要求')).toBeTruthy()
  expect(screen.getByText('本次得分 60 分，达到 80 分即可获得答题证书。')).toBeTruthy()
  expect(screen.queryByText('保存证书图片')).toBeNull()
  expect(document.querySelector('canvas')).toBeNull()
  fireEvent.click(screen.getByText('再答一次'))
  expect(switchTab).toHaveBeenCalledWith({ url: '/pages/quiz/index' })
})

test("someone else's or an unknown attempt shows no certificate", async () => {
  openCertificate('visitor-2__2025-04-23__1')
  expect(await screen.findByText('没有可显示的证书')).toBeTruthy()
  expect(screen.getByText('没有找到这次答题')).toBeTruthy()
  expect(screen.queryByText('保存证书图片')).toBeNull()
})

test('a link without an attempt does not ask the server', async () => {
  openCertificate('')
  expect(await screen.findByText('没有可显示的证书')).toBeTruthy()
  expect(call).not.toHaveBeenCalledWith('quiz', 'result', expect.anything())
})

test('a failed call says what went wrong, and 重试 asks again', async () => {
  recordCanvas()
  const message = '网络不可用，请检查网络后重试'
  call.mockImplementation(fakeCloud({ ok: false, error: { code: 'INTERNAL', message } }))
  openCertificate(ATTEMPT)
  expect(await screen.findByText(message)).toBeTruthy()
  expect(screen.queryByText('保存证书图片')).toBeNull()
  call.mockImplementation(fakeCloud({ ok: true, data: PASSED }))
  fireEvent.click(screen.getByText('重试'))
  expect(await screen.findByText('保存证书图片')).toBeTruthy()
})

describe('in WeChat', () => {
  // The WeChat build's poster, with the platform's canvas node, temp file and album stubbed.
  const FILE = 'wxfile://tmp/certificate.png'
  const CONTENT = {
    campaignTitle: campaign.title,
    theme: campaign.theme,
    name: '王小明',
    score: 90,
    date: '2025年4月23日',
    issuer: campaign.committee.name,
  }

  function stubPlatform() {
    const texts = recordCanvas()
    const node = {
      width: 300,
      height: 150,
      // The context recordCanvas hands out.
      getContext: () => document.createElement('canvas').getContext('2d'),
    }
    const query = {
      select: () => query,
      fields: () => query,
      exec: (callback: (found: unknown[]) => void) => callback([{ node, width: 300, height: 425 }]),
    }
    jest.spyOn(Taro, 'createSelectorQuery').mockReturnValue(query as never)
    jest.spyOn(Taro, 'getWindowInfo').mockReturnValue({ pixelRatio: 3 } as never)
    jest.spyOn(Taro, 'nextTick').mockImplementation((callback: () => void) => callback())
    const toFile = jest
      .spyOn(Taro, 'canvasToTempFilePath')
      .mockResolvedValue({ tempFilePath: FILE, errMsg: 'ok' })
    return { texts, node, toFile }
  }

  async function paintedPoster() {
    const platform = stubPlatform()
    const onImage = jest.fn()
    render(<WeChatPoster content={CONTENT} onImage={onImage} />)
    await screen.findByText('保存到相册')
    return { ...platform, onImage }
  }

  function albumAnswers(outcome: { errMsg: string } | 'saved') {
    const save = jest.spyOn(Taro, 'saveImageToPhotosAlbum')
    if (outcome === 'saved') save.mockResolvedValue({ errMsg: 'ok' })
    else save.mockRejectedValue(outcome)
    return save
  }

  test('paints the canvas node at the device ratio and hands the PNG to the share card', async () => {
    const { texts, node, toFile, onImage } = await paintedPoster()
    expect([node.width, node.height]).toEqual([1800, 2550])
    expect(texts).toEqual(expect.arrayContaining(['王小明', '90']))
    expect(toFile).toHaveBeenCalledWith({ canvas: node, fileType: 'png' })
    expect(onImage).toHaveBeenCalledWith(FILE)
  })

  test('saves the poster to the album', async () => {
    await paintedPoster()
    const save = albumAnswers('saved')
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' })
    await act(async () => {
      fireEvent.click(screen.getByText('保存到相册'))
    })
    expect(save).toHaveBeenCalledWith({ filePath: FILE })
    expect(toast).toHaveBeenCalledWith({ title: '已保存到相册', icon: 'success' })
  })

  test('a refused album permission says how to allow it and opens the settings', async () => {
    await paintedPoster()
    albumAnswers({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' })
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({
      confirm: true,
      cancel: false,
      errMsg: 'ok',
    })
    const openSetting = jest.spyOn(Taro, 'openSetting').mockResolvedValue({
      authSetting: {},
      errMsg: 'ok',
    } as never)
    await act(async () => {
      fireEvent.click(screen.getByText('保存到相册'))
    })
    expect(modal).toHaveBeenCalledWith(
      expect.objectContaining({ title: '没有保存到相册的权限', confirmText: '去设置' }),
    )
    expect(openSetting).toHaveBeenCalled()
  })

  test('a canvas that cannot be found offers to try again', async () => {
    stubPlatform()
    const empty = {
      select: () => empty,
      fields: () => empty,
      exec: (cb: (f: unknown[]) => void) => cb([null]),
    }
    jest.spyOn(Taro, 'createSelectorQuery').mockReturnValue(empty as never)
    render(<WeChatPoster content={CONTENT} />)
    expect(await screen.findByText('证书图片没能生成。')).toBeTruthy()
    expect(
      screen.getByText('保存到相册').closest('taro-button-core')?.hasAttribute('disabled'),
    ).toBe(true)
  })
})
