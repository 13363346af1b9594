// The store's contract: one typed interface over SQLite (embedded, the default) and PostgreSQL (shared server).
import type { ArticleExtraction } from '../model/types.ts';
import type { CorpusArticle } from '../graph/corpus.ts';

/** One article's rows, ready to write: the extraction itself plus its normalised facts. */
export interface ArticleRecord {
  /** the article's version (articleVersion: ids, text and metadata); the same version is stored once */
  hash: string;
  extraction: ArticleExtraction | CorpusArticle;
}

/** Which articles to read back, by publication date (ISO 8601 prefixes, inclusive). */
export interface ArticleFilter {
  since?: string;
  until?: string;
}

export interface StoreCounts {
  articles: number;
  entities: number;
  mentions: number;
  relations: number;
  evidence: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** where it lives, for messages (a password is never shown) */
  readonly location: string;
  /** the hashes among these that are stored already */
  knownHashes(hashes: readonly string[]): Promise<Set<string>>;
  /**
   * Writes one article and all its rows in one transaction, replacing the article stored under any of its
   * ids (an earlier version, with its mentions and evidence); false when this version was stored already.
   */
  putArticle(record: ArticleRecord): Promise<boolean>;
  /** the stored extractions, ordered by article id then hash */
  extractions(filter?: ArticleFilter): AsyncIterable<CorpusArticle>;
  counts(): Promise<StoreCounts>;
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}
