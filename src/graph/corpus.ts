// Corpus-level resolution: one node per real-world entity across all articles, and an article
// order that does not depend on how the articles arrived. Both ways of building a graph (straight
// from files, or from a store filled over many runs and machines) go through this one function,
// so they give the same graph.
import { normalizeName } from '../model/keys.ts';
import type { ArticleExtraction, Entity, Evidence, Relation, ResolvedMention } from '../model/types.ts';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What merging into the graph reads of a mention. */
export type CorpusMention = Pick<ResolvedMention, 'entity' | 'text' | 'start' | 'end' | 'demonym'>;
/** An article's extraction as corpus resolution and merging need it: mentions cut down to what the graph keeps. */
export type CorpusArticle = Omit<ArticleExtraction, 'mentions'> & { mentions: CorpusMention[] };

/**
 * One copy of each repeated string of a corpus held in memory: keys, types, predicates, rule names, labels,
 * a mention's words. An extraction from a worker thread arrives with a fresh copy of every string (the
 * structured clone shares none), so on the bench's corpus ×10 the main thread held 430,000 strings, 19 MB, of
 * which 15 MB were copies ("LOCATION" 15,857 times).
 */
export type StringPool = Map<string, string>;

const shared = (pool: StringPool, s: string): string => {
  const known = pool.get(s);
  if (known !== undefined) return known;
  pool.set(s, s);
  return s;
};

/** An entity with its strings from the pool (properties in the same order, the output is unchanged). */
function sharedEntity(e: Entity, pool: StringPool): Entity {
  const out: Entity = { ...e, key: shared(pool, e.key), label: shared(pool, e.label), type: shared(pool, e.type) as Entity['type'], aliases: e.aliases.map((a) => shared(pool, a)) };
  if (e.kind !== undefined) out.kind = shared(pool, e.kind);
  if (e.qid !== undefined) out.qid = shared(pool, e.qid);
  if (e.gazetteerId !== undefined) out.gazetteerId = shared(pool, e.gazetteerId);
  if (e.gender !== undefined) out.gender = shared(pool, e.gender) as Entity['gender'];
  return out;
}

const OPTIONAL_EVIDENCE_STRINGS = ['attributedTo', 'date', 'articleDate', 'source', 'url'] as const;

/**
 * A relation with its strings from the pool; the sentence of its evidence from `sentences`, the article's own
 * pool: its relations often share a sentence, and text is not shared across articles.
 */
function sharedRelation(r: Relation, pool: StringPool, sentences: StringPool): Relation {
  const out: Relation = { ...r, subject: shared(pool, r.subject), predicate: shared(pool, r.predicate) as Relation['predicate'], object: shared(pool, r.object), rule: shared(pool, r.rule) };
  if (r.modality !== undefined) out.modality = shared(pool, r.modality) as Relation['modality'];
  const e = r.evidence;
  const evidence: Evidence = { ...e, article: shared(pool, e.article), sentence: shared(sentences, e.sentence), subjectText: shared(pool, e.subjectText), objectText: shared(pool, e.objectText) };
  for (const k of OPTIONAL_EVIDENCE_STRINGS) if (e[k] !== undefined) evidence[k] = shared(pool, e[k]);
  out.evidence = evidence;
  return out;
}

/**
 * Drops what the graph never reads (mention tokens, sentence numbers, sources…), so that a corpus held
 * for ordering and resolution costs less memory than its extractions did; with a pool, its repeated strings
 * are kept once (StringPool).
 */
export function slimExtraction(x: ArticleExtraction | CorpusArticle, pool?: StringPool): CorpusArticle {
  const share = pool ? (s: string) => shared(pool, s) : (s: string) => s;
  const mentions = x.mentions.map((m): CorpusMention => {
    const slim: CorpusMention = { entity: share(m.entity), text: share(m.text), start: m.start, end: m.end };
    if (m.demonym !== undefined) slim.demonym = m.demonym;
    return slim;
  });
  if (!pool) return { article: x.article, entities: x.entities, mentions, relations: x.relations };
  const sentences: StringPool = new Map();
  return { article: x.article, entities: x.entities.map((e) => sharedEntity(e, pool)), mentions, relations: x.relations.map((r) => sharedRelation(r, pool, sentences)) };
}

/** What an entity key stands for across the corpus: an entity key → the key of the entity it is. */
export type CorpusKeyMap = Map<string, string>;

/**
 * Finds entity keys that name the same thing across articles:
 * - the same QID under different keys → the gazetteer entry's key, else the smallest key;
 * - a one-word PERSON ("Putin") → the one multi-word PERSON of the corpus whose name ends with it,
 *   when exactly one such person exists (otherwise ambiguous, left alone).
 * Depends only on the set of entities, never on article order.
 */
export function corpusKeyMap(extractions: readonly Pick<ArticleExtraction, 'entities'>[]): CorpusKeyMap {
  const byKey = new Map<string, Entity>();
  for (const x of extractions) for (const e of x.entities) if (!byKey.has(e.key) || cmp(e.label, byKey.get(e.key)!.label) < 0) byKey.set(e.key, e);
  const map: CorpusKeyMap = new Map();

  const byQid = new Map<string, string[]>();
  for (const e of byKey.values()) if (e.qid) byQid.set(e.qid, [...(byQid.get(e.qid) ?? []), e.key]);
  for (const keys of byQid.values()) {
    if (keys.length < 2) continue;
    const target = keys.filter((k) => byKey.get(k)!.gazetteerId).sort(cmp)[0] ?? [...keys].sort(cmp)[0]!;
    for (const k of keys) if (k !== target) map.set(k, target);
  }

  const surnameOwners = new Map<string, Set<string>>();
  for (const e of byKey.values()) {
    if (e.type !== 'PERSON' || map.has(e.key)) continue;
    const words = normalizeName(e.label).split(' ');
    if (words.length < 2) continue;
    const owners = surnameOwners.get(words.at(-1)!) ?? new Set<string>();
    owners.add(e.key);
    surnameOwners.set(words.at(-1)!, owners);
  }
  for (const e of byKey.values()) {
    if (e.type !== 'PERSON' || e.gazetteerId || map.has(e.key)) continue;
    const name = normalizeName(e.label);
    if (!name || name.includes(' ')) continue;
    const owners = surnameOwners.get(name);
    if (owners?.size === 1) map.set(e.key, [...owners][0]!);
  }
  return map;
}

/** One article's extraction with entity keys replaced by their corpus-wide key; self-relations that this creates are dropped. */
export function applyKeyMap<T extends CorpusArticle>(x: T, map: CorpusKeyMap, canonical: ReadonlyMap<string, Entity>): T {
  const to = (k: string) => map.get(k) ?? k;
  if (!x.entities.some((e) => map.has(e.key))) return x;
  const entities = new Map<string, Entity>();
  for (const e of x.entities) {
    const key = to(e.key);
    const prev = entities.get(key);
    const base = prev ?? (key === e.key ? e : canonical.get(key)!);
    const aliases = new Set([...base.aliases, e.label, ...e.aliases]);
    aliases.delete(base.label);
    entities.set(key, { ...base, key, aliases: [...aliases] });
  }
  return {
    ...x,
    entities: [...entities.values()],
    mentions: x.mentions.map((m) => (map.has(m.entity) ? { ...m, entity: to(m.entity) } : m)),
    relations: x.relations
      .map((r) => (map.has(r.subject) || map.has(r.object) ? { ...r, subject: to(r.subject), object: to(r.object) } : r))
      .filter((r) => r.subject !== r.object),
  };
}

/**
 * The corpus, resolved and in canonical order (by article id): what mergeExtraction should see,
 * whatever order the articles were read or stored in. Yielded one by one, each article let go once
 * handed over, so that memory held for the corpus shrinks as the graph grows instead of adding to it.
 */
export function* resolveCorpus(extractions: Iterable<ArticleExtraction | CorpusArticle>): Generator<CorpusArticle> {
  const list: (CorpusArticle | undefined)[] = Array.from(extractions, (x) => slimExtraction(x)).sort((a, b) => cmp(a.article.id, b.article.id));
  const map = corpusKeyMap(list as CorpusArticle[]);
  // the entity a key is merged into, as the first article (in canonical order) that names it describes it
  const canonical = new Map<string, Entity>();
  if (map.size) for (const x of list) for (const e of x!.entities) if (!canonical.has(e.key)) canonical.set(e.key, { ...e, aliases: [] });
  for (let i = 0; i < list.length; i++) {
    const x = list[i]!;
    list[i] = undefined;
    yield map.size ? applyKeyMap(x, map, canonical) : x;
  }
}
