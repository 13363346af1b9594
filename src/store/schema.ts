// The store's schema as numbered migrations, one SQL script per dialect. A store records the last
// migration applied in schema_version; opening a store applies the missing ones, in order, in one transaction.
// To change the schema, append a migration: never edit one that has shipped.

export interface Migration {
  version: number;
  sqlite: string;
  postgres: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    // articles.extraction: the extraction as the graph is rebuilt from it (slimExtraction), brotli-compressed JSON (src/store/rows.ts).
    // Natural keys (article hash, entity key, relation key) are unique; the rows that hang off them refer to
    // compact integer ids, which keeps mentions and evidence small (the store stays under 3× the text).
    sqlite: `
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, id TEXT NOT NULL, date TEXT,
        length INTEGER NOT NULL, extraction BLOB NOT NULL);
      CREATE INDEX articles_id ON articles (id);
      CREATE INDEX articles_date ON articles (date);
      CREATE TABLE entities (
        id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, label TEXT NOT NULL, type TEXT NOT NULL, qid TEXT, gazetteer_id TEXT);
      CREATE TABLE mentions (
        article INTEGER NOT NULL, entity INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        PRIMARY KEY (article, start, "end", entity)) WITHOUT ROWID;
      CREATE TABLE relations (
        id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, subject TEXT NOT NULL, predicate TEXT NOT NULL, object TEXT NOT NULL, negated INTEGER NOT NULL);
      CREATE TABLE evidence (
        relation INTEGER NOT NULL, article INTEGER NOT NULL, start INTEGER NOT NULL,
        subject_text TEXT NOT NULL, object_text TEXT NOT NULL, date TEXT,
        PRIMARY KEY (relation, article, start, subject_text, object_text)) WITHOUT ROWID;`,
    postgres: `
      CREATE TABLE articles (
        seq BIGSERIAL PRIMARY KEY, hash TEXT NOT NULL UNIQUE, id TEXT NOT NULL, date TEXT,
        length INTEGER NOT NULL, extraction BYTEA NOT NULL);
      CREATE INDEX articles_id ON articles (id);
      CREATE INDEX articles_date ON articles (date);
      CREATE TABLE entities (
        id BIGSERIAL PRIMARY KEY, key TEXT NOT NULL UNIQUE, label TEXT NOT NULL, type TEXT NOT NULL, qid TEXT, gazetteer_id TEXT);
      CREATE TABLE mentions (
        article BIGINT NOT NULL REFERENCES articles (seq), entity BIGINT NOT NULL REFERENCES entities (id),
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, PRIMARY KEY (article, start, "end", entity));
      CREATE TABLE relations (
        id BIGSERIAL PRIMARY KEY, key TEXT NOT NULL UNIQUE, subject TEXT NOT NULL, predicate TEXT NOT NULL, object TEXT NOT NULL, negated INTEGER NOT NULL);
      CREATE TABLE evidence (
        relation BIGINT NOT NULL REFERENCES relations (id), article BIGINT NOT NULL REFERENCES articles (seq), start INTEGER NOT NULL,
        subject_text TEXT NOT NULL, object_text TEXT NOT NULL, date TEXT,
        PRIMARY KEY (relation, article, start, subject_text, object_text));`,
  },
  {
    version: 2,
    // Cheaper writes, same facts. Evidence is keyed article first, like mentions, so an article's rows
    // append to the end of the table instead of landing on a page per relation (each such page is written
    // again on every commit). articles_date goes: the date filter compares a prefix, which no index serves.
    sqlite: `
      DROP INDEX articles_date;
      CREATE TABLE evidence_v2 (
        article INTEGER NOT NULL, relation INTEGER NOT NULL, start INTEGER NOT NULL,
        subject_text TEXT NOT NULL, object_text TEXT NOT NULL, date TEXT,
        PRIMARY KEY (article, relation, start, subject_text, object_text)) WITHOUT ROWID;
      INSERT INTO evidence_v2 SELECT article, relation, start, subject_text, object_text, date FROM evidence;
      DROP TABLE evidence;
      ALTER TABLE evidence_v2 RENAME TO evidence;`,
    postgres: `
      DROP INDEX articles_date;
      ALTER TABLE evidence DROP CONSTRAINT evidence_pkey;
      ALTER TABLE evidence ADD PRIMARY KEY (article, relation, start, subject_text, object_text);`,
  },
  {
    version: 3,
    // articles_id goes too: the store is read in (id, hash) order by sorting row ids (src/store/sqlite.ts), and
    // PostgreSQL sorts by id COLLATE "C", which an index in the database's collation does not serve.
    sqlite: 'DROP INDEX articles_id;',
    postgres: 'DROP INDEX articles_id;',
  },
  {
    version: 4,
    // One version per article id (src/ingest/identity.ts): article_ids maps every id an article was read
    // under to its row, so a new version finds the old one to replace. articles.hash is now the version's
    // hash (text, metadata and ids). Before, an edited article stayed stored twice under its id: the latest
    // row (largest seq) is kept and the rows it superseded go, with their mentions and evidence.
    sqlite: `
      CREATE TABLE article_ids (id TEXT PRIMARY KEY, article INTEGER NOT NULL) WITHOUT ROWID;
      INSERT INTO article_ids (id, article) SELECT id, max(seq) FROM articles GROUP BY id;
      CREATE INDEX article_ids_article ON article_ids (article);
      DELETE FROM mentions WHERE article NOT IN (SELECT article FROM article_ids);
      DELETE FROM evidence WHERE article NOT IN (SELECT article FROM article_ids);
      DELETE FROM articles WHERE seq NOT IN (SELECT article FROM article_ids);`,
    postgres: `
      CREATE TABLE article_ids (id TEXT PRIMARY KEY, article BIGINT NOT NULL REFERENCES articles (seq));
      INSERT INTO article_ids (id, article) SELECT id, max(seq) FROM articles GROUP BY id;
      CREATE INDEX article_ids_article ON article_ids (article);
      DELETE FROM mentions WHERE article NOT IN (SELECT article FROM article_ids);
      DELETE FROM evidence WHERE article NOT IN (SELECT article FROM article_ids);
      DELETE FROM articles WHERE seq NOT IN (SELECT article FROM article_ids);`,
  },
];

/** The tables a geokg store holds: a database with others belongs to another program (src/store/*: --force). */
export const STORE_TABLES: ReadonlySet<string> = new Set(['schema_version', 'articles', 'entities', 'mentions', 'relations', 'evidence', 'article_ids']);

export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;

/** The migrations a store at `current` still needs. */
export const pendingMigrations = (current: number) => MIGRATIONS.filter((m) => m.version > current);

export const foreignTablesMessage = (location: string, foreign: string[], where: string): string =>
  `${location}: ${where} holds tables that are not geokg's (${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ', …' : ''}); `
  + 'geokg adds its tables only to its own store: give another, or --force to use this one anyway';
