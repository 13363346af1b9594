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
import { ROOT } from './helpers/cli.ts';
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
      expect(await ingestArticles(store, articles, { jobs: 1 })).toEqual({ read: 20, added: 0, skipped: 20 });
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

  it('keeps a schema version', async () => {
    const store = await openStore(freshUrl('version'));
    expect(await store.schemaVersion()).toBeGreaterThanOrEqual(1);
    await store.close();
  });
});
