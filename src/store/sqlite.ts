// The embedded store: one SQLite file through better-sqlite3 (v12: v13 needs Node 22).
// WAL mode, and one transaction per article, so that a process killed at any moment leaves
// whole articles only; a rerun skips them by hash.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { CorpusArticle } from '../graph/corpus.ts';
import { GeokgError } from '../util/errors.ts';
import { articleRows, decodeExtraction, encodeExtraction } from './rows.ts';
import { SCHEMA_VERSION, pendingMigrations } from './schema.ts';
import { dateWhere } from './sql.ts';
import type { ArticleFilter, ArticleRecord, Store, StoreCounts } from './types.ts';

export function openSqliteStore(path: string, { readonly = false } = {}): Store {
  if (readonly && !existsSync(path)) throw new GeokgError('store', `${path}: no such store; fill it first with geokg ingest <paths…> --db ${path}`);
  let db: Database.Database;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly });
    // 16 KB pages (effective on a new file only): a compressed article of a few KB leaves little unused space
    if (!readonly) { db.pragma('page_size = 16384'); db.pragma('journal_mode = WAL'); }
    // NORMAL in WAL mode: a power cut may lose the last commits but never corrupts; a killed process loses nothing committed
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 10000');
    if (!readonly) migrate(db);
    else if (currentVersion(db) === 0) throw new GeokgError('store', `${path}: not a geokg store; fill it with geokg ingest`);
  } catch (e) {
    if (e instanceof GeokgError) throw e;
    const code = (e as { code?: string }).code;
    throw new GeokgError('store', `${path}: cannot open as a SQLite store (${code === 'SQLITE_NOTADB' ? 'not a SQLite file' : (e as Error).message.split('\n')[0]})`);
  }
  checkVersion(db, path);

  const has = db.prepare<[string], { hash: string }>('SELECT hash FROM articles WHERE hash = ?');
  const insertArticle = db.prepare('INSERT INTO articles (hash, id, date, length, extraction) VALUES (?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING');
  // one statement per table and article, its rows passed as a JSON array: a statement per row costs
  // more than the rows themselves ("WHERE true" lets SQLite parse ON CONFLICT after a SELECT)
  const insertEntities = db.prepare(`INSERT INTO entities (key, label, type, qid, gazetteer_id)
    SELECT value->>0, value->>1, value->>2, value->>3, value->>4 FROM json_each(?) WHERE true ON CONFLICT (key) DO NOTHING`);
  const insertMentions = db.prepare(`INSERT INTO mentions (article, entity, start, "end")
    SELECT ?, e.id, j.value->>1, j.value->>2 FROM json_each(?) AS j JOIN entities AS e ON e.key = j.value->>0 WHERE true ON CONFLICT DO NOTHING`);
  const insertRelations = db.prepare(`INSERT INTO relations (key, subject, predicate, object, negated)
    SELECT value->>0, value->>1, value->>2, value->>3, value->>4 FROM json_each(?) WHERE true ON CONFLICT (key) DO NOTHING`);
  const insertEvidence = db.prepare(`INSERT INTO evidence (relation, article, start, subject_text, object_text, date)
    SELECT r.id, ?, j.value->>1, j.value->>2, j.value->>3, j.value->>4 FROM json_each(?) AS j JOIN relations AS r ON r.key = j.value->>0
    WHERE true ON CONFLICT DO NOTHING`);

  const put = db.transaction((record: ArticleRecord): boolean => {
    const x = record.extraction;
    const info = insertArticle.run(record.hash, x.article.id, x.article.date ?? null, x.article.length, encodeExtraction(x));
    if (!info.changes) return false;
    const seq = info.lastInsertRowid;
    const rows = articleRows(x);
    const json = (list: unknown[][]) => JSON.stringify(list);
    if (rows.entities.length) insertEntities.run(json(rows.entities.map((e) => [e.key, e.label, e.type, e.qid, e.gazetteerId])));
    if (rows.mentions.length) insertMentions.run(seq, json(rows.mentions.map((m) => [m.entity, m.start, m.end])));
    if (rows.relations.length) insertRelations.run(json(rows.relations.map((r) => [r.key, r.subject, r.predicate, r.object, r.negated])));
    if (rows.evidence.length) insertEvidence.run(seq, json(rows.evidence.map((v) => [v.relation, v.start, v.subjectText, v.objectText, v.date])));
    return true;
  });

  return {
    kind: 'sqlite',
    location: path,
    async knownHashes(hashes) {
      return new Set(hashes.filter((h) => has.get(h)));
    },
    async putArticle(record) {
      return put.immediate(record);
    },
    async *extractions(filter: ArticleFilter = {}): AsyncIterable<CorpusArticle> {
      const { where, params } = dateWhere(filter, 'sqlite');
      const rows = db.prepare<unknown[], { extraction: Buffer }>(`SELECT extraction FROM articles ${where} ORDER BY id, hash`).iterate(...params);
      for (const row of rows) yield decodeExtraction(row.extraction);
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
