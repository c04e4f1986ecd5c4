// The local stand-ins for storage, openapi and callFunction, through the real wx-server-sdk.
import fs from 'node:fs'
import path from 'node:path'
import {
  failure,
  type LocalCloud,
  postAdmin,
  removeTempDirs,
  startLocalCloud,
  tempDataDir,
} from './support/local-cloud'

let local: LocalCloud
const invocations: { name: string; data: unknown }[] = []

beforeAll(async () => {
  local = await startLocalCloud({
    invokeFunction: async (name, data) => {
      invocations.push({ name, data })
      if (name === 'broken') throw new Error('boom')
      return { echoed: data }
    },
  })
})

afterAll(async () => {
  await local.server.close()
  removeTempDirs()
})

describe('storage', () => {
  test('upload, temp URL, download and delete', async () => {
    const content = Buffer.from([0, 1, 2, 250, 255, ...Buffer.from('图片 bytes')])
    const { fileID } = await local.cloud.uploadFile({
      cloudPath: 'posters/2025 海报.png',
      fileContent: content,
    })
    expect(fileID).toBe('cloud://local.local-storage/posters/2025 海报.png')
    expect(fs.readFileSync(path.join(local.dataDir, 'storage/posters/2025 海报.png'))).toEqual(
      content,
    )

    const missing = 'cloud://local.local-storage/posters/none.png'
    const { fileList } = (await local.cloud.getTempFileURL({ fileList: [fileID, missing] })) as {
      fileList: { fileID: string; status: number; tempFileURL: string }[]
    }
    expect(fileList[0]).toMatchObject({ fileID, status: 0 })
    expect(fileList[1]).toMatchObject({ fileID: missing, status: -503003, tempFileURL: '' })
    const fetched = await fetch(encodeURI(fileList[0].tempFileURL))
    expect(Buffer.from(await fetched.arrayBuffer())).toEqual(content)

    expect((await local.cloud.downloadFile({ fileID })).fileContent).toEqual(content)

    const deleted = (await local.cloud.deleteFile({ fileList: [fileID, missing] })) as {
      fileList: { status: number }[]
    }
    expect(deleted.fileList.map((f) => f.status)).toEqual([0, -503003])
    expect(fs.existsSync(path.join(local.dataDir, 'storage/posters/2025 海报.png'))).toBe(false)
    expect((await failure(local.cloud.downloadFile({ fileID }))).errMsg).toBeTruthy()
  })

  test('paths that escape the storage directory are refused', async () => {
    const error = await failure(
      local.cloud.uploadFile({ cloudPath: '../outside.txt', fileContent: Buffer.from('x') }),
    )
    expect(error.errMsg).toMatch(/invalid cloudPath/)
    const put = await fetch(local.server.url.replace('/admin', '/cos/..%2F..%2Foutside.txt'), {
      method: 'PUT',
      body: 'x',
    })
    expect(put.status).toBe(400)
    expect(fs.existsSync(path.join(local.dataDir, 'outside.txt'))).toBe(false)
  })
})

describe('openapi', () => {
  test('subscribeMessage.send and msgSecCheck answer as WeChat does and are recorded, not sent', async () => {
    const sent = await local.cloud.openapi.subscribeMessage.send({
      touser: 'o_user_A',
      templateId: 'TPL1',
      page: 'pages/event/index?id=e1',
      data: { thing1: { value: '知识产权讲座' } },
      miniprogramState: 'developer',
    })
    expect(sent).toMatchObject({
      errCode: 0,
      errMsg: 'openapi.subscribeMessage.send:ok',
      msgid: expect.any(Number),
    })

    const check = await local.cloud.openapi.security.msgSecCheck({
      content: 'hello',
      version: 2,
      scene: 1,
      openid: 'o_user_A',
    })
    expect(check).toMatchObject({ errCode: 0, result: { suggest: 'pass', label: 100 } })

    expect(await local.server.outbox()).toEqual([
      {
        at: expect.any(String),
        apiName: 'subscribeMessage.send',
        openid: 'o_user_A',
        payload: {
          touser: 'o_user_A',
          template_id: 'TPL1',
          page: 'pages/event/index?id=e1',
          data: { thing1: { value: '知识产权讲座' } },
          miniprogram_state: 'developer',
        },
        local: true,
      },
      {
        at: expect.any(String),
        apiName: 'security.msgSecCheck',
        openid: 'o_user_A',
        payload: { content: 'hello', version: 2, scene: 1, openid: 'o_user_A' },
        local: true,
      },
    ])
    expect(local.logs.filter((line) => /recorded in outbox \(not sent/.test(line))).toHaveLength(2)
  })

  test('an openapi without a local stand-in fails loudly', async () => {
    const error = await failure(local.cloud.openapi.wxacode.getUnlimited({ scene: 'x' }))
    expect(error.errMsg).toMatch(/\[local runtime\] unsupported openapi wxacode\.getUnlimited/)
  })
})

describe('callFunction', () => {
  test('is handed to invokeFunction, result and failure included', async () => {
    const { result } = (await local.cloud.callFunction({ name: 'echo', data: { a: 1 } })) as {
      result: unknown
    }
    expect(result).toEqual({ echoed: { a: 1 } })
    expect(invocations).toContainEqual({ name: 'echo', data: { a: 1 } })
    expect(
      (await failure(local.cloud.callFunction({ name: 'broken', data: {} }) as Promise<unknown>))
        .errMsg,
    ).toMatch(/broken failed: boom/)
  })

  test('without an invokeFunction handler it is a loud error', async () => {
    const { startTcbServer } = await import('../../local/tcb/server')
    const bare = await startTcbServer({ dataDir: tempDataDir(), log: () => {} })
    try {
      const answer = await postAdmin(
        bare.url,
        JSON.stringify({
          action: 'functions.invokeFunction',
          function_name: 'x',
          request_data: '{}',
        }),
      )
      expect(answer).toMatchObject({ code: 'SYS_ERR' })
      expect(String(answer.message)).toMatch(/no invokeFunction handler/)
    } finally {
      await bare.close()
    }
  })
})
