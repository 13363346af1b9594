// The store: articles, entities, mentions, relations and evidence, kept across runs in SQLite
// (a file path) or PostgreSQL (a postgres:// URL), behind one typed interface.
import { buildGraph, type KnowledgeGraph } from '../graph/index.ts';
import type { Article, ArticleExtraction } from '../model/types.ts';
import type { CorpusArticle } from '../graph/corpus.ts';
import { extractOrdered, type ParallelOptions } from '../parallel/index.ts';
import type { ArticleFailure } from '../util/article-failure.ts';
import { checkDateWindow, filterGraph, type GraphFilters } from './filters.ts';
import type { ArticleFilter, Store } from './types.ts';
import { isPostgresUrl, type PostgresTimeouts } from './url.ts';
import { articleVersion, canonicalArticles } from '../ingest/identity.ts';

export type { ArticleFilter, ArticleRecord, Store, StoreCounts } from './types.ts';
export { filterGraph, findEntity, type GraphFilters } from './filters.ts';
export { textHash } from './rows.ts';
export { articleVersion } from '../ingest/identity.ts';
export { SCHEMA_VERSION } from './schema.ts';

export { DEFAULT_TIMEOUTS, isPostgresUrl, parsePostgresUrl, storeLocation, type PostgresTimeouts } from './url.ts';

export interface OpenStoreOptions {
  /** read only (build --db): nothing is created, migrated or switched to WAL */
  readonly?: boolean;
  /** use a database (or PostgreSQL schema) that holds tables of another program */
  force?: boolean;
  /** PostgreSQL only, in seconds; each overrides the URL's parameter of the same name */
  timeouts?: Partial<PostgresTimeouts>;
}

/** Opens the store at a SQLite path or a postgres:// URL; for writing, creates and migrates it as needed. */
export async function openStore(db: string, options: OpenStoreOptions = {}): Promise<Store> {
  // loaded on demand: a SQLite user never loads pg, and geokg build without --db loads neither
  if (isPostgresUrl(db)) return (await import('./postgres.ts')).openPostgresStore(db, options);
  return (await import('./sqlite.ts')).openSqliteStore(db, options);
}

export interface IngestReport {
  /** articles given */
  read: number;
  /** newly stored */
  added: number;
  /** stored already (by an earlier run, another ingester, or twice in the input), or the same text as another */
  skipped: number;
  /** not stored because their extraction failed (options.onFailure named them); a rerun tries them again */
  failed: number;
}

/**
 * Extracts and stores the articles whose version is not stored yet, each in its own transaction, in
 * canonical order; a new version of an article replaces the old one (src/ingest/identity.ts). Killed at any point, a rerun finishes the job: stored
 * versions are skipped by their hash.
 */
export async function ingestArticles(store: Store, given: readonly Article[], options: ParallelOptions = {}): Promise<IngestReport> {
  const articles = canonicalArticles(given); // as readArticles gives them (a no-op then), so build and store agree
  const hashes = articles.map(articleVersion);
  const known = new Set<string>();
  const BATCH = 1000;
  for (let i = 0; i < hashes.length; i += BATCH) for (const h of await store.knownHashes(hashes.slice(i, i + BATCH))) known.add(h);
  const todo: number[] = [];
  for (let i = 0; i < articles.length; i++) {
    if (known.has(hashes[i]!)) continue;
    known.add(hashes[i]!); // the same text twice in one input is one article
    todo.push(i);
  }
  let added = 0;
  let k = 0;
  // progress counts the articles skipped as done, so a resumed run's bar starts where the last one stopped
  const alreadyDone = articles.length - todo.length;
  const onProgress = options.onProgress && ((n: number) => options.onProgress!(alreadyDone + n));
  let failed = 0;
  // failures come in input order, each before the next article's extraction, so k steps past the failed one
  const onFailure = options.onFailure && ((f: ArticleFailure) => { failed++; k++; options.onFailure!(f); });
  for await (const extraction of extractOrdered(todo.map((i) => articles[i]!), { ...options, onProgress, onFailure })) {
    if (await store.putArticle({ hash: hashes[todo[k++]!]!, extraction })) added++;
  }
  return { read: given.length, added, skipped: given.length - added - failed, failed };
}

/** Every stored extraction that passes the date filter, in the store's order (article id, then hash). */
export async function readExtractions(store: Store, filter: ArticleFilter = {}): Promise<CorpusArticle[]> {
  const out: CorpusArticle[] = [];
  for await (const x of store.extractions(filter)) out.push(x);
  return out;
}

export type StoreGraphFilters = ArticleFilter & GraphFilters;

/** The graph of a store, the same as a direct build of the same articles, then filtered. */
export async function graphFromStore(store: Store, filters: StoreGraphFilters = {}): Promise<KnowledgeGraph> {
  const { since, until, ...graphFilters } = filters;
  checkDateWindow({ since, until });
  return filterGraph(buildGraph(await readExtractions(store, { since, until })), graphFilters);
}

/** For export, query and others: open the store at `db`, read its (filtered) graph, close it. */
export async function loadGraphFromStore(db: string, filters: StoreGraphFilters = {}, options: Omit<OpenStoreOptions, 'readonly'> = {}): Promise<KnowledgeGraph> {
  const store = await openStore(db, { ...options, readonly: true });
  try {
    return await graphFromStore(store, filters);
  } finally {
    await store.close();
  }
}
