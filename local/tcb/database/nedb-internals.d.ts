// Modules of @seald-io/nedb 4.1.2 (pinned exactly in package.json) that its typings leave out.
declare module '@seald-io/nedb/lib/model.js' {
  /** One document as NeDB writes it in its data file (without the newline). */
  export function serialize(doc: object): string
}

declare module '@seald-io/nedb/lib/indexes.js' {
  /** A field's index; NeDB keeps every index in `datastore.indexes` up to date on each write. */
  export default class Index {
    constructor(options: { fieldName: string })
    insert(docs: object[]): void
    /** The live array of the documents with this key: copy it before keeping it. */
    getMatching(value: unknown): object[]
  }
}
