// Trains the learned pair scorer (src/relations/learned) on the news development sets' gold and measures it by
// leave-one-set-out cross-validation: for each set, a model trained on the others builds that set (patterns +
// model) and the shared ruler scores it beside the patterns alone. Thresholds are chosen per predicate on the
// pooled held-out predictions (a predicate whose held-out precision stays under the floor is left out), then
// the model trained on every set, with those thresholds, is written to data/models/pair-scorer.json.
//
//   npm run train                      cross-validation, then the model file
//   npm run train -- --cv-only         cross-validation figures only
//   npm run train -- --out FILE        write the model elsewhere
// No randomness: the same sets at the same commit give a byte-identical model file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { toJson } from '../src/export/json.ts';
import { buildGraph } from '../src/graph/index.ts';
import type { Article, ArticleExtraction, Entity } from '../src/model/types.ts';
import { PREDICATE_TABLE, type Predicate } from '../src/model/predicates.ts';
import { createExtractor, extractArticle, type Extractor } from '../src/pipeline.ts';
import { DEFAULT_PAIR_MODEL, PAIR_MODEL_FORMAT, pairProbability, type PairCandidate, type PairModel, type PredicateModel } from '../src/relations/learned/index.ts';
import { trainLogistic, TRAIN_DEFAULTS, type Example } from '../src/relations/learned/train.ts';
import { newsSetNames } from '../src/cli/commands/eval-dev.ts';
import { sharedPaths } from '../src/cli/commands/eval.ts';

/** a predicate is emitted only where its pooled held-out precision (on labelled candidates) reaches this */
const PRECISION_FLOOR = 0.88;
/** and where at least this many held-out candidates pass its threshold */
const MIN_PASSING = 8;
/** no threshold below this (a model this unsure is not emitted) */
const MIN_THRESHOLD = 0.2;
const NEWEST = ['news-fresh15', 'news-fresh16', 'news-fresh17'];

interface GoldRelation { s: string; p: string; o: string; negated?: boolean; optional?: boolean; alt?: string[]; why?: string }
interface Gold { id: string; text?: string; date?: string; entities: { id: string; name: string; aliases?: string[] }[]; relations: GoldRelation[] }
interface Row extends Example { predicate: Predicate }
interface SetData { name: string; golds: string[]; articles: Article[]; rows: Row[]; base: ArticleExtraction[] }

/** the ruler's normalisation of a name (../shared/eval/score.mjs norm), to match graph entities to gold ones */
function norm(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’`]s\b/g, '').replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, ' ').trim().replace(/^the /, '');
}

function goldMatcher(gold: Gold): (e: Entity) => string | undefined {
  const byName = new Map<string, string>();
  for (const e of gold.entities) for (const n of [e.name, ...(e.aliases ?? [])]) if (!byName.has(norm(n))) byName.set(norm(n), e.id);
  return (e) => byName.get(norm(e.label)) ?? e.aliases.map((a) => byName.get(norm(a))).find((x) => x !== undefined);
}

/** where the gold's evidence sits in the text (undefined: not found, any sentence counts) */
function whySpan(text: string, why: string | undefined): [number, number] | undefined {
  if (!why) return undefined;
  const at = text.indexOf(why);
  if (at >= 0) return [at, at + why.length];
  const lower = text.toLowerCase().indexOf(why.toLowerCase());
  return lower >= 0 ? [lower, lower + why.length] : undefined;
}

/** 1 / 0 for a candidate and predicate, or undefined where the gold neither states nor denies it here (left out) */
function label(gold: Gold, text: string, sentence: { start: number; end: number }, s: string | undefined, o: string | undefined, p: Predicate): 0 | 1 | undefined {
  if (!s || !o) return 0;
  const symmetric = PREDICATE_TABLE[p].symmetric;
  const matches = gold.relations.filter((r) => (r.p === p || (r.alt ?? []).includes(p)) && ((r.s === s && r.o === o) || (symmetric && r.s === o && r.o === s)));
  if (!matches.length) return 0;
  const here = matches.filter((r) => {
    const span = whySpan(text, r.why);
    return !span || (span[0] < sentence.end && span[1] > sentence.start);
  });
  // (a negated, optional or elsewhere-stated gold relation teaches nothing about this wording)
  return here.some((r) => !r.negated && !r.optional) ? 1 : undefined;
}

function harvest(root: string, name: string, extractor: Extractor): SetData {
  const dir = join(root, 'tests', 'fixtures', name);
  const golds = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
  const rows: Row[] = [], articles: Article[] = [], base: ArticleExtraction[] = [];
  for (const file of golds) {
    const gold = JSON.parse(readFileSync(file, 'utf8')) as Gold;
    const text = gold.text ?? (existsSync(file.replace(/\.json$/, '.txt')) ? readFileSync(file.replace(/\.json$/, '.txt'), 'utf8') : undefined);
    if (text === undefined) continue;
    const article: Article = gold.date ? { id: gold.id, text, date: gold.date } : { id: gold.id, text };
    articles.push(article);
    const goldOf = goldMatcher(gold);
    const sentences: { span: { start: number; end: number }; candidates: readonly PairCandidate[] }[] = [];
    base.push(extractArticle(article, extractor, (span, candidates) => sentences.push({ span, candidates })));
    for (const { span, candidates } of sentences) {
      for (const c of candidates) {
        for (const p of c.predicates) {
          const y = label(gold, text, span, goldOf(c.subject.entity), goldOf(c.object.entity), p);
          if (y !== undefined) rows.push({ predicate: p, features: c.features, y });
        }
      }
    }
  }
  return { name, golds, articles, rows, base };
}


/** each predicate's weights, trained on the rows of the given sets (predicates with too few positives left out) */
function trainAll(sets: readonly SetData[]): Map<Predicate, Record<string, number>> {
  const byPredicate = new Map<Predicate, Row[]>();
  for (const s of sets) for (const r of s.rows) {
    const list = byPredicate.get(r.predicate);
    if (list) list.push(r); else byPredicate.set(r.predicate, [r]);
  }
  const out = new Map<Predicate, Record<string, number>>();
  for (const p of [...byPredicate.keys()].sort()) {
    const rows = byPredicate.get(p)!;
    if (rows.filter((r) => r.y === 1).length >= 10) out.set(p, trainLogistic(rows, TRAIN_DEFAULTS));
  }
  return out;
}

interface Held { p: number; y: 0 | 1 }

/**
 * Per predicate, the threshold that keeps the most held-out candidates while their pooled precision (on labelled
 * candidates) stays at the floor: the held-out candidates by probability, best first, cut at the longest prefix
 * whose precision reaches the floor and that holds at least MIN_PASSING candidates.
 */
function chooseThresholds(held: Map<Predicate, Held[]>, log: (s: string) => void): Map<Predicate, { threshold: number; precision: number; passing: number }> {
  const out = new Map<Predicate, { threshold: number; precision: number; passing: number }>();
  for (const [p, rows] of [...held].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const ranked = [...rows].sort((a, b) => b.p - a.p || a.y - b.y);
    let right = 0, best = -1;
    for (let k = 0; k < ranked.length; k++) {
      right += ranked[k]!.y;
      // (a cut only between different probabilities, so that the threshold says where it is)
      const cut = k + 1 === ranked.length || ranked[k + 1]!.p < ranked[k]!.p;
      if (cut && k + 1 >= MIN_PASSING && right / (k + 1) >= PRECISION_FLOOR && ranked[k]!.p >= MIN_THRESHOLD) best = k;
    }
    const at = (n: number) => { const top = ranked.slice(0, n); return (top.filter((r) => r.y).length / (top.length || 1)).toFixed(2); };
    log(`${p.padEnd(22)} held-out ${rows.length} positive ${rows.filter((r) => r.y).length} precision@10/25/50/100 ${at(10)} ${at(25)} ${at(50)} ${at(100)}${best >= 0 ? ` → threshold ${(Math.floor(ranked[best]!.p * 1e4) / 1e4).toFixed(4)} passing ${best + 1}` : ''}`);
    if (best < 0) continue;
    const passing = ranked.slice(0, best + 1);
    out.set(p, { threshold: Math.floor(ranked[best]!.p * 1e4) / 1e4, precision: +(passing.filter((r) => r.y).length / passing.length).toFixed(4), passing: passing.length });
  }
  return out;
}

function modelOf(weights: Map<Predicate, Record<string, number>>, thresholds: Map<Predicate, { threshold: number }>, about: Record<string, unknown>): PairModel {
  const predicates: Partial<Record<Predicate, PredicateModel>> = {};
  for (const [p, { threshold }] of thresholds) { const w = weights.get(p); if (w) predicates[p] = { threshold, weights: w }; }
  return { format: PAIR_MODEL_FORMAT, about, predicates };
}

interface Score { tp: number; fp: number; fn: number; entF1: number }
function score(scorePath: string, golds: string[], extractions: ArticleExtraction[]): Score {
  const dir = mkdtempSync(join(tmpdir(), 'geokg-train-'));
  try {
    const graph = join(dir, 'graph.json');
    writeFileSync(graph, toJson(buildGraph(extractions)));
    const t = JSON.parse(execFileSync(process.execPath, [scorePath, ...golds, '--graph', graph, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 })).total;
    return { tp: t.relations.tp, fp: t.relations.fp, fn: t.relations.fn, entF1: t.entities.f1 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const prf = (x: Score): string => {
  const p = x.tp / (x.tp + x.fp || 1), r = x.tp / (x.tp + x.fn || 1);
  return `${p.toFixed(4)} / ${r.toFixed(4)} / ${(2 * p * r / (p + r || 1)).toFixed(4)} tp ${x.tp} fp ${x.fp} fn ${x.fn}`;
};
const add = (a: Score, b: Score): Score => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, entF1: 0 });

function crossValidate(sets: readonly SetData[], scorePath: string, gazetteerExtractor: Extractor, log: (s: string) => void) {
  const foldWeights = new Map<string, Map<Predicate, Record<string, number>>>();
  const held = new Map<Predicate, Held[]>();
  for (const s of sets) {
    const w = trainAll(sets.filter((x) => x !== s));
    foldWeights.set(s.name, w);
    for (const r of s.rows) {
      const m = w.get(r.predicate);
      if (!m) continue;
      const list = held.get(r.predicate) ?? [];
      list.push({ p: pairProbability({ threshold: 1, weights: m }, r.features), y: r.y });
      held.set(r.predicate, list);
    }
  }
  const thresholds = chooseThresholds(held, log);
  const lines: string[] = [];
  let baseSum: Score = { tp: 0, fp: 0, fn: 0, entF1: 0 }, cvSum = baseSum;
  for (const s of sets) {
    const model = modelOf(foldWeights.get(s.name)!, thresholds, {});
    const extractor: Extractor = { ...gazetteerExtractor, pairModel: model };
    const base = score(scorePath, s.golds, s.base);
    const cv = score(scorePath, s.golds, s.articles.map((a) => extractArticle(a, extractor)));
    baseSum = add(baseSum, base); cvSum = add(cvSum, cv);
    lines.push(`${s.name.padEnd(12)} patterns ${prf(base)} | +model ${prf(cv)}`);
    log(lines.at(-1)!);
  }
  lines.push(`${'SUM'.padEnd(12)} patterns ${prf(baseSum)} | +model ${prf(cvSum)}`);
  log(lines.at(-1)!);
  return { thresholds, lines };
}

function main(): void {
  const { values } = parseArgs({ options: { 'cv-only': { type: 'boolean' }, out: { type: 'string' } } });
  const paths = sharedPaths();
  const sets = newsSetNames(paths.root);
  const extractor = createExtractor(undefined, null);
  const log = (s: string) => process.stderr.write(s + '\n');
  const data = sets.map((name) => harvest(paths.root, name, extractor));
  log(`harvested ${data.reduce((n, s) => n + s.rows.length, 0)} labelled candidates (${data.reduce((n, s) => n + s.rows.filter((r) => r.y).length, 0)} positive) from ${sets.length} sets`);
  const { thresholds, lines } = crossValidate(data, paths.score, extractor, log);
  if (values['cv-only']) return;
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: paths.root, encoding: 'utf8' }).trim();
  const about = {
    trainedOn: sets, commit, hyperParameters: TRAIN_DEFAULTS, precisionFloor: PRECISION_FLOOR, minPassing: MIN_PASSING,
    features: 'src/relations/learned/features.ts: types, kinds and forms of the two mentions (never their words), lemmas between (capped), two words each side, the clause verb and both roles, entities/commas/breaks between, order, distance, title words by a person, modal cues, rule ids that fired in the sentence',
    thresholds: Object.fromEntries(thresholds),
    crossValidation: lines, newest: NEWEST,
  };
  const model = modelOf(trainAll(data), thresholds, about);
  const out = values.out ?? DEFAULT_PAIR_MODEL;
  writeFileSync(out + '.tmp', JSON.stringify(model, null, 1) + '\n');
  renameSync(out + '.tmp', out);
  log(`wrote ${out}`);
}

main();
