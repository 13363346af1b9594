// The embedded store: one SQLite file through better-sqlite3 (v12: v13 needs Node 22).
// WAL mode, and one transaction per article, so that a process killed at any moment leaves
// whole articles only; a rerun skips them by hash.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import './sqlite-uri.ts';
import Database from 'better-sqlite3';
import type { CorpusArticle } from '../graph/corpus.ts';
import { GeokgError } from '../util/errors.ts';
import { articleIds, decodeStored, encodeExtraction, forEachRow, type RowSink } from './rows.ts';
import { SCHEMA_VERSION, STORE_TABLES, foreignTablesMessage, pendingMigrations } from './schema.ts';
import { dateWhere } from './sql.ts';
import type { ArticleFilter, ArticleRecord, Store, StoreCounts } from './types.ts';

export interface SqliteOpenOptions {
  readonly?: boolean;
  /** use a database that holds tables of another program */
  force?: boolean;
}

/** The SQLite error as a one-line reason. */
/** A path as SQLite should take it: with URI names enabled, "file:x" would be read as one. */
const plainPath = (path: string) => (path.startsWith('file:') ? `./${path}` : path);

const reason = (e: unknown) => {
  const code = (e as { code?: string }).code;
  return code === 'SQLITE_NOTADB' ? 'not a SQLite file' : (e as Error).message.split('\n')[0]!;
};

/**
 * Read only: `readonly: true`, no journal-mode switch, nothing created. A store in WAL mode needs its -shm
 * file, which SQLite cannot create in a folder the reader may not write; when no -wal file holds pending
 * writes, the file alone is the whole store and is opened as immutable instead (a URI filename:
 * better-sqlite3 enables those through SQLITE_USE_URI, set in ./sqlite-uri.ts before it loads).
 */
function openReadonly(path: string): Database.Database {
  if (!existsSync(path)) throw new GeokgError('store', `${path}: no such store; fill it first with geokg ingest <paths…> --db ${path}`);
  let db: Database.Database;
  try {
    db = new Database(plainPath(path), { readonly: true, fileMustExist: true });
    currentVersion(db); // the first read is where WAL's -shm is needed
  } catch (e) {
    const code = (e as { code?: string }).code;
    if ((code !== 'SQLITE_READONLY_DIRECTORY' && code !== 'SQLITE_CANTOPEN') || existsSync(`${path}-wal`)) throw e;
    db = new Database(`${pathToFileURL(resolve(path)).href}?immutable=1`, { readonly: true, fileMustExist: true });
  }
  db.pragma('busy_timeout = 10000');
  if (currentVersion(db) === 0) throw new GeokgError('store', `${path}: not a geokg store; fill it with geokg ingest`);
  return db;
}

/** Writing: refuses another program's database (unless force), then WAL mode and the schema's migrations. */
function openWritable(path: string, force: boolean): Database.Database {
  const db = new Database(plainPath(path));
  const foreign = db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").pluck().all()
    .filter((t) => !STORE_TABLES.has(t));
  if (foreign.length && !force) {
    db.close();
    throw new GeokgError('store', foreignTablesMessage(path, foreign, 'this database'));
  }
  // 16 KB pages (effective on a new file only): a compressed article of a few KB leaves little unused space
  db.pragma('page_size = 16384');
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a power cut may lose the last commits but never corrupts; a killed process loses nothing committed
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 10000');
  migrate(db);
  return db;
}

export function openSqliteStore(path: string, { readonly = false, force = false }: SqliteOpenOptions = {}): Store {
  let db: Database.Database;
  try {
    db = readonly ? openReadonly(path) : openWritable(path, force);
  } catch (e) {
    if (e instanceof GeokgError) throw e;
    throw new GeokgError('store', `${path}: cannot open as a SQLite store (${reason(e)})`);
  }
  checkVersion(db, path);
  return readonly ? sqliteStore(db, path, undefined) : sqliteStore(db, path, sqliteWriter(db));
}

/** The statements and transaction that write one article (a store opened for writing only). */
function sqliteWriter(db: Database.Database) {
  const has = db.prepare<[string], { hash: string }>('SELECT hash FROM articles WHERE hash = ?');
  const insertArticle = db.prepare('INSERT INTO articles (hash, id, date, length, extraction) VALUES (?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING');
  // One small prepared statement per row: better-sqlite3 binds and steps one in about a microsecond, less
  // than parsing the same rows out of a JSON array with json_each. Each article's transaction is IMMEDIATE
  // (it holds the write lock from its start), so looking a key up and then inserting it cannot race.
  const entityId = db.prepare<[string], number>('SELECT id FROM entities WHERE key = ?').pluck();
  const insertEntity = db.prepare('INSERT INTO entities (key, label, type, qid, gazetteer_id) VALUES (?, ?, ?, ?, ?)');
  const insertMention = db.prepare('INSERT INTO mentions (article, entity, start, "end") VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING');
  const relationId = db.prepare<[string], number>('SELECT id FROM relations WHERE key = ?').pluck();
  const insertRelation = db.prepare('INSERT INTO relations (key, subject, predicate, object, negated) VALUES (?, ?, ?, ?, ?)');
  const insertEvidence = db.prepare('INSERT INTO evidence (article, relation, start, subject_text, object_text, date) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING');

  const versions = articleVersions(db);

  const entities = new KeyIds(entityId, insertEntity);
  const relations = new KeyIds(relationId, insertRelation);
  // the article being written and the ids of its keys; rows straight from the extraction, duplicates
  // left to ON CONFLICT (no sorting: one writer at a time takes no row locks to order)
  let seq: number | bigint = 0;
  const entityIds = new Map<string, number>();
  const sink: RowSink = {
    entity: (e) => { if (!entityIds.has(e.key)) entityIds.set(e.key, entities.id(e.key, [e.key, e.label, e.type, e.qid, e.gazetteerId])); },
    mention: (m) => {
      const id = entityIds.get(m.entity);
      if (id !== undefined) insertMention.run(seq, id, m.start, m.end);
    },
    relation: (r, v) => insertEvidence.run(seq, relations.id(r.key, [r.key, r.subject, r.predicate, r.object, r.negated]), v.start, v.subjectText, v.objectText, v.date),
  };
  const put = db.transaction((record: ArticleRecord): boolean => {
    const x = record.extraction;
    if (has.get(record.hash)) return false;
    const ids = articleIds(x);
    versions.removeEarlier(ids);
    const info = insertArticle.run(record.hash, x.article.id, x.article.date ?? null, x.article.length, encodeExtraction(x));
    if (!info.changes) return false;
    seq = info.lastInsertRowid;
    versions.claim(ids, seq);
    entityIds.clear();
    forEachRow(x, sink);
    return true;
  });

  return {
    has: (hash: string) => !!has.get(hash),
    put(record: ArticleRecord): boolean {
      let added: boolean;
      try {
        added = put.immediate(record);
      } catch (e) {
        entities.rollback();
        relations.rollback();
        throw e;
      }
      entities.commit();
      relations.commit();
      return added;
    },
  };
}

type SqliteWriter = ReturnType<typeof sqliteWriter>;

/** One version per article id: the earlier versions an article replaces, and its claim on its ids. */
function articleVersions(db: Database.Database) {
  // the rows holding any of these ids (json_each: one statement for any number of ids)
  const stale = db.prepare<[string], number>('SELECT DISTINCT article FROM article_ids WHERE id IN (SELECT value FROM json_each(?))').pluck();
  const removals = ['DELETE FROM mentions WHERE article = ?', 'DELETE FROM evidence WHERE article = ?', 'DELETE FROM article_ids WHERE article = ?', 'DELETE FROM articles WHERE seq = ?']
    .map((sql) => db.prepare<[number]>(sql));
  const insertId = db.prepare('INSERT INTO article_ids (id, article) VALUES (?, ?)');
  return {
    /** entity and relation rows stay: they are a dictionary of keys, and the graph is rebuilt from extractions */
    removeEarlier(ids: string[]): void {
      for (const seq of stale.all(JSON.stringify(ids))) for (const remove of removals) remove.run(seq);
    },
    claim(ids: string[], seq: number | bigint): void {
      for (const id of ids) insertId.run(id, seq);
    },
  };
}

function sqliteStore(db: Database.Database, path: string, writer: SqliteWriter | undefined): Store {
  const writable = (): SqliteWriter => {
    if (!writer) throw new GeokgError('store', `${path}: opened read-only`);
    return writer;
  };
  return {
    kind: 'sqlite',
    location: path,
    async knownHashes(hashes) {
      const w = writable();
      return new Set(hashes.filter((h) => w.has(h)));
    },
    async putArticle(record) {
      const w = writable();
      try {
        return w.put(record);
      } catch (e) {
        throw new GeokgError('store', `${path}: cannot store article "${record.extraction.article.id}" (${reason(e)})`, 1, { cause: e });
      }
    },
    async *extractions(filter: ArticleFilter = {}): AsyncIterable<CorpusArticle> {
      const { where, params } = dateWhere(filter, 'sqlite');
      // ordered first as bare row ids (no index keeps this order: one would cost every article's commit a
      // page), then read one by one, so that sorting never copies the extractions themselves
      const order = db.prepare<unknown[], number>(`SELECT seq FROM articles ${where} ORDER BY id, hash`).pluck().all(...params);
      const row = db.prepare<[number], { id: string; extraction: Buffer }>('SELECT id, extraction FROM articles WHERE seq = ?');
      for (const seq of order) {
        const { id, extraction } = row.get(seq)!;
        yield decodeStored(path, id, extraction);
      }
    },
    async counts(): Promise<StoreCounts> {
      const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      return { articles: n('articles'), entities: n('entities'), mentions: n('mentions'), relations: n('relations'), evidence: n('evidence') };
    },
    async schemaVersion() {
      return currentVersion(db);
    },
    async close() {
      db.close();
    },
  };
}

function currentVersion(db: Database.Database): number {
  const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get();
  if (!table) return 0;
  return (db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null }).v ?? 0;
}

function migrate(db: Database.Database): void {
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)');
    for (const m of pendingMigrations(currentVersion(db))) {
      db.exec(m.sqlite);
      db.prepare('INSERT INTO schema_version (version, applied) VALUES (?, ?)').run(m.version, new Date().toISOString());
    }
  }).immediate();
}

function checkVersion(db: Database.Database, path: string): void {
  const v = currentVersion(db);
  if (v > SCHEMA_VERSION) {
    db.close();
    throw new GeokgError('store', `${path}: made by a newer geokg (schema ${v}, this one knows ${SCHEMA_VERSION}); upgrade geokg`);
  }
}

/**
 * The integer ids of a table's natural keys (entity or relation keys), remembered once committed: rows are
 * never updated or deleted, so a committed id stays right even while other processes write to the file.
 * Bounded: past the limit it starts afresh (a miss costs one indexed look-up, never a wrong id).
 */
class KeyIds {
  private readonly committed = new Map<string, number>();
  private pending: [string, number][] = [];
  constructor(
    private readonly lookup: Database.Statement<[string], number>,
    private readonly insert: Database.Statement<unknown[]>,
    private readonly limit = 200_000,
  ) {}
  /** The id of `key`, inserting `row` (within the article's transaction) when the key is new. */
  id(key: string, row: unknown[]): number {
    let id = this.committed.get(key);
    if (id === undefined) {
      id = this.lookup.get(key) ?? Number(this.insert.run(...row).lastInsertRowid);
      this.pending.push([key, id]);
    }
    return id;
  }
  /** The transaction committed: its new ids are real. */
  commit(): void {
    if (this.committed.size + this.pending.length > this.limit) this.committed.clear();
    for (const [key, id] of this.pending) this.committed.set(key, id);
    this.pending = [];
  }
  /** The transaction rolled back: its ids were never real. */
  rollback(): void {
    this.pending = [];
  }
}
