// The shared store: the same schema and semantics on PostgreSQL, for many ingesters on many machines.
// Every write is an upsert on a natural key (INSERT … ON CONFLICT DO NOTHING) inside one transaction per
// article, so two ingesters that meet the same article store it once, and a killed one leaves whole articles.
import pg from 'pg';
import type { CorpusArticle } from '../graph/corpus.ts';
import { GeokgError } from '../util/errors.ts';
import { articleIds, articleRows, decodeStored, encodeExtraction } from './rows.ts';
import { SCHEMA_VERSION, STORE_TABLES, foreignTablesMessage, pendingMigrations } from './schema.ts';
import { parsePostgresUrl, type PostgresTimeouts } from './url.ts';
import { dateWhere } from './sql.ts';
import type { ArticleFilter, ArticleRecord, Store, StoreCounts } from './types.ts';

// any constant: serialises schema migrations between ingesters that start at the same time
const MIGRATION_LOCK = 0x6765_6f6b;
// deadlock and serialization failure: safe to retry the whole article
const RETRYABLE = new Set(['40P01', '40001']);

/** What opening a store may do: read only (build), and use a schema that holds other tables (--force). */
export interface PostgresOpenOptions {
  readonly?: boolean;
  force?: boolean;
  timeouts?: Partial<PostgresTimeouts>;
}

/** One line for a PostgreSQL failure, naming the timeout (and how to change it) when one ran out. */
export function describePgError(e: unknown, timeouts: PostgresTimeouts): string {
  const err = e as { code?: string; message?: string };
  const message = (err.message ?? String(e)).split('\n')[0]!;
  if (message === 'timeout expired' || /connection timeout/i.test(message))
    return `no answer within the connect timeout of ${timeouts.connect} s (raise it with --connect-timeout or ?connect_timeout=)`;
  if (err.code === '57014' || message === 'Query read timeout')
    return `a statement ran past the statement timeout of ${timeouts.statement} s (raise it with --statement-timeout or ?statement_timeout=)`;
  if (err.code === '55P03')
    return `waited past the lock timeout of ${timeouts.lock} s for a lock another session holds (raise it with --lock-timeout or ?lock_timeout=)`;
  return message;
}

const SYSTEM_SCHEMA = /^(pg_|information_schema$)/;

export async function openPostgresStore(url: string, options: PostgresOpenOptions = {}): Promise<Store> {
  const { connectionString, schema, location, timeouts } = parsePostgresUrl(url, options.timeouts);
  const readonly = !!options.readonly;
  if (!readonly && SYSTEM_SCHEMA.test(schema)) throw new GeokgError('store', `${location}: "${schema}" is a system schema; choose another with ?schema=`);
  const ms = (s: number) => Math.round(s * 1000);
  const client = new pg.Client({
    connectionString,
    connectionTimeoutMillis: ms(timeouts.connect),
    // server side, so a long statement or lock wait ends with an error instead of a hang…
    ...(timeouts.statement ? { statement_timeout: ms(timeouts.statement) } : {}),
    ...(timeouts.lock ? { lock_timeout: ms(timeouts.lock) } : {}),
    // …and client side too, for a server that stops answering altogether
    ...(timeouts.statement ? { query_timeout: ms(timeouts.statement) + ms(timeouts.connect) } : {}),
  });
  const fail = (e: unknown, doing: string) => new GeokgError('store', `${location}: ${doing} (${describePgError(e, timeouts)})`, 1, { cause: e });
  // an error on an idle connection (the server went away) is reported by the next query, not as a crash
  client.on('error', () => {});
  try {
    await client.connect();
    if (readonly) await openForReading(client, schema, location);
    else await openForWriting(client, schema, location, !!options.force);
  } catch (e) {
    await client.end().catch(() => {});
    if (e instanceof GeokgError) throw e;
    throw fail(e, 'cannot open the PostgreSQL store');
  }
  const version = await currentVersion(client);
  if (version > SCHEMA_VERSION) {
    await client.end();
    throw new GeokgError('store', `${location}: made by a newer geokg (schema ${version}, this one knows ${SCHEMA_VERSION}); upgrade geokg`);
  }

  async function putOnce(record: ArticleRecord): Promise<boolean> {
    const x = record.extraction;
    const ids = articleIds(x);
    await client.query('BEGIN');
    try {
      const stored = await client.query('SELECT 1 FROM articles WHERE hash = $1', [record.hash]);
      if (stored.rowCount) {
        await client.query('ROLLBACK');
        return false;
      }
      // earlier versions under any of its ids go, with their mentions and evidence (children first: foreign keys);
      // entity and relation rows stay, a dictionary of keys (the graph is rebuilt from extractions)
      const stale = (await client.query<{ article: string }>('SELECT DISTINCT article FROM article_ids WHERE id = ANY($1::text[]) ORDER BY article', [ids])).rows.map((r) => r.article);
      if (stale.length) {
        for (const table of ['mentions', 'evidence', 'article_ids']) await client.query(`DELETE FROM ${table} WHERE article = ANY($1::bigint[])`, [stale]);
        await client.query('DELETE FROM articles WHERE seq = ANY($1::bigint[])', [stale]);
      }
      const inserted = await client.query<{ seq: string }>(
        'INSERT INTO articles (hash, id, date, length, extraction) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (hash) DO NOTHING RETURNING seq',
        [record.hash, x.article.id, x.article.date ?? null, x.article.length, encodeExtraction(x)],
      );
      const seq = inserted.rows[0]?.seq;
      // another ingester stored this version (or another of these ids) meanwhile: theirs stands
      const claimed = seq === undefined ? 0 : (await client.query(
        'INSERT INTO article_ids (id, article) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING', [ids, seq])).rowCount;
      if (seq === undefined || claimed !== ids.length) {
        await client.query('ROLLBACK');
        return false;
      }
      const rows = articleRows(x);
      // one multi-row statement per table, from arrays: few round trips whatever the article's size
      await client.query(
        `INSERT INTO entities (key, label, type, qid, gazetteer_id)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) ON CONFLICT (key) DO NOTHING`,
        [rows.entities.map((e) => e.key), rows.entities.map((e) => e.label), rows.entities.map((e) => e.type), rows.entities.map((e) => e.qid), rows.entities.map((e) => e.gazetteerId)],
      );
      await client.query(
        `INSERT INTO mentions (article, entity, start, "end")
         SELECT $1, e.id, u.start, u."end" FROM unnest($2::text[], $3::int[], $4::int[]) AS u (entity, start, "end")
         JOIN entities AS e ON e.key = u.entity ON CONFLICT DO NOTHING`,
        [seq, rows.mentions.map((m) => m.entity), rows.mentions.map((m) => m.start), rows.mentions.map((m) => m.end)],
      );
      await client.query(
        `INSERT INTO relations (key, subject, predicate, object, negated)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[]) ON CONFLICT (key) DO NOTHING`,
        [rows.relations.map((r) => r.key), rows.relations.map((r) => r.subject), rows.relations.map((r) => r.predicate), rows.relations.map((r) => r.object), rows.relations.map((r) => r.negated)],
      );
      await client.query(
        `INSERT INTO evidence (relation, article, start, subject_text, object_text, date)
         SELECT r.id, $1, u.start, u.subject_text, u.object_text, u.date
         FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::text[]) AS u (relation, start, subject_text, object_text, date)
         JOIN relations AS r ON r.key = u.relation ON CONFLICT DO NOTHING`,
        [seq, rows.evidence.map((v) => v.relation), rows.evidence.map((v) => v.start), rows.evidence.map((v) => v.subjectText), rows.evidence.map((v) => v.objectText), rows.evidence.map((v) => v.date)],
      );
      await client.query('COMMIT');
      return true;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    }
  }

  return {
    kind: 'postgres',
    location,
    async knownHashes(hashes) {
      const r = await client.query<{ hash: string }>('SELECT hash FROM articles WHERE hash = ANY($1::text[])', [hashes]).catch((e) => { throw fail(e, 'cannot read the stored articles'); });
      return new Set(r.rows.map((row) => row.hash));
    },
    async putArticle(record) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await putOnce(record);
        } catch (e) {
          if (!RETRYABLE.has((e as { code?: string }).code ?? '') || attempt >= 5) throw fail(e, `cannot store article "${record.extraction.article.id}"`);
        }
      }
    },
    async *extractions(filter: ArticleFilter = {}): AsyncIterable<CorpusArticle> {
      const { where, params } = dateWhere(filter, 'postgres');
      // in pages by (id, hash), so a large store never sits in memory as raw rows
      let after: [string, string] | undefined;
      for (;;) {
        const page = await (after
          ? client.query<{ id: string; hash: string; extraction: Buffer }>(
              `SELECT id, hash, extraction FROM articles ${where ? `${where} AND` : 'WHERE'} (id COLLATE "C", hash) > ($${params.length + 1}, $${params.length + 2}) ORDER BY id COLLATE "C", hash LIMIT 1000`,
              [...params, ...after])
          : client.query<{ id: string; hash: string; extraction: Buffer }>(`SELECT id, hash, extraction FROM articles ${where} ORDER BY id COLLATE "C", hash LIMIT 1000`, params))
          .catch((e) => { throw fail(e, 'cannot read the stored articles'); });
        for (const row of page.rows) yield decodeStored(location, row.id, row.extraction);
        if (page.rows.length < 1000) return;
        const last = page.rows.at(-1)!;
        after = [last.id, last.hash];
      }
    },
    async counts(): Promise<StoreCounts> {
      const r = await client.query<Record<keyof StoreCounts, string>>(
        `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM entities) AS entities,
                (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM relations) AS relations,
                (SELECT count(*) FROM evidence) AS evidence`);
      const row = r.rows[0]!;
      return { articles: +row.articles, entities: +row.entities, mentions: +row.mentions, relations: +row.relations, evidence: +row.evidence };
    },
    async schemaVersion() {
      return currentVersion(client);
    },
    async close() {
      await client.end();
    },
  };
}

async function currentVersion(client: pg.Client): Promise<number> {
  const t = await client.query("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_version'");
  if (!t.rowCount) return 0;
  const r = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_version');
  return r.rows[0]?.v ?? 0;
}

async function migrate(client: pg.Client): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)');
    for (const m of pendingMigrations(await currentVersion(client))) {
      await client.query(m.postgres);
      await client.query('INSERT INTO schema_version (version, applied) VALUES ($1, $2)', [m.version, new Date().toISOString()]);
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  }
}

/** build --db: nothing is created or changed; a missing schema or store is a one-line error. */
async function openForReading(client: pg.Client, schema: string, location: string): Promise<void> {
  const found = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
  if (!found.rowCount) throw new GeokgError('store', `${location}: no schema "${schema}" in this database; fill it with geokg ingest (or check ?schema=)`);
  await client.query(`SET search_path TO ${schema}`);
  await client.query('SET default_transaction_read_only = on');
  if ((await currentVersion(client)) === 0)
    throw new GeokgError('store', `${location}: no geokg store in schema "${schema}" (no schema_version table); fill it with geokg ingest`);
}

/** ingest: creates the schema and tables as needed, unless the schema holds another program's tables. */
async function openForWriting(client: pg.Client, schema: string, location: string, force: boolean): Promise<void> {
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).catch((e: { code?: string }) => {
    // a concurrent CREATE SCHEMA IF NOT EXISTS can still collide on the catalog's unique index
    if (e.code !== '23505') throw e;
  });
  await client.query(`SET search_path TO ${schema}`);
  if (!force) {
    const tables = await client.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1", [schema]);
    const foreign = tables.rows.map((r) => r.name).filter((t) => !STORE_TABLES.has(t));
    if (foreign.length) throw new GeokgError('store', foreignTablesMessage(location, foreign, `schema "${schema}"`));
  }
  await migrate(client);
}

