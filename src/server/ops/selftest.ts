// The self-test: every behaviour of the cloud that the product's guarantees rest on, checked
// against the environment it runs in. The local runtime is held to the same list in `npm test`.
// Scratch documents carry the run's id and are removed afterwards, whatever the outcome.
import { randomBytes } from 'node:crypto'
import type { SelftestCheck, SelftestReport } from '@/contracts/ops'
import { callerOpenid, db, storage, temporaryUrl } from '@/server/cloud'
import { isDuplicateKeyError } from '@/server/errors'

interface Scratch {
  _id: string
  run: string
  seats?: number
  n?: number
  at?: Date
}

interface Check {
  id: string
  title: string
  /** Resolves to what was observed; throws with what went wrong. */
  run(run: string): Promise<string>
}

const scratch = () => db.collection<Scratch>('selftestScratch')
const _ = db.command
/** A server date further than this from the function's clock is not the server's. */
const CLOCK_TOLERANCE_MS = 5 * 60 * 1000

class CheckFailed extends Error {}
function expect(condition: boolean, problem: string): asserts condition {
  if (!condition) throw new CheckFailed(problem)
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error))

const CHECKS: Check[] = [
  {
    id: 'conditional-update',
    title: '条件更新是原子的：两个并发请求争一个名额，只有一个成功',
    async run(run) {
      const _id = `${run}-seat`
      await scratch().add({ data: { _id, run, seats: 1 } })
      const take = () =>
        scratch()
          .where({ _id, seats: _.gt(0) })
          .update({ data: { seats: _.inc(-1) } })
      const results = await Promise.all([take(), take()])
      const won = results.filter((r) => r.stats.updated === 1).length
      const { data } = await scratch().doc(_id).get()
      expect(won === 1, `${won} 个请求成功`)
      expect(data?.seats === 0, `剩余名额为 ${data?.seats}`)
      return '1 个成功，剩余名额 0'
    },
  },
  {
    id: 'duplicate-id',
    title: '插入已存在的 _id 会失败，且被识别为冲突',
    async run(run) {
      const _id = `${run}-dup`
      await scratch().add({ data: { _id, run } })
      try {
        await scratch().add({ data: { _id, run } })
      } catch (error) {
        expect(isDuplicateKeyError(error), `失败原因未被识别为冲突：${describe(error)}`)
        return '第二次插入被拒绝，识别为冲突'
      }
      throw new CheckFailed('第二次插入成功了')
    },
  },
  {
    id: 'transaction-commit',
    title: '事务提交后，其中的写入全部生效',
    async run(run) {
      const ids = [`${run}-tx-a`, `${run}-tx-b`]
      await db.runTransaction(async (tx) => {
        for (const id of ids)
          await tx.collection<Scratch>('selftestScratch').doc(id).set({ data: { run } })
      })
      const { total } = await scratch()
        .where({ _id: _.in(ids) })
        .count()
      expect(total === 2, `提交后只有 ${total} 条写入`)
      return '2 条写入均可读到'
    },
  },
  {
    id: 'transaction-rollback',
    title: '事务中途出错时回滚，其中的写入全部不生效',
    async run(run) {
      const _id = `${run}-tx-rollback`
      const failure = new Error('selftest: rollback on purpose')
      const outcome = await db
        .runTransaction(async (tx) => {
          await tx.collection<Scratch>('selftestScratch').doc(_id).set({ data: { run } })
          throw failure
        })
        .then(
          () => 'committed',
          (error: unknown) =>
            error === failure || describe(error).includes(failure.message)
              ? 'rolled back'
              : describe(error),
        )
      expect(outcome === 'rolled back', `事务结果：${outcome}`)
      const { data } = await scratch().doc(_id).get()
      expect(data === null, '回滚后写入仍然存在')
      return '回滚后写入不存在'
    },
  },
  {
    id: 'server-date',
    title: '服务端时间由数据库写入，而非客户端传入',
    async run(run) {
      const _id = `${run}-date`
      await scratch().add({ data: { _id, run, at: db.serverDate() as unknown as Date } })
      const { data } = await scratch().doc(_id).get()
      const at = data?.at
      expect(at instanceof Date, `存储的时间不是日期：${JSON.stringify(at)}`)
      const skew = Math.abs(at.getTime() - Date.now())
      expect(skew < CLOCK_TOLERANCE_MS, `与函数时钟相差 ${Math.round(skew / 1000)} 秒`)
      return `与函数时钟相差 ${skew} 毫秒`
    },
  },
  {
    id: 'query-order-count',
    title: '查询的排序、计数和聚合求和正确',
    async run(run) {
      for (const n of [3, 1, 2]) await scratch().add({ data: { _id: `${run}-n${n}`, run, n } })
      const where = { run, n: _.exists(true) }
      const { data } = await scratch().where(where).orderBy('n', 'asc').get()
      const { total } = await scratch().where(where).count()
      const { list } = await scratch()
        .aggregate()
        .match(where)
        .group<{ _id: null; sum: number }>({ _id: null, sum: { $sum: '$n' } })
        .end()
      const order = data.map((d) => d.n).join(',')
      expect(order === '1,2,3', `排序结果 ${order}`)
      expect(total === 3, `计数 ${total}`)
      expect(list[0]?.sum === 6, `求和 ${list[0]?.sum}`)
      return '排序 1,2,3；计数 3；求和 6'
    },
  },
  {
    id: 'storage',
    title: '云存储可以上传、生成临时链接、下载和删除',
    async run(run) {
      const content = Buffer.from(`selftest ${run}`)
      const { fileID } = await storage.uploadFile({
        cloudPath: `selftest/${run}.txt`,
        fileContent: content,
      })
      try {
        const url = await temporaryUrl(fileID, 60)
        const { fileContent } = await storage.downloadFile({ fileID })
        expect(Buffer.from(fileContent).equals(content), '下载的内容与上传的不一致')
        return `临时链接 ${new URL(url).protocol}//…，内容一致`
      } finally {
        await storage.deleteFile({ fileList: [fileID] })
      }
    },
  },
  {
    id: 'caller-identity',
    title: '调用者身份来自平台上下文',
    async run() {
      const openid = callerOpenid()
      expect(openid.length > 0, '上下文中没有 OPENID')
      return `OPENID ${openid.slice(0, 4)}…（${openid.length} 位）`
    },
  },
]

export async function runSelftest(): Promise<SelftestReport> {
  const run = `st-${Date.now()}-${randomBytes(4).toString('hex')}`
  const checks: SelftestCheck[] = []
  try {
    for (const check of CHECKS) {
      const started = Date.now()
      const outcome = await check.run(run).then(
        (detail) => ({ ok: true, detail }),
        (error: unknown) => ({ ok: false, detail: describe(error) }),
      )
      checks.push({ id: check.id, title: check.title, ...outcome, ms: Date.now() - started })
    }
  } finally {
    await scratch().where({ run }).remove()
  }
  return { passed: checks.every((c) => c.ok), checks, ranAt: new Date().toISOString() }
}
