// CRUD, queries, aggregation and error behaviour through the real wx-server-sdk against the local server.
import {
  failure,
  type LocalCloud,
  postAdmin,
  removeTempDirs,
  startLocalCloud,
} from './support/local-cloud'

let local: LocalCloud

beforeAll(async () => {
  local = await startLocalCloud()
  for (const name of ['events', 'signups', 'misc']) await local.db.createCollection(name)
})

afterAll(async () => {
  await local.server.close()
  removeTempDirs()
})

const events = () => local.db.collection('events')

describe('documents round trip', () => {
  test('Dates, numbers, nested objects and db.serverDate() come back exactly', async () => {
    const before = Date.now()
    const { _id } = (await local.db.collection('misc').add({
      data: {
        startAt: new Date('2025-04-20T01:02:03.456Z'),
        int: 7,
        negative: -3,
        double: 2.5,
        big: 1_700_000_000_123,
        nested: { a: { b: [1, 'x', { c: true }] }, empty: {} },
        nothing: null,
        createdAt: local.db.serverDate(),
        later: local.db.serverDate({ offset: 60_000 }),
      },
    })) as { _id: string }
    expect(_id).toMatch(/^[0-9a-f]{32}$/)

    const { data } = (await local.db.collection('misc').doc(_id).get()) as {
      data: Record<string, unknown>
    }
    expect(data).toMatchObject({
      _id,
      startAt: new Date('2025-04-20T01:02:03.456Z'),
      int: 7,
      negative: -3,
      double: 2.5,
      big: 1_700_000_000_123,
      nested: { a: { b: [1, 'x', { c: true }] }, empty: {} },
      nothing: null,
    })
    const createdAt = data.createdAt as Date
    expect(createdAt).toBeInstanceOf(Date)
    expect(createdAt.getTime()).toBeGreaterThanOrEqual(before)
    expect(createdAt.getTime()).toBeLessThanOrEqual(Date.now())
    expect((data.later as Date).getTime() - createdAt.getTime()).toBe(60_000)
  })

  test('where / orderBy / skip / limit / field, and count', async () => {
    const _ = local.db.command
    await events().add({
      data: [1, 2, 3, 4, 5, 6].map((n) => ({
        _id: `q${n}`,
        kind: 'query-test',
        n,
        city: n % 2 ? 'beijing' : 'shanghai',
        tags: n > 3 ? ['big'] : ['small'],
        when: new Date(Date.UTC(2025, 3, n)),
      })),
    })
    const page = await events()
      .where({ kind: 'query-test', n: _.gte(2), tags: _.in(['big', 'small']) })
      .orderBy('city', 'asc')
      .orderBy('n', 'desc')
      .skip(1)
      .limit(3)
      .field({ n: true, city: true })
      .get()
    expect(page.data).toEqual([
      { _id: 'q3', n: 3, city: 'beijing' },
      { _id: 'q6', n: 6, city: 'shanghai' },
      { _id: 'q4', n: 4, city: 'shanghai' },
    ])

    const byDate = await events()
      .where({ kind: 'query-test', when: _.lt(new Date(Date.UTC(2025, 3, 3))) })
      .get()
    expect(byDate.data.map((d) => d._id).sort()).toEqual(['q1', 'q2'])

    const or = await events()
      .where(_.or([{ n: 1 }, { tags: 'big', city: 'beijing' }]))
      .get()
    expect(or.data.map((d) => d._id).sort()).toEqual(['q1', 'q5'])

    expect((await events().where({ kind: 'query-test', city: 'shanghai' }).count()).total).toBe(3)
    expect(
      (
        await events()
          .where({ kind: 'query-test', missing: _.exists(false), n: _.neq(6) })
          .count()
      ).total,
    ).toBe(5)
  })

  test('aggregate with $match, $group and $sort', async () => {
    const $ = local.db.command.aggregate
    await local.db.collection('signups').add({
      data: [
        { eventId: 'e1', openid: 'a', seats: 1 },
        { eventId: 'e1', openid: 'b', seats: 2 },
        { eventId: 'e2', openid: 'a', seats: 1 },
        { eventId: 'e3', openid: 'c', seats: 4, cancelled: true },
      ],
    })
    const { list } = await local.db
      .collection('signups')
      .aggregate()
      .match({ cancelled: local.db.command.neq(true) })
      .group({ _id: '$eventId', people: $.sum(1), seats: $.sum('$seats') })
      .sort({ seats: -1 })
      .end()
    expect(list).toEqual([
      { _id: 'e1', people: 2, seats: 3 },
      { _id: 'e2', people: 1, seats: 1 },
    ])
  })

  test('aggregate with $lookup, $unwind, $project expressions and $count', async () => {
    await local.db.collection('misc').add({
      data: [
        { _id: 'agg-e1', kind: 'agg', title: 'talk', tags: ['ip', 'law'] },
        { _id: 'agg-e2', kind: 'agg', title: 'fair', tags: [] },
      ],
    })
    const joined = await local.db
      .collection('misc')
      .aggregate()
      .match({ kind: 'agg' })
      .lookup({ from: 'signups', localField: '_id', foreignField: 'eventRef', as: 'signups' })
      .project({ _id: 0, title: 1, label: { $concat: ['$title', ':', { $toUpper: '$title' }] } })
      .sort({ title: 1 })
      .end()
    expect(joined.list).toEqual([
      { title: 'fair', label: 'fair:FAIR' },
      { title: 'talk', label: 'talk:TALK' },
    ])
    const tags = await local.db
      .collection('misc')
      .aggregate()
      .match({ kind: 'agg' })
      .unwind('$tags')
      .count('n')
      .end()
    expect(tags.list).toEqual([{ n: 2 }])
  })

  test('update operators, doc update, doc remove and where remove', async () => {
    const _ = local.db.command
    await events().add({
      data: { _id: 'u1', kind: 'update-test', n: 1, list: ['x', 'y'], old: true, meta: { a: 1 } },
    })
    const where = await events()
      .where({ kind: 'update-test' })
      .update({ data: { n: _.inc(2), list: _.push('z'), old: _.remove(), meta: { b: 2 } } })
    expect(where.stats.updated).toBe(1)
    await events()
      .doc('u1')
      .update({ data: { list: _.pull('x'), n: _.mul(10), 'meta.a': _.max(5) } })
    const { data } = await events().doc('u1').get()
    expect(data).toEqual({
      _id: 'u1',
      kind: 'update-test',
      n: 30,
      list: ['y', 'z'],
      meta: { a: 5, b: 2 },
    })

    // An update that changes nothing is not counted, as in the cloud.
    expect(
      (
        await events()
          .doc('u1')
          .update({ data: { n: 30 } })
      ).stats.updated,
    ).toBe(0)

    expect((await events().doc('u1').remove()).stats.removed).toBe(1)
    expect((await events().where({ kind: 'update-test' }).count()).total).toBe(0)
    await events().add({ data: [{ kind: 'rm' }, { kind: 'rm' }, { kind: 'keep' }] })
    expect((await events().where({ kind: 'rm' }).remove()).stats.removed).toBe(2)
    expect((await events().where({ kind: 'keep' }).count()).total).toBe(1)
  })

  test('a missing document: doc().get() fails as in the cloud; update and remove touch nothing', async () => {
    expect((await failure(events().doc('nope').get())).errMsg).toMatch(
      /document with _id nope does not exist/,
    )
    expect(
      (
        await events()
          .doc('nope')
          .update({ data: { a: 1 } })
      ).stats.updated,
    ).toBe(0)
    expect((await events().doc('nope').remove()).stats.removed).toBe(0)
  })
})

describe('atomicity', () => {
  test('50 concurrent conditional decrements of a 10-seat counter: exactly 10 succeed', async () => {
    const _ = local.db.command
    await events().add({ data: { _id: 'seats', seatsLeft: 10 } })
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        events()
          .where({ _id: 'seats', seatsLeft: _.gt(0) })
          .update({ data: { seatsLeft: _.inc(-1) } }),
      ),
    )
    expect(results.filter((r) => r.stats.updated === 1)).toHaveLength(10)
    expect(results.filter((r) => r.stats.updated === 0)).toHaveLength(40)
    expect((await events().doc('seats').get()).data.seatsLeft).toBe(0)
  })
})

describe('duplicates and upserts', () => {
  test('inserting an existing _id fails recognisably (-502001, E11000 and the _id)', async () => {
    await events().add({ data: { _id: 'dup1', v: 1 } })
    const error = await failure(events().add({ data: { _id: 'dup1', v: 2 } }))
    expect(error.errCode).toBe(-502001)
    expect(error.errMsg).toMatch(
      /^collection\.add:fail -502001 database request fail\. .*E11000 duplicate key error.*dup1/,
    )
    expect((await events().doc('dup1').get()).data.v).toBe(1)
  })

  test('a multi-document insert with one duplicate inserts nothing', async () => {
    await events().add({ data: { _id: 'dup2' } })
    const error = await failure(
      events().add({ data: [{ _id: 'fresh1' }, { _id: 'dup2' }, { _id: 'fresh2' }] }),
    )
    expect(error.errMsg).toMatch(/E11000.*dup2/)
    expect(
      (
        await events()
          .where({ _id: local.db.command.in(['fresh1', 'fresh2']) })
          .count()
      ).total,
    ).toBe(0)
  })

  test('doc.set creates, then replaces the whole document', async () => {
    const created = await events()
      .doc('set1')
      .set({ data: { a: 1, b: { c: 2 } } })
    expect(created.stats).toEqual({ updated: 0, created: 1 })
    const replaced = await events()
      .doc('set1')
      .set({ data: { z: 9 } })
    expect(replaced.stats).toEqual({ updated: 1, created: 0 })
    expect((await events().doc('set1').get()).data).toEqual({ _id: 'set1', z: 9 })
  })
})

describe('collections', () => {
  test('a missing collection surfaces as errCode -502005', async () => {
    const error = await failure(local.db.collection('nowhere').get())
    expect(error.errCode).toBe(-502005)
    expect(error.errMsg).toMatch(
      /collection\.get:fail -502005 database collection not exists\. .*Db or Table not exist: nowhere/,
    )
    expect((await failure(local.db.collection('nowhere').add({ data: { a: 1 } }))).errCode).toBe(
      -502005,
    )
  })

  test('createCollection creates it; creating it again fails with the cloud\'s "Table exist"', async () => {
    expect(await local.db.createCollection('fresh')).toMatchObject({
      errMsg: 'createCollection:ok',
    })
    expect((await local.db.collection('fresh').get()).data).toEqual([])
    const again = await failure(local.db.createCollection('fresh'))
    expect(again.errMsg).toMatch(/createCollection:fail .*Table exist/)
  })
})

describe('fidelity: write errors and unsupported features fail loudly', () => {
  test('type errors MongoDB rejects are rejected, not skipped', async () => {
    const _ = local.db.command
    await events().add({ data: { _id: 't1', name: 'text', results: null } })
    const inc = await failure(
      events()
        .doc('t1')
        .update({ data: { name: _.inc(1) } }),
    )
    expect(inc.errCode).toBe(-502001)
    expect(inc.errMsg).toMatch(/Cannot apply \$inc to a value of non-numeric type/)
    const create = await failure(
      events()
        .doc('t1')
        .update({ data: { 'results.date': 1 } }),
    )
    expect(create.errMsg).toMatch(/Cannot create field 'date' in element \{results: null\}/)
    const push = await failure(
      events()
        .doc('t1')
        .update({ data: { name: _.push('x') } }),
    )
    expect(push.errMsg).toMatch(/must be an array/)
    expect((await events().doc('t1').get()).data).toEqual({
      _id: 't1',
      name: 'text',
      results: null,
    })
  })

  test('documents over 512 KB are rejected', async () => {
    const error = await failure(events().add({ data: { big: 'x'.repeat(600 * 1024) } }))
    expect(error.errMsg).toMatch(/too large/)
  })

  test.each([
    [
      'query operator $mod',
      () =>
        events()
          .where({ n: local.db.command.mod([2, 1]) })
          .get(),
      /unsupported query operator \$mod/,
    ],
    [
      'positional update path',
      () =>
        events()
          .where({ list: 'y' })
          .update({ data: { 'list.$': 'w' } }),
      /unsupported positional/,
    ],
    [
      'aggregation stage',
      () =>
        events()
          .aggregate()
          .geoNear({ near: new local.db.Geo.Point(1, 2), distanceField: 'd' })
          .end(),
      /unsupported aggregation stage \$geoNear/,
    ],
    [
      'aggregation operator',
      () =>
        events()
          .aggregate()
          .project({ x: { $toHashedIndexKey: '$a' } })
          .end(),
      /unsupported aggregation operator \$toHashedIndexKey/,
    ],
  ])('%s', async (_label, call, message) => {
    const error = await failure(call() as Promise<unknown>)
    expect(error.errMsg).toMatch(/\[local runtime\]/)
    expect(error.errMsg).toMatch(message)
  })

  test('unknown actions and bad JSON are answered with an error, and the server keeps serving', async () => {
    const unknown = await postAdmin(
      local.server.url,
      JSON.stringify({ action: 'database.modifyAndReturnDoc', collectionName: 'events' }),
    )
    expect(unknown).toMatchObject({
      code: 'SYS_ERR',
      message: '[local runtime] unsupported action database.modifyAndReturnDoc',
    })
    const bad = await postAdmin(local.server.url, '{not json')
    expect(bad).toMatchObject({ code: 'INVALID_PARAM' })
    expect(String(bad.message)).toMatch(/not valid JSON/)
    expect((await events().doc('dup1').get()).data.v).toBe(1)
  })
})
