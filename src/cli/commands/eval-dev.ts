// geokg eval's development sets: the news development set (tests/fixtures/news-dev, scored per article and in
// total) and, with --by-pattern, each relation rule's hits, precision and recall on the development sets
// (by default news-dev, CoNLL04 dev, Re-DocRED dev; --sets names others, e.g. every news set in tests/fixtures).
// A rule's figures are the ruler's own on a graph of that rule's edges alone.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { toJson } from '../../export/json.ts';
import { buildGraph } from '../../graph/index.ts';
import { readArticles } from '../../ingest/index.ts';
import type { Article, ArticleExtraction } from '../../model/types.ts';
import { extractArticle, type Extractor } from '../../pipeline.ts';

export type Ruler = (args: string[]) => string;
export interface ArticleFigures { id: string; entitiesF1: number; precision: number; recall: number; f1: number }
export interface NewsDevResult { articles: ArticleFigures[]; total: { entitiesF1: number; typedEntitiesF1: number; precision: number; recall: number; f1: number } }
/** one rule on one set: how many edges it emitted, and the ruler's precision and recall on those edges alone */
export interface RuleFigures { rule: string; set: string; hits: number; precision: number; recall: number; right?: number; wrong?: number }

/** A scored set: its extractions and how the ruler is asked to score a graph of it. */
interface DevSet { name: string; extractions: ArticleExtraction[]; scoreArgs: (graph: string) => string[] }

/** The default sets of --by-pattern. */
export const DEFAULT_SETS = ['news-dev', 'conll04-dev', 'redocred-dev'];

/** The news sets in tests/fixtures (news-dev, news-fresh, …: folders of .txt articles with gold), sorted. */
export function newsSetNames(root: string): string[] {
  const dir = join(root, 'tests', 'fixtures');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((d) => /^news-/.test(d) && newsDevFiles(root, d).texts.length > 0).sort();
}

/** A news set's text files and their gold (same base name, .json), sorted; news-dev unless named. */
export function newsDevFiles(root: string, name = 'news-dev'): { texts: string[]; golds: string[] } {
  const dir = join(root, 'tests', 'fixtures', name);
  if (!existsSync(dir)) return { texts: [], golds: [] };
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
  const withGold = texts.filter((t) => existsSync(t.replace(/\.txt$/, '.json')));
  return { texts: withGold, golds: withGold.map((t) => t.replace(/\.txt$/, '.json')) };
}

function newsDevSet(root: string, extractor: Extractor, name = 'news-dev'): DevSet | null {
  const { texts, golds } = newsDevFiles(root, name);
  if (!texts.length) return null;
  const articles = texts.map((t) => ({ ...readArticles([t])[0]!, id: basename(t, '.txt') }));
  return { name, extractions: articles.map((a) => extractArticle(a, extractor)), scoreArgs: (g) => [...golds, '--graph', g, '--json'] };
}

/** Builds a graph of the given extractions in a temporary folder and returns the ruler's JSON for it. */
function scoreGraph(ruler: Ruler, set: DevSet, extractions: ArticleExtraction[]): Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'geokg-eval-'));
  try {
    const graph = join(dir, 'graph.json');
    writeFileSync(graph, toJson(buildGraph(extractions)));
    return JSON.parse(ruler(set.scoreArgs(graph))) as Record<string, unknown>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Prf = { precision: number; recall: number; f1: number };
type Counted = Prf & { tp?: number; fp?: number };
/** Scores the news development set per article and in total (null when the folder is absent). */
export function scoreNewsDev(root: string, extractor: Extractor, ruler: Ruler): NewsDevResult | null {
  const set = newsDevSet(root, extractor);
  if (!set) return null;
  const r = scoreGraph(ruler, set, set.extractions) as { articles: { id: string; entities: Prf; relations: Prf }[]; total: { entities: Prf; typedEntities: Prf; relations: Prf } };
  return {
    articles: r.articles.map((a) => ({ id: a.id, entitiesF1: a.entities.f1, precision: a.relations.precision, recall: a.relations.recall, f1: a.relations.f1 })),
    total: { entitiesF1: r.total.entities.f1, typedEntitiesF1: r.total.typedEntities.f1, precision: r.total.relations.precision, recall: r.total.relations.recall, f1: r.total.relations.f1 },
  };
}

/** The names --sets accepts: "news" (every news set in tests/fixtures), a news set's folder name, conll04-dev,
 *  redocred-dev; an unknown name is an error naming it. */
export function expandSetNames(root: string, names: string[]): string[] {
  const news = newsSetNames(root);
  const known = new Set([...news, 'conll04-dev', 'redocred-dev']);
  // "-name" leaves a set out, so "news,-news-fresh37" reads every news set but a sealed one (session 18's engineers
  // read per-rule totals of a sealed gate through "news" before they noticed)
  const expand = (n: string) => (n === 'news' ? news : [n]);
  const kept = names.filter((n) => !n.startsWith('-')).flatMap(expand);
  const dropped = new Set(names.filter((n) => n.startsWith('-')).flatMap((n) => expand(n.slice(1))));
  const unknown = [...kept, ...dropped].find((n) => !known.has(n));
  if (unknown !== undefined) throw new Error(`unknown set "${unknown}" (known: news, ${[...known].join(', ')})`);
  return [...new Set(kept.filter((n) => !dropped.has(n)))];
}

/** The named development sets (those present), each extracted once. */
function devSets(root: string, shared: string, extractor: Extractor, ruler: Ruler, names: string[]): DevSet[] {
  const benchmark = (name: string, mode: string, file: string): DevSet | null => {
    if (!existsSync(file)) return null;
    const articles = ruler([mode, file, '--make-input']).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Article);
    return { name, extractions: articles.map((a) => extractArticle(a, extractor)), scoreArgs: (g) => [mode, file, '--graph', g, '--json'] };
  };
  const one = (name: string): DevSet | null => {
    if (name === 'conll04-dev') return benchmark(name, '--conll04', join(shared, 'benchmarks', 'conll04', 'dev.json'));
    if (name === 'redocred-dev') return benchmark(name, '--docred', join(shared, 'benchmarks', 'redocred', 'dev.json'));
    return newsDevSet(root, extractor, name);
  };
  return names.map(one).filter((s): s is DevSet => s !== null);
}

/** Each rule's hits, precision and recall (and right and wrong edges) on each named development set. */
export function scoreByPattern(root: string, shared: string, extractor: Extractor, ruler: Ruler, names = DEFAULT_SETS): RuleFigures[] {
  const out: RuleFigures[] = [];
  for (const set of devSets(root, shared, extractor, ruler, names)) {
    const rules = [...new Set(set.extractions.flatMap((x) => x.relations.map((r) => r.rule)))].sort();
    for (const rule of rules) {
      const only = set.extractions.map((x) => ({ ...x, relations: x.relations.filter((r) => r.rule === rule) }));
      const hits = only.reduce((n, x) => n + x.relations.length, 0);
      const r = scoreGraph(ruler, set, only) as { total?: { relations: Counted }; relations?: Counted };
      const rel = r.total?.relations ?? r.relations!;
      out.push({ rule, set: set.name, hits, precision: rel.precision, recall: rel.recall, right: rel.tp, wrong: rel.fp });
    }
  }
  return out;
}

/** The per-rule table: one line per rule, a column group per set. */
export function byPatternTable(rows: RuleFigures[]): string {
  const sets = [...new Set(rows.map((r) => r.set))];
  const rules = [...new Set(rows.map((r) => r.rule))].sort();
  const cell = (r?: RuleFigures) => (r ? `${String(r.hits).padStart(5)} ${r.precision.toFixed(2)} ${r.recall.toFixed(3)}` : `${'-'.padStart(5)}    -     -`).padEnd(20);
  let s = `${'rule'.padEnd(34)}${sets.map((n) => n.padEnd(20)).join('')}\n${''.padEnd(34)}${sets.map(() => ' hits    P     R    ').join('')}\n`;
  for (const rule of rules) s += `${rule.padEnd(34)}${sets.map((n) => cell(rows.find((r) => r.rule === rule && r.set === n))).join('')}\n`;
  return s;
}

/** The per-rule sums over the sets: hits, right and wrong edges (the ruler's tp and fp), precision; most wrong first. */
export function ruleSumTable(rows: RuleFigures[]): string {
  const sums = new Map<string, { hits: number; right: number; wrong: number }>();
  for (const r of rows) {
    const s = sums.get(r.rule) ?? { hits: 0, right: 0, wrong: 0 };
    sums.set(r.rule, { hits: s.hits + r.hits, right: s.right + (r.right ?? 0), wrong: s.wrong + (r.wrong ?? 0) });
  }
  const sets = [...new Set(rows.map((r) => r.set))];
  const order = [...sums].sort((a, b) => b[1].wrong - a[1].wrong || a[0].localeCompare(b[0]));
  let s = `summed over ${sets.join(', ')}\n${'rule'.padEnd(34)} hits right wrong    P\n`;
  for (const [rule, x] of order) {
    const p = x.right + x.wrong ? (x.right / (x.right + x.wrong)).toFixed(2) : '   -';
    s += `${rule.padEnd(34)}${String(x.hits).padStart(5)}${String(x.right).padStart(6)}${String(x.wrong).padStart(6)}  ${p}\n`;
  }
  return s;
}
