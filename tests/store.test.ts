// The SQLite store: idempotence, incremental ingest, recovery after kill -9, store graph == direct build.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { toJson } from '../src/export/json.ts';
import { buildGraph } from '../src/graph/index.ts';
import { createExtractor } from '../src/pipeline.ts';
import { MIGRATIONS } from '../src/store/schema.ts';
import { SCHEMA_VERSION, articleVersion, filterGraph, graphFromStore, ingestArticles, loadGraphFromStore, openStore, type Store } from '../src/store/index.ts';
import { ROOT, geokg } from './helpers/cli.ts';
import { corpus, directJson, extractionsOf, tempDir, writeJsonl } from './store-helpers.ts';

const extractor = createExtractor();
const articles = corpus(24);
let direct: string;

/** Every row of every table, as plain data: equal dumps mean equal stores. */
function dump(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    // by natural keys, not by the integer ids that rows refer to each other with
    const queries = {
      articles: 'SELECT hash, id, date, length, extraction FROM articles ORDER BY hash',
      entities: 'SELECT key, label, type, qid, gazetteer_id FROM entities ORDER BY key',
      mentions: 'SELECT a.hash, e.key, m.start, m."end" FROM mentions m JOIN articles a ON a.seq = m.article JOIN entities e ON e.id = m.entity ORDER BY 1, 2, 3, 4',
      relations: 'SELECT key, subject, predicate, object, negated FROM relations ORDER BY key',
      evidence: 'SELECT r.key, a.hash, v.start, v.subject_text, v.object_text, v.date FROM evidence v JOIN relations r ON r.id = v.relation JOIN articles a ON a.seq = v.article ORDER BY 1, 2, 3, 4, 5',
    };
    return Object.fromEntries(Object.entries(queries).map(([t, q]) => [t, db.prepare(q).all()]));
  } finally {
    db.close();
  }
}

async function withStore<T>(path: string, fn: (s: Store) => Promise<T>): Promise<T> {
  const store = await openStore(path);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

beforeAll(() => {
  direct = directJson(articles, extractor);
});

describe('SQLite store', () => {
  it('gives the same graph as a direct build, byte for byte', async () => {
    const path = join(tempDir(), 'kg.sqlite');
    await withStore(path, async (s) => {
      expect(await ingestArticles(s, articles, { jobs: 1 })).toEqual({ read: 24, added: 24, skipped: 0, failed: 0 });
      expect(toJson(await graphFromStore(s))).toBe(direct);
      expect(await s.schemaVersion()).toBe(SCHEMA_VERSION);
    });
  });

  it('changes nothing when the same articles are ingested again', async () => {
    const path = join(tempDir(), 'kg.sqlite');
    await withStore(path, (s) => ingestArticles(s, articles, { jobs: 1 }));
    const before = dump(path);
    const again = await withStore(path, (s) => ingestArticles(s, [...articles, articles[0]!], { jobs: 1 }));
    expect(again).toEqual({ read: 25, added: 0, skipped: 25, failed: 0 });
    expect(dump(path)).toEqual(before);
  });

  it('grows incrementally: new articles add evidence to edges already stored, in any arrival order', async () => {
    const path = join(tempDir(), 'kg.sqlite');
    const later = [...articles.slice(12)].reverse();
    await withStore(path, (s) => ingestArticles(s, articles.slice(0, 14), { jobs: 1 }));
    await withStore(path, (s) => ingestArticles(s, later, { jobs: 1 }));
    expect(toJson(await loadGraphFromStore(path))).toBe(direct);
    const counts = await withStore(path, (s) => s.counts());
    expect(counts.articles).toBe(24);
  });

  it('reads back only the articles in a date range', async () => {
    const path = join(tempDir(), 'kg.sqlite');
    await withStore(path, (s) => ingestArticles(s, articles, { jobs: 1 }));
    const inRange = articles.filter((a) => a.date! >= '2024-01-05' && a.date! <= '2024-01-10');
    expect(inRange.length).toBeGreaterThan(0);
    const graph = await loadGraphFromStore(path, { since: '2024-01-05', until: '2024-01-10' });
    expect(toJson(graph)).toBe(directJson(inRange, extractor));
  });

  it('the CLI builds from --db what it builds from the files, and filters it', () => {
    const dir = tempDir();
    const few = articles.slice(0, 8);
    const input = writeJsonl(join(dir, 'in.jsonl'), few);
    const db = join(dir, 'kg.sqlite');
    expect(geokg(['ingest', input, '--db', db, '--jobs', '1']).code).toBe(0);
    const fromStore = geokg(['build', '--db', db, '-o', '-']);
    expect(fromStore.code).toBe(0);
    expect(fromStore.stdout).toBe(directJson(few, extractor));
    const top = geokg(['build', '--db', db, '-o', '-', '--top', '3']);
    expect(JSON.parse(top.stdout).nodes).toHaveLength(3);
    const bad = geokg(['build', '--db', db, '-o', '-', '--since', 'last week']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/^geokg build: --since "last week" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD/);
    const missing = geokg(['build', '--db', join(dir, 'nope.sqlite'), '-o', '-']);
    expect(missing.stderr).toMatch(/^geokg store: .*no such store/);
  }, 120_000);

  it('recovers from kill -9 mid-ingest: a rerun ends with the graph of one clean ingest', async () => {
    const dir = tempDir();
    const many = corpus(60, 7);
    const input = writeJsonl(join(dir, 'in.jsonl'), many);
    const db = join(dir, 'kg.sqlite');
    const child = spawn(process.execPath, [`${ROOT}bin/geokg.js`, 'ingest', input, '--db', db, '--jobs', '1'], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    let stored = 0;
    // kill as soon as the first articles are committed
    for (let i = 0; i < 2000 && stored === 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
      try {
        const probe = new Database(db, { readonly: true, fileMustExist: true });
        stored = (probe.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
        probe.close();
      } catch { /* not created yet */ }
    }
    child.kill('SIGKILL');
    await exited;
    expect(stored).toBeGreaterThan(0);
    const partial = await withStore(db, (s) => s.counts());
    expect(partial.articles).toBeLessThan(many.length); // really killed mid-ingest
    const rerun = geokg(['ingest', input, '--db', db, '--jobs', '1']);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toContain(`${many.length - partial.articles} new`);
    // a clean ingest of the same articles, written from extractions made once here
    const extractions = extractionsOf(many, extractor);
    const fresh = join(dir, 'clean.sqlite');
    await withStore(fresh, async (s) => { for (const [i, x] of extractions.entries()) await s.putArticle({ hash: articleVersion(many[i]!), extraction: x }); });
    expect(dump(db)).toEqual(dump(fresh));
    expect(await withStore(db, (s) => s.counts())).toEqual(await withStore(fresh, (s) => s.counts()));
    expect(toJson(await loadGraphFromStore(db))).toBe(toJson(buildGraph(extractions)));
  }, 120_000);

  it('migrates a store made by schema 1 without losing or changing a row', async () => {
    const dir = tempDir();
    const current = join(dir, 'current.sqlite');
    await withStore(current, (s) => ingestArticles(s, articles.slice(0, 8), { jobs: 1 }));
    // the same rows in a file laid out as schema 1 left it
    const old = join(dir, 'v1.sqlite');
    const db = new Database(old);
    db.exec('CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)');
    db.exec(MIGRATIONS[0]!.sqlite);
    db.prepare('INSERT INTO schema_version VALUES (1, ?)').run(new Date().toISOString());
    db.prepare('ATTACH ? AS cur').run(current);
    for (const t of ['articles', 'entities', 'mentions', 'relations']) db.exec(`INSERT INTO ${t} SELECT * FROM cur.${t}`);
    db.exec('INSERT INTO evidence (relation, article, start, subject_text, object_text, date) SELECT relation, article, start, subject_text, object_text, date FROM cur.evidence');
    db.exec('DETACH cur');
    db.close();
    await withStore(old, async (s) => {
      expect(await s.schemaVersion()).toBe(SCHEMA_VERSION);
      expect(await ingestArticles(s, articles.slice(0, 12), { jobs: 1 })).toEqual({ read: 12, added: 4, skipped: 8, failed: 0 });
    });
    await withStore(current, (s) => ingestArticles(s, articles.slice(0, 12), { jobs: 1 }));
    expect(dump(old)).toEqual(dump(current));
  });

  it('refuses a file that is not a store, in one line', async () => {
    const dir = tempDir();
    const input = writeJsonl(join(dir, 'in.jsonl'), articles.slice(0, 1));
    const r = geokg(['ingest', input, '--db', input]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/^geokg store: .*cannot open as a SQLite store/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('graph filters', () => {
  let graph: ReturnType<typeof buildGraph>;
  beforeAll(() => { graph = buildGraph(extractionsOf(articles, extractor)); });

  it('--top keeps the entities of highest degree', () => {
    const top = filterGraph(graph, { top: 5 });
    expect(top.order).toBe(5);
    const minKept = Math.min(...top.nodes().map((k) => graph.degree(k)));
    const dropped = graph.nodes().filter((k) => !top.hasNode(k));
    expect(dropped.every((k) => graph.degree(k) <= minKept)).toBe(true);
  });

  it('--entity X --depth k keeps the neighbourhood of X', () => {
    const hub = [...graph.nodes()].sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
    const near = filterGraph(graph, { entity: graph.getNodeAttribute(hub, 'label'), depth: 1 });
    expect(near.hasNode(hub)).toBe(true);
    expect(new Set(near.nodes())).toEqual(new Set([hub, ...graph.neighbors(hub)]));
  });

  it('--min-evidence drops thinly supported relations', () => {
    const strong = filterGraph(graph, { minEvidence: 2 });
    strong.forEachEdge((_e, a) => expect(a.count).toBeGreaterThanOrEqual(2));
    expect(strong.size).toBe(graph.filterEdges((_e, a) => a.count >= 2).length);
  });
});

