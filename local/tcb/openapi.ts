// Local stand-in for wx.openApi (cloud.openapi.*): the SDK posts a protobuf CommApiData and expects a
// protobuf CommOpenApiResp. Each supported call is answered as WeChat answers a successful one, recorded
// in the outbox and logged; nothing is sent anywhere.
import protobuf from 'protobufjs'
import { randomUUID } from 'node:crypto'
import { unsupported } from './errors'
import type { Outbox } from './outbox'

// Field numbers and types as in wx-server-sdk 4.0.2's src/protobuf/openapi.js.
const { root } = protobuf.parse(`
  syntax = "proto3";
  message KeyValuePair { string key = 1; bytes value = 2; string contenttype = 3; string filename = 4; }
  message OpenApiData { repeated KeyValuePair pairs = 1; }
  message CommApiData { int32 apiType = 1; OpenApiData openapiData = 2; string appid = 6; }
  message CommOpenApiResp { bytes respData = 1; string contentType = 2; int32 errorCode = 3; uint32 httpCode = 4; int32 svrkitErrorCode = 6; }
`)
const CommApiData = root.lookupType('CommApiData')
const CommOpenApiResp = root.lookupType('CommOpenApiResp')
const OPEN_API = 0

interface KeyValuePair {
  key: string
  value: Uint8Array
  contenttype?: string
  filename?: string
}

/**
 * Text the local content check calls risky, so the blocked path can be tried: WeChat's own
 * judgement cannot be imitated, only its answers.
 */
export const LOCAL_RISKY_MARKER = '【本地违规示例】'

type Payload = Record<string, unknown>

// What WeChat answers on success (snake_case; the SDK converts it to camelCase), minus errcode/errmsg.
const SUCCESS_REPLIES: Record<string, (payload: Payload) => Record<string, unknown>> = {
  'subscribeMessage.send': () => ({ msgid: Math.floor(Math.random() * 1e12) }),
  'security.msgSecCheck': (payload) => {
    const risky = String(payload.content ?? '').includes(LOCAL_RISKY_MARKER)
    return {
      result: risky ? { suggest: 'risky', label: 20001 } : { suggest: 'pass', label: 100 },
      detail: [],
      trace_id: `local-${randomUUID()}`,
    }
  },
  'security.imgSecCheck': () => ({}),
  // The verdict of an async media check arrives later as a message push, which the local runtime never sends.
  'security.mediaCheckAsync': () => ({ trace_id: `local-${randomUUID()}` }),
}

export async function answerOpenApi(
  apiName: string,
  requestData: Buffer,
  outbox: Outbox,
  log: (line: string) => void,
): Promise<Uint8Array> {
  const reply = SUCCESS_REPLIES[apiName]
  if (!reply) {
    throw unsupported(
      `openapi ${apiName} (local stand-ins: ${Object.keys(SUCCESS_REPLIES).join(', ')})`,
      'SYS_ERR',
    )
  }
  const request = CommApiData.decode(requestData) as unknown as {
    apiType: number
    openapiData?: { pairs?: KeyValuePair[] }
  }
  if (request.apiType !== OPEN_API) {
    throw unsupported(`openapi request type ${request.apiType} for ${apiName}`, 'SYS_ERR')
  }
  const payload = Object.fromEntries(
    (request.openapiData?.pairs ?? []).map((pair) => [pair.key, pairValue(pair)]),
  )
  const recipient = payload.touser ?? payload.openid
  await outbox.append({
    at: new Date().toISOString(),
    apiName,
    ...(typeof recipient === 'string' ? { openid: recipient } : {}),
    payload,
    local: true,
  })
  log(`[local] openapi ${apiName} recorded in outbox (not sent to WeChat)`)
  const body = JSON.stringify({ errcode: 0, errmsg: 'ok', ...reply(payload) })
  return CommOpenApiResp.encode({
    respData: Buffer.from(body),
    contentType: 'application/json',
  }).finish()
}

// Each value is the JSON text of one request field; media (a file) is recorded by its description
// only. wx-server-sdk 4.0.2 names a media pair's type `contentType`, which its protobuf encoder
// drops, so media also arrives as raw bytes without a type: anything that is not JSON is media.
function pairValue(pair: KeyValuePair): unknown {
  const media = { contentType: pair.contenttype, filename: pair.filename, bytes: pair.value.length }
  if (pair.contenttype) return media
  try {
    return JSON.parse(Buffer.from(pair.value).toString('utf8'))
  } catch {
    return media
  }
}
