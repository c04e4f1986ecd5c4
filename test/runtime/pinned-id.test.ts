// Which queries the local store answers from its _id index rather than by a scan.
import { pinnedId } from '../../local/tcb/database/session'

it('finds the _id a query pins, and nothing else', () => {
  expect(pinnedId({ _id: 'a' })).toBe('a')
  expect(pinnedId({ _id: 7, status: 'new' })).toBe(7)
  expect(pinnedId({ _id: { $eq: 'a' } })).toBe('a')
  // Anything that could match more than one document is scanned.
  expect(pinnedId({})).toBeUndefined()
  expect(pinnedId({ _id: { $in: ['a', 'b'] } })).toBeUndefined()
  expect(pinnedId({ _id: { $eq: 'a', $ne: 'b' } })).toBeUndefined()
  expect(pinnedId({ _id: { $gt: 'a' } })).toBeUndefined()
  expect(pinnedId({ status: 'new' })).toBeUndefined()
})
