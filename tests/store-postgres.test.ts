// The PostgreSQL store against a real server (GEOKG_PG_URL, set by .ci/run). Each run works in a schema of
// its own, dropped at the end. Without a reachable server the suite is skipped, saying why.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJson } from '../src/export/json.ts';
import { createExtractor } from '../src/pipeline.ts';
import { graphFromStore, ingestArticles, loadGraphFromStore, openStore } from '../src/store/index.ts';
import { canonicalArticles } from '../src/ingest/identity.ts';
import { ROOT, geokg } from './helpers/cli.ts';
import { corpus, directJson, tempDir, writeJsonl } from './store-helpers.ts';

const BASE_URL = process.env.GEOKG_PG_URL;

async function reachable(url: string | undefined): Promise<string | undefined> {
  if (!url) return 'GEOKG_PG_URL is not set';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (e) {
    return `cannot reach ${url.replace(/:[^:@/]*@/, ':***@')} (${(e as Error).message})`;
  } finally {
    await client.end().catch(() => {});
  }
}

const skipReason = await reachable(BASE_URL);
if (skipReason) console.warn(`store-postgres: skipped, ${skipReason}; .ci/run starts a server and sets GEOKG_PG_URL`);

const runId = `geokg_test_${process.pid}_${Date.now().toString(36)}`;
const schemas: string[] = [];
/** A store URL in a fresh schema of this run. */
function freshUrl(name: string): string {
  const schema = `${runId}_${name}`;
  schemas.push(schema);
  const u = new URL(BASE_URL!);
  u.searchParams.set('schema', schema);
  return u.toString();
}

describe.skipIf(!!skipReason)('PostgreSQL store', () => {
  const extractor = createExtractor();
  const articles = corpus(20, 3);
  let direct: string;
  beforeAll(() => { direct = directJson(articles, extractor); });
  afterAll(async () => {
    const client = new pg.Client({ connectionString: BASE_URL });
    await client.connect();
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await client.end();
  });

  it('gives the same graph as SQLite and as a direct build, and ingesting twice changes nothing', async () => {
    const url = freshUrl('same');
    const store = await openStore(url);
    try {
      expect((await ingestArticles(store, articles, { jobs: 1 })).added).toBe(20);
      const counts = await store.counts();
      expect(await ingestArticles(store, articles, { jobs: 1 })).toEqual({ read: 20, added: 0, skipped: 20, failed: 0 });
      expect(await store.counts()).toEqual(counts);
      expect(toJson(await graphFromStore(store))).toBe(direct);
    } finally {
      await store.close();
    }
    const sqlitePath = join(tempDir(), 'kg.sqlite');
    const lite = await openStore(sqlitePath);
    try {
      await ingestArticles(lite, articles, { jobs: 1 });
      const sqliteCounts = await lite.counts();
      expect(toJson(await graphFromStore(lite))).toBe(toJson(await loadGraphFromStore(url)));
      const pgStore = await openStore(url);
      expect(await pgStore.counts()).toEqual(sqliteCounts);
      await pgStore.close();
    } finally {
      await lite.close();
    }
  });

  it('two concurrent ingesters with overlapping inputs give the graph of one', async () => {
    const url = freshUrl('concurrent');
    const dir = tempDir();
    // both hold the middle third; each runs the real CLI in its own process
    const a = writeJsonl(join(dir, 'a.jsonl'), articles.slice(0, 14));
    const b = writeJsonl(join(dir, 'b.jsonl'), [...articles.slice(6)].reverse());
    const run = (input: string) => new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [`${ROOT}bin/geokg.js`, 'ingest', input, '--db', url, '--jobs', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => { stderr += d; });
      child.on('exit', (code) => resolve({ code, stderr }));
    });
    const results = await Promise.all([run(a), run(b)]);
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const store = await openStore(url);
    try {
      expect((await store.counts()).articles).toBe(20);
      expect(toJson(await graphFromStore(store))).toBe(direct);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('an edited article and the same text under a second id: the graph of a direct build of the last state', async () => {
    const url = freshUrl('identity');
    const first = articles.slice(0, 4);
    const edited = [{ ...first[0]!, text: `${first[1]!.text}` }, { ...first[2]!, id: 'copy-of-c' }, ...first.slice(1)];
    const store = await openStore(url);
    try {
      await ingestArticles(store, first, { jobs: 1 });
      await ingestArticles(store, edited, { jobs: 1 });
      expect(toJson(await graphFromStore(store))).toBe(directJson(canonicalArticles(edited), extractor));
      expect((await store.counts()).articles).toBe(3);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('build --db never creates: a missing schema or an empty one is a one-line error and stays as it was', async () => {
    const missing = freshUrl('missing');
    const r = geokg(['build', '--db', missing, '-o', '-']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
    expect(r.stderr).toMatch(/no schema "geokg_test_\w+_missing" in this database/);
    const admin = new pg.Client({ connectionString: BASE_URL });
    await admin.connect();
    try {
      const schema = new URL(missing).searchParams.get('schema')!;
      expect((await admin.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).rowCount).toBe(0);
      await admin.query(`CREATE SCHEMA ${schema}`);
      const empty = geokg(['build', '--db', missing, '-o', '-']);
      expect(empty.stderr).toMatch(/no geokg store in schema/);
      expect((await admin.query('SELECT 1 FROM information_schema.tables WHERE table_schema = $1', [schema])).rowCount).toBe(0);
    } finally {
      await admin.end();
    }
  }, 60_000);

  it('a role that may only SELECT can build; ingest refuses system schemas and schemas of other programs', async () => {
    const url = freshUrl('readers');
    const store = await openStore(url);
    await ingestArticles(store, articles.slice(0, 3), { jobs: 1 });
    await store.close();
    const schema = new URL(url).searchParams.get('schema')!;
    const role = `${runId}_reader`;
    const admin = new pg.Client({ connectionString: BASE_URL });
    await admin.connect();
    try {
      await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD 'read:only/pw'`);
      await admin.query(`GRANT USAGE ON SCHEMA ${schema} TO ${role}`);
      await admin.query(`GRANT SELECT ON ALL TABLES IN SCHEMA ${schema} TO ${role}`);
      const u = new URL(url);
      u.username = role;
      u.password = encodeURIComponent('read:only/pw');
      expect(toJson(await loadGraphFromStore(u.toString()))).toBe(directJson(articles.slice(0, 3), extractor));
      await admin.query(`CREATE TABLE ${schema}.invoices (id int)`);
      await expect(openStore(url)).rejects.toThrow(/holds tables that are not geokg's \(invoices\)/);
      const sys = new URL(BASE_URL!);
      sys.searchParams.set('schema', 'information_schema');
      await expect(openStore(sys.toString())).rejects.toThrow(/system schema/);
    } finally {
      await admin.query(`DROP OWNED BY ${role}`).catch(() => {});
      await admin.query(`DROP ROLE IF EXISTS ${role}`);
      await admin.end();
    }
  }, 60_000);

  it('a table locked by another session: ingest stops at the lock timeout, naming it', async () => {
    const url = freshUrl('locked');
    const store = await openStore(url);
    await store.close();
    const schema = new URL(url).searchParams.get('schema')!;
    const holder = new pg.Client({ connectionString: BASE_URL });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(`LOCK TABLE ${schema}.articles IN ACCESS EXCLUSIVE MODE`);
      const locked = await openStore(url, { timeouts: { lock: 1 } });
      const started = Date.now();
      await expect(ingestArticles(locked, articles.slice(0, 1), { jobs: 1 })).rejects.toThrow(/lock timeout of 1 s/);
      expect(Date.now() - started).toBeLessThan(10_000);
      await locked.close();
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
  }, 60_000);

  it('keeps a schema version', async () => {
    const store = await openStore(freshUrl('version'));
    expect(await store.schemaVersion()).toBeGreaterThanOrEqual(1);
    await store.close();
  });
});
