import type Datastore from '@seald-io/nedb'
import type { Doc } from '../ejson'
import type { DocId } from './documents'

export interface AtomicWriter {
  replace(doc: Doc): Promise<void>
  insert(doc: Doc): Promise<void>
  remove(ids: DocId[]): Promise<void>
}

// Internals of @seald-io/nedb 4.1.2 (pinned exactly in package.json): the executor queue every public
// operation runs in, and the queue-less versions of updateAsync/insertAsync/removeAsync that NeDB
// itself calls from inside a queued task.
interface NedbInternals {
  executor: { pushAsync<T>(task: () => Promise<T>): Promise<T> }
  _updateAsync(query: object, update: object, options: object): Promise<unknown>
  _insertAsync(doc: object): Promise<unknown>
  _removeAsync(query: object, options: object): Promise<unknown>
}

/**
 * Runs `task` as ONE task of the datastore's executor queue, the way NeDB queues its own updateAsync,
 * so no other operation on the collection interleaves between the task's read of the documents and its
 * writes. Needed because public updateAsync can only apply NeDB's own modifiers, while updates here are
 * computed with MongoDB semantics (mingo) from the current document.
 */
export function runExclusive<T>(
  datastore: Datastore,
  task: (writer: AtomicWriter) => Promise<T>,
): Promise<T> {
  const internals = datastore as unknown as NedbInternals
  const writer: AtomicWriter = {
    replace: async (doc) => void (await internals._updateAsync({ _id: doc._id }, doc, {})),
    insert: async (doc) => void (await internals._insertAsync(doc)),
    // One removal, so one append to the file, however many documents go.
    remove: async (ids) =>
      void (await internals._removeAsync({ _id: { $in: ids } }, { multi: true })),
  }
  return internals.executor.pushAsync(() => task(writer))
}
