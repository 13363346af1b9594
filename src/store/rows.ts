// Between an article's extraction and the store's rows: the extraction is kept whole (compressed JSON),
// so a graph rebuilt from the store goes through the same code as a direct build; the normalised rows
// (entities, mentions, relations, evidence) are the facts to query and to deduplicate on natural keys.
import { createHash } from 'node:crypto';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { edgeKey } from '../model/keys.ts';
import type { ArticleExtraction } from '../model/types.ts';
import { slimExtraction, type CorpusArticle } from '../graph/corpus.ts';
import { GeokgError } from '../util/errors.ts';

export const textHash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

// brotli at quality 3: as fast as zlib level 1 and as small as its level 4; 5 and up cost 3-4× the time for ~10% less
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 3, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } };

// only what a graph is rebuilt from: a mention's tokens, sentence and source never reach the graph (a third of the bytes)
export const encodeExtraction = (x: ArticleExtraction | CorpusArticle): Buffer => brotliCompressSync(Buffer.from(JSON.stringify(slimExtraction(x)), 'utf8'), BROTLI);
export const decodeExtraction = (b: Uint8Array): CorpusArticle => JSON.parse(brotliDecompressSync(b).toString('utf8')) as CorpusArticle;

/** decodeExtraction of a stored row; a damaged one is a one-line error naming the store and the article. */
export function decodeStored(location: string, id: string, b: Uint8Array): CorpusArticle {
  try {
    return decodeExtraction(b);
  } catch (e) {
    throw new GeokgError('store', `${location}: stored article "${id}" is damaged (${(e as Error).message.split('\n')[0]}); rebuild the store from its sources with geokg ingest into a new one`);
  }
}

/** Every id an article is known by (src/ingest/identity.ts): its rows in article_ids. */
export const articleIds = (x: ArticleExtraction | CorpusArticle): string[] => x.article.ids ?? [x.article.id];

export interface EntityRow { key: string; label: string; type: string; qid: string | null; gazetteerId: string | null }
export interface MentionRow { entity: string; start: number; end: number }
export interface RelationRow { key: string; subject: string; predicate: string; object: string; negated: number }
export interface EvidenceRow { relation: string; start: number; subjectText: string; objectText: string; date: string | null }

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Where an article's rows go, one call per fact as the extraction lists them (duplicates included). */
export interface RowSink {
  entity(row: EntityRow): void;
  mention(row: MentionRow): void;
  /** a relation and one item of its evidence */
  relation(row: RelationRow, evidence: EvidenceRow): void;
}

/** Hands an article's facts to `sink` in the extraction's order: the one definition of what the store keeps of them. */
export function forEachRow(x: ArticleExtraction | CorpusArticle, sink: RowSink): void {
  for (const e of x.entities) sink.entity({ key: e.key, label: e.label, type: e.type, qid: e.qid ?? null, gazetteerId: e.gazetteerId ?? null });
  // a demonym ("Chinese") stands for its country in the graph but is no mention of it in the text
  for (const m of x.mentions) if (!m.demonym) sink.mention({ entity: m.entity, start: m.start, end: m.end });
  for (const r of x.relations) {
    const key = edgeKey(r.subject, r.predicate, r.object, r.negated);
    const ev = r.evidence;
    sink.relation(
      { key, subject: r.subject, predicate: r.predicate, object: r.object, negated: r.negated ? 1 : 0 },
      { relation: key, start: ev.start, subjectText: ev.subjectText, objectText: ev.objectText, date: ev.date ?? ev.articleDate ?? null },
    );
  }
}

/**
 * The normalised rows of one article, each list sorted and deduplicated by its natural key:
 * a fixed order makes concurrent PostgreSQL upserts take their row locks in the same order (no deadlocks).
 */
export function articleRows(x: ArticleExtraction | CorpusArticle) {
  const entities = new Map<string, EntityRow>();
  const mentions = new Map<string, MentionRow>();
  const relations = new Map<string, RelationRow>();
  const evidence = new Map<string, EvidenceRow>();
  forEachRow(x, {
    entity: (e) => { if (!entities.has(e.key)) entities.set(e.key, e); },
    mention: (m) => { mentions.set(`${m.start}\u0000${m.end}\u0000${m.entity}`, m); },
    relation: (r, v) => {
      if (!relations.has(r.key)) relations.set(r.key, r);
      const k = `${r.key}\u0000${v.start}\u0000${v.subjectText}\u0000${v.objectText}`;
      if (!evidence.has(k)) evidence.set(k, v); // the first, as SQLite's ON CONFLICT DO NOTHING keeps
    },
  });
  const sorted = <T>(m: Map<string, T>) => [...m.entries()].sort((a, b) => cmp(a[0], b[0])).map(([, v]) => v);
  return { entities: sorted(entities), mentions: sorted(mentions), relations: sorted(relations), evidence: sorted(evidence) };
}
