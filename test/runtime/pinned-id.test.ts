// Which queries the local store answers from an index rather than by a scan.
import { pinnedId, pinnedValues } from '../../local/tcb/database/pinned'

it('finds the _id a query pins, and nothing else', () => {
  expect(pinnedId({ _id: 'a' })).toBe('a')
  expect(pinnedId({ _id: 7, status: 'new' })).toBe(7)
  expect(pinnedId({ _id: { $eq: 'a' } })).toBe('a')
  // As where(_.and([{ _id, … }, _.or([…])])) sends it.
  expect(pinnedId({ $and: [{ _id: 'e', status: 'open' }, { $or: [{ n: 1 }, { n: 2 }] }] })).toBe(
    'e',
  )
  // Anything that could match more than one document is scanned.
  expect(pinnedId({})).toBeUndefined()
  expect(pinnedId({ _id: { $in: ['a', 'b'] } })).toBeUndefined()
  expect(pinnedId({ _id: { $eq: 'a', $ne: 'b' } })).toBeUndefined()
  expect(pinnedId({ _id: { $gt: 'a' } })).toBeUndefined()
  expect(pinnedId({ status: 'new' })).toBeUndefined()
  expect(pinnedId({ $or: [{ _id: 'a' }, { _id: 'b' }] })).toBeUndefined()
})

it('finds the top-level fields a query pins to one string, number or boolean', () => {
  expect(
    pinnedValues({
      $and: [{ eventId: 'e', status: 'waitlisted' }, { $or: [{ at: 1 }, { at: 2 }] }],
      paid: { $eq: true },
      n: 3,
    }),
  ).toEqual([
    ['eventId', 'e'],
    ['status', 'waitlisted'],
    ['paid', true],
    ['n', 3],
  ])
  // Null also matches a missing field; dotted paths reach into arrays; ranges are not one value;
  // Object's own names are not fields an index can hold.
  expect(
    pinnedValues({
      a: null,
      'b.c': 1,
      d: { $gt: 1 },
      e: { $eq: 1, $ne: 2 },
      f: { x: 1 },
      constructor: 'x',
      ...(JSON.parse('{"__proto__": "y"}') as object),
    }),
  ).toEqual([])
})
