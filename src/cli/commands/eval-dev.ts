// geokg eval's development sets: the news development set (tests/fixtures/news-dev, scored per article and in
// total) and, with --by-pattern, each relation rule's hits, precision and recall on the development sets
// (news-dev, CoNLL04 dev, Re-DocRED dev). A rule's figures are the ruler's own on a graph of that rule's edges alone.
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
export interface RuleFigures { rule: string; set: string; hits: number; precision: number; recall: number }

/** A scored set: its extractions and how the ruler is asked to score a graph of it. */
interface DevSet { name: string; extractions: ArticleExtraction[]; scoreArgs: (graph: string) => string[] }

/** The news development set's text files and their gold (same base name, .json), sorted. */
export function newsDevFiles(root: string): { texts: string[]; golds: string[] } {
  const dir = join(root, 'tests', 'fixtures', 'news-dev');
  if (!existsSync(dir)) return { texts: [], golds: [] };
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
  const withGold = texts.filter((t) => existsSync(t.replace(/\.txt$/, '.json')));
  return { texts: withGold, golds: withGold.map((t) => t.replace(/\.txt$/, '.json')) };
}

function newsDevSet(root: string, extractor: Extractor): DevSet | null {
  const { texts, golds } = newsDevFiles(root);
  if (!texts.length) return null;
  const articles = texts.map((t) => ({ ...readArticles([t])[0]!, id: basename(t, '.txt') }));
  return { name: 'news-dev', extractions: articles.map((a) => extractArticle(a, extractor)), scoreArgs: (g) => [...golds, '--graph', g, '--json'] };
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

/** The development sets, extracted once: news-dev, CoNLL04 dev, Re-DocRED dev (those present). */
function devSets(root: string, shared: string, extractor: Extractor, ruler: Ruler): DevSet[] {
  const sets: DevSet[] = [];
  const news = newsDevSet(root, extractor);
  if (news) sets.push(news);
  const benchmark = (name: string, mode: string, file: string) => {
    if (!existsSync(file)) return;
    const articles = ruler([mode, file, '--make-input']).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Article);
    sets.push({ name, extractions: articles.map((a) => extractArticle(a, extractor)), scoreArgs: (g) => [mode, file, '--graph', g, '--json'] });
  };
  benchmark('conll04-dev', '--conll04', join(shared, 'benchmarks', 'conll04', 'dev.json'));
  benchmark('redocred-dev', '--docred', join(shared, 'benchmarks', 'redocred', 'dev.json'));
  return sets;
}

/** Each rule's hits, precision and recall on each development set. */
export function scoreByPattern(root: string, shared: string, extractor: Extractor, ruler: Ruler): RuleFigures[] {
  const out: RuleFigures[] = [];
  for (const set of devSets(root, shared, extractor, ruler)) {
    const rules = [...new Set(set.extractions.flatMap((x) => x.relations.map((r) => r.rule)))].sort();
    for (const rule of rules) {
      const only = set.extractions.map((x) => ({ ...x, relations: x.relations.filter((r) => r.rule === rule) }));
      const hits = only.reduce((n, x) => n + x.relations.length, 0);
      const r = scoreGraph(ruler, set, only) as { total?: { relations: Prf }; relations?: Prf };
      const rel = r.total?.relations ?? r.relations!;
      out.push({ rule, set: set.name, hits, precision: rel.precision, recall: rel.recall });
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
