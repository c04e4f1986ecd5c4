// Contract: the exact request bodies the pinned wx-server-sdk 4.0.2 (@cloudbase/node-sdk 3.17.2,
// @cloudbase/database 1.4.3) sends for every database call the product uses. The local server is built
// against these shapes; an SDK upgrade that changes any of them must fail here first.
import type { Body } from '../../local/tcb/handler'
import { type LocalCloud, removeTempDirs, startLocalCloud } from './support/local-cloud'

// Always sent, always empty outside the cloud (token fields), or random (the transaction id).
const TOKEN_FIELDS = [
  'wxCloudApiToken',
  'wxCloudbaseAccesstoken',
  'tcb_sessionToken',
  'crossAuthorizationToken',
]

let local: LocalCloud
const bodies: Body[] = []

beforeAll(async () => {
  local = await startLocalCloud({ onRequest: (body) => bodies.push(body) })
})

afterAll(async () => {
  await local.server.close()
  removeTempDirs()
})

function pinned(body: Body): Body {
  const rest = Object.fromEntries(
    Object.entries(body).filter(([key]) => !TOKEN_FIELDS.includes(key)),
  )
  return rest.transactionId === undefined ? rest : { ...rest, transactionId: '<transactionId>' }
}

test('the SDK sends exactly these bodies', async () => {
  const { db } = local
  const _ = db.command
  await db.createCollection('events')
  await db.createCollection('signups')
  await db
    .collection('events')
    .where({ status: 'open', seatsLeft: _.gt(0), tags: _.in(['a', 'b']) })
    .orderBy('startAt', 'asc')
    .skip(5)
    .limit(10)
    .field({ title: true })
    .get()
  await db.collection('events').get()
  await db
    .collection('events')
    .where(_.or([{ a: 1 }, { b: _.exists(true) }]))
    .count()
  await db
    .collection('signups')
    .add({ data: { eventId: 'e1', openid: 'o_user_A', createdAt: db.serverDate(), n: 1 } })
  await db
    .collection('events')
    .where({ _id: 'e1', seatsLeft: _.gt(0) })
    .update({
      data: {
        seatsLeft: _.inc(-1),
        attendees: _.push('o_user_A'),
        old: _.remove(),
        meta: _.set({ k: 1 }),
      },
    })
  await db
    .collection('events')
    .doc('e1')
    .update({ data: { a: { b: 2 }, list: _.pull('x') } })
  await db
    .collection('events')
    .doc('e1')
    .set({ data: { x: 1 } })
  await db.collection('events').doc('e1').get()
  await db.collection('events').doc('e1').remove()
  await db
    .collection('signups')
    .where({ n: _.lte(0) })
    .remove()
  await db
    .collection('signups')
    .aggregate()
    .match({ eventId: 'e1' })
    .group({ _id: '$eventId', c: _.aggregate.sum(1) })
    .end()
  await db.collection('events').add({ data: { _id: 'e1', seatsLeft: 3 } })
  await db.runTransaction(async (t) => {
    await t.collection('events').doc('e1').get()
    await t
      .collection('events')
      .doc('e1')
      .update({ data: { seatsLeft: _.inc(-1) } })
  })

  for (const body of bodies)
    expect(body).toMatchObject(Object.fromEntries(TOKEN_FIELDS.map((key) => [key, ''])))
  const transactionIds = new Set(
    bodies.flatMap((body) => (body.transactionId === undefined ? [] : [body.transactionId])),
  )
  expect([...transactionIds]).toEqual([expect.stringMatching(/^local-tx-/)])

  expect(bodies.map(pinned)).toEqual([
    { action: 'database.addCollection', envName: 'local', collectionName: 'events' },
    { action: 'database.addCollection', envName: 'local', collectionName: 'signups' },
    {
      action: 'database.getDocument',
      envName: 'local',
      collectionName: 'events',
      queryType: 'WHERE',
      query: '{"status":"open","seatsLeft":{"$gt":{"$numberInt":"0"}},"tags":{"$in":["a","b"]}}',
      order: '{"startAt":{"$numberInt":"1"}}',
      offset: 5,
      limit: 10,
      projection: '{"title":{"$numberInt":"1"}}',
    },
    // get() without limit() asks for 100 (the server SDK's default, not the mini-program's 20).
    {
      action: 'database.getDocument',
      envName: 'local',
      collectionName: 'events',
      queryType: 'WHERE',
      limit: 100,
    },
    {
      action: 'database.calculateDocument',
      envName: 'local',
      collectionName: 'events',
      queryType: 'WHERE',
      query: '{"$or":[{"a":{"$numberInt":"1"}},{"b":{"$exists":true}}]}',
    },
    {
      action: 'database.insertDocument',
      envName: 'local',
      collectionName: 'signups',
      data: [
        '{"eventId":"e1","openid":"o_user_A","createdAt":{"$tcb_server_date":{"offset":{"$numberInt":"0"}}},"n":{"$numberInt":"1"}}',
      ],
    },
    {
      action: 'database.modifyDocument',
      envName: 'local',
      collectionName: 'events',
      queryType: 'WHERE',
      multi: true,
      merge: true,
      upsert: false,
      data: '{"$inc":{"seatsLeft":{"$numberInt":"-1"}},"$push":{"attendees":{"$each":["o_user_A"]}},"$unset":{"old":""},"$set":{"meta":{"k":{"$numberInt":"1"}}}}',
      query: '{"_id":"e1","seatsLeft":{"$gt":{"$numberInt":"0"}}}',
    },
    {
      action: 'database.modifyDocument',
      envName: 'local',
      collectionName: 'events',
      queryType: 'DOC',
      multi: false,
      merge: true,
      upsert: false,
      data: '{"$pull":{"list":"x"},"$set":{"a.b":{"$numberInt":"2"}}}',
      query: '{"_id":"e1"}',
    },
    {
      action: 'database.modifyDocument',
      envName: 'local',
      collectionName: 'events',
      queryType: 'DOC',
      multi: false,
      merge: false,
      upsert: true,
      data: '{"x":{"$numberInt":"1"}}',
      query: '{"_id":"e1"}',
    },
    {
      action: 'database.getDocument',
      envName: 'local',
      collectionName: 'events',
      queryType: 'DOC',
      multi: false,
      query: '{"_id":"e1"}',
    },
    {
      action: 'database.removeDocument',
      envName: 'local',
      collectionName: 'events',
      queryType: 'DOC',
      multi: false,
      query: '{"_id":"e1"}',
    },
    {
      action: 'database.removeDocument',
      envName: 'local',
      collectionName: 'signups',
      queryType: 'WHERE',
      multi: true,
      query: '{"n":{"$lte":{"$numberInt":"0"}}}',
    },
    {
      action: 'database.aggregateDocuments',
      envName: 'local',
      collectionName: 'signups',
      stages: [
        { stageKey: '$match', stageValue: '{"eventId":"e1"}' },
        { stageKey: '$group', stageValue: '{"_id":"$eventId","c":{"$sum":{"$numberInt":"1"}}}' },
      ],
    },
    {
      action: 'database.insertDocument',
      envName: 'local',
      collectionName: 'events',
      data: ['{"_id":"e1","seatsLeft":{"$numberInt":"3"}}'],
    },
    { action: 'database.startTransaction', envName: 'local' },
    {
      action: 'database.getDocument',
      envName: 'local',
      collectionName: 'events',
      queryType: 'DOC',
      multi: false,
      query: '{"_id":"e1"}',
      transactionId: '<transactionId>',
    },
    {
      action: 'database.modifyDocument',
      envName: 'local',
      collectionName: 'events',
      queryType: 'DOC',
      multi: false,
      merge: true,
      upsert: false,
      data: '{"$inc":{"seatsLeft":{"$numberInt":"-1"}}}',
      query: '{"_id":"e1"}',
      transactionId: '<transactionId>',
    },
    { action: 'database.commitTransaction', envName: 'local', transactionId: '<transactionId>' },
  ])
})

test('the SDK sends exactly these bodies for storage, callFunction and openapi', async () => {
  const { cloud } = local
  bodies.length = 0
  const { fileID } = await cloud.uploadFile({
    cloudPath: 'dir/a b.txt',
    fileContent: Buffer.from('x'),
  })
  await cloud.getTempFileURL({ fileList: [fileID] })
  await cloud.downloadFile({ fileID })
  await cloud.deleteFile({ fileList: [fileID] })
  await (cloud.callFunction({ name: 'other', data: { a: 1 } }) as Promise<unknown>).catch(
    () => undefined,
  )
  await cloud.openapi.security.msgSecCheck({
    content: 'hi',
    version: 2,
    scene: 1,
    openid: 'o_user_A',
  })

  const openapi = bodies[bodies.length - 1]
  expect(Buffer.isBuffer(openapi.requestData)).toBe(true)
  expect(bodies.map(pinned)).toEqual([
    { action: 'storage.getUploadMetadata', envName: 'local', path: 'dir/a b.txt', method: 'put' },
    { action: 'storage.batchGetDownloadUrl', envName: 'local', file_list: [{ fileid: fileID }] },
    {
      action: 'storage.batchGetDownloadUrl',
      envName: 'local',
      file_list: [{ fileid: fileID, max_age: 600 }],
    },
    { action: 'storage.batchDeleteFile', envName: 'local', fileid_list: [fileID] },
    {
      action: 'functions.invokeFunction',
      envName: 'local',
      function_name: 'other',
      request_data: '{"a":1}',
    },
    // multipart/form-data: text fields plus the protobuf CommApiData in requestData.
    {
      action: 'wx.openApi',
      envName: 'local',
      apiName: 'security.msgSecCheck',
      requestData: openapi.requestData,
    },
  ])
})

test('db.RegExp travels as an EJSON regular expression', async () => {
  const { db } = local
  const from = bodies.length
  await db
    .collection('events')
    .where({ title: db.RegExp({ regexp: 'a\\.b', options: 'i' }) })
    .get()
  expect(bodies.slice(from).map(pinned)).toEqual([
    {
      action: 'database.getDocument',
      envName: 'local',
      collectionName: 'events',
      queryType: 'WHERE',
      query: '{"title":{"$regularExpression":{"pattern":"a\\\\.b","options":"i"}}}',
      limit: 100,
    },
  ])
})
