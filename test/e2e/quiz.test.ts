// A student takes the quiz in a phone browser: starts a paper from the quiz tab, answers every
// question, all but the last right (read from the paper the server stored and the bank), hands
// it in with a name and class, reads the explanations and sources on the result page, finds the
// wrong one in the wrong-answer book, opens the certificate, and sees the best score on the tab.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { optionLetter, formatSource } from '@/domain/quiz-format'
import { questionBank } from '@/quiz-bank'
import type { AttemptRecord } from '@/server/quiz/records'
import { SCREENSHOT_DIR, browserCloud, describeInBrowser, screenshot } from './browser'

const byId = new Map(questionBank.map((q) => [q.id, q]))

/** The only open attempt in this fresh cloud: the paper the page is showing. */
async function openAttempt(): Promise<AttemptRecord> {
  const { db } = await import('@/server/cloud')
  const { data } = await db
    .collection<AttemptRecord>('quizAttempts')
    .where({ status: 'open' })
    .get()
  expect(data).toHaveLength(1)
  return data[0]
}

/**
 * Ticks the right options of the question on screen (by the paper's option order), or with
 * `wrong` the first option that is not right.
 */
async function answer(page: Page, item: AttemptRecord['paper']['items'][number], wrong = false) {
  const q = byId.get(item.id)!
  const card = page.getByRole('group', { name: /^第 \d+ 题$/ })
  await card.getByText(q.stem, { exact: true }).waitFor()
  const isRight = (original: number) => q.answer.includes(original)
  const picked = wrong
    ? [item.order.findIndex((original) => !isRight(original))]
    : item.order.flatMap((original, shown) => (isRight(original) ? [shown] : []))
  const role = q.type === 'multiple' ? 'checkbox' : 'radio'
  for (const shown of picked) {
    const text = q.options[item.order[shown]]
    await card.getByRole(role, { name: `${optionLetter(shown)}. ${text}` }).click()
  }
}

describeInBrowser('the quiz in a phone browser', () => {
  const app = browserCloud({ now: '2025-04-23T10:00:00+08:00' })

  it('takes a paper, passes, reads the explanations, the mistake and the certificate', async () => {
    const page = await app.open('/#/pages/quiz/index')
    await page.getByText('今日剩余次数').waitFor()
    await page.getByText('宣传周主题 · 知识产权与人工智能').waitFor()
    await screenshot(page, 'quiz-tab')

    await page.getByText('开始答题', { exact: true }).click()
    await page.getByText('第 1 / 10 题', { exact: true }).waitFor()
    await page
      .getByRole('timer')
      .getByText(/^剩余 [45]:\d\d$/)
      .waitFor()
    const attempt = await openAttempt()
    const { items } = attempt.paper
    const last = items.length - 1
    for (const [index, item] of items.entries()) {
      await answer(page, item, index === last)
      if (index === 1) await screenshot(page, 'quiz-paper')
      await page.getByText(index === last ? '去交卷' : '下一题', { exact: true }).click()
    }

    await page.getByText('全部题目都已作答。').waitFor()
    await page.getByLabel('姓名').fill('李小华')
    await page.getByLabel('学校/班级').fill('营口市实验中学 初二（3）班')
    await screenshot(page, 'quiz-hand-in')
    await page.getByText('交卷', { exact: true }).click()

    const score = page.getByRole('region', { name: '成绩' })
    await score.getByText('恭喜通过，可以领取证书').waitFor()
    expect(await score.innerText()).toContain('答对 9 / 10 题')
    expect(page.url()).toContain(`/packages/quiz/result/index?attempt=${attempt._id}`)
    const reviewed = page.getByRole('list', { name: '逐题解析' }).getByRole('listitem')
    expect(await reviewed.count()).toBe(10)
    for (const [index, item] of items.entries()) {
      const q = byId.get(item.id)!
      const text = await reviewed.nth(index).innerText()
      expect(text).toContain(q.explanation)
      expect(text).toContain(`依据：${formatSource(q.source)}`)
      expect(text).toContain(index === last ? '答错' : '答对')
    }
    await screenshot(page, 'quiz-result')
    // Below the fold: the page screenshot shows the viewport only.
    await reviewed.nth(last).screenshot({ path: join(SCREENSHOT_DIR, 'quiz-result-wrong.png') })

    // The tab stays in the document, hidden, with buttons of the same names.
    const resultPage = page.locator('.quiz-page', { has: score })
    await resultPage.getByText('错题本', { exact: true }).click()
    const mistakes = page.getByRole('list', { name: '错题' }).getByRole('listitem')
    await mistakes.first().getByText(byId.get(items[last].id)!.stem, { exact: true }).waitFor()
    expect(await mistakes.count()).toBe(1)
    await screenshot(page, 'quiz-mistakes')
    await page.goBack()

    await resultPage.getByText('查看证书', { exact: true }).click()
    await page.getByText('恭喜你获得答题证书').waitFor()
    await page.getByRole('img', { name: '答题证书：李小华，90分' }).waitFor()
    await screenshot(page, 'quiz-certificate')

    // Back past the result (which replaced the paper) to the tab, which counts the attempt.
    await page.goBack()
    await score.waitFor()
    await page.goBack()
    const mine = page.getByRole('region', { name: '我的答题' })
    await mine.getByText('最好成绩 90 分，用时 0秒。').waitFor()
    expect(await mine.innerText()).toMatch(/2\s*今日剩余次数/)
    await mine.getByText('我的证书', { exact: true }).waitFor()
    await screenshot(page, 'quiz-tab-after')
  }, 120_000)
})
