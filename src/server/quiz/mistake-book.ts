// The wrong-answer book: one document per person, questions keyed by id, so a submit records all
// its mistakes with one write and a question got wrong again simply moves to the top.
import { isDuplicateKeyError } from '@/server/errors'
import { mistakeBooks, type Mistake } from './records'

export async function addMistakes(
  openid: string,
  questionIds: readonly string[],
  mistake: Mistake,
): Promise<void> {
  if (questionIds.length === 0) return
  const items = Object.fromEntries(questionIds.map((id) => [id, mistake]))
  // update() merges nested objects field by field: the book's other questions stay.
  const write = () => mistakeBooks().doc(openid).update({ data: { items } })
  if ((await write()).stats.updated === 1) return
  try {
    await mistakeBooks().add({ data: { _id: openid, items } })
  } catch (error) {
    // A concurrent submit started the book first: add to it.
    if (!isDuplicateKeyError(error)) throw error
    await write()
  }
}

/** Question ids with their mistakes, most recent first. */
export async function readMistakes(openid: string): Promise<[string, Mistake][]> {
  const { data } = await mistakeBooks().doc(openid).get()
  const time = (mistake: Mistake) => new Date(mistake.wrongAt).getTime()
  return Object.entries(data?.items ?? {}).sort(([, a], [, b]) => time(b) - time(a))
}
