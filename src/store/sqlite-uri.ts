// better-sqlite3 reads SQLITE_USE_URI once, when it loads: set here, imported before it, so that a read-only
// store in a folder the reader cannot write can be opened as immutable (src/store/sqlite.ts). Only names
// starting with "file:" are read as URIs; a store is opened by that name only in that one case.
process.env.SQLITE_USE_URI ??= '1';
export {};
