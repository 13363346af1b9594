// Trains the learned pair scorer (src/relations/learned) on the news development sets' gold and measures it by
// leave-one-set-out cross-validation: for each set, a model trained on the others builds that set (patterns +
// model) and the shared ruler scores it beside the patterns alone. Thresholds are chosen per predicate on the
// pooled held-out predictions (a predicate whose held-out precision stays under the floor is left out), then
// the model trained on every set, with those thresholds, is written to data/models/pair-scorer.json.
//
//   npm run train                      cross-validation, then the model file
//   npm run train -- --cv-only         cross-validation figures only
//   npm run train -- --explore 1,4     held-out precision per predicate for each positive weight (no sets built)
//   npm run train -- --out FILE        write the model elsewhere
//   npm run train -- --no-veto         no learned veto of rule edges
//   npm run train -- --keep MET_WITH   a predicate the cross-validation does not pass keeps its model from the file replaced
// The veto: per predicate, a model of whether a rule's edge is right (trained on the rules' own edges, labelled by
// the gold), and a threshold under which an edge is dropped, chosen on the pooled held-out edges so that the
// dropped ones are wrong at VETO_WRONG_RATE at least (a predicate where no such cut holds gets no veto).
// No randomness: the same sets at the same commit give a byte-identical model file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { toJson } from '../src/export/json.ts';
import { buildGraph } from '../src/graph/index.ts';
import type { Article, ArticleExtraction, Entity } from '../src/model/types.ts';
import { isPredicate, PREDICATE_TABLE, type Predicate } from '../src/model/predicates.ts';
import { createExtractor, extractArticle, type Extractor } from '../src/pipeline.ts';
import { DEFAULT_PAIR_MODEL, loadPairModel, withKept, PAIR_MODEL_FORMAT, pairProbability, type PairCandidate, type PairModel, type PredicateModel, type RuleEdge } from '../src/relations/learned/index.ts';
import { indexExamples, trainIndexed, TRAIN_DEFAULTS, type Example, type IndexedExamples, type TrainOptions } from '../src/relations/learned/train.ts';
import { newsSetNames } from '../src/cli/commands/eval-dev.ts';
import { sharedPaths } from '../src/cli/commands/eval.ts';

/** a predicate is emitted only where its pooled held-out precision (on labelled candidates) reaches this */
const PRECISION_FLOOR = 0.85;
/** and where at least this many held-out candidates pass its threshold */
const MIN_PASSING = 8;
/** no threshold below this (a model this unsure is not emitted) */
const MIN_THRESHOLD = 0.2;
const NEWEST = ['news-fresh18', 'news-fresh19', 'news-fresh20', 'news-fresh21'];
/** a veto drops only where its pooled held-out dropped edges are wrong at this rate at least */
const VETO_WRONG_RATE = 0.75;
/** and where at least this many held-out edges fall under its threshold */
const MIN_VETOED = 4;
/**
 * no veto for a predicate whose rule edges the gold finds wrong more often than this: such a veto learns the
 * predicate's prior in these sets' gold (their habit), not a misreading (it dropped most HEADQUARTERED_IN edges,
 * and with them CoNLL04's OrgBased_In: dev relation F1 0.559 -> 0.507)
 */
const MAX_WRONG_SHARE = 0.5;
/** a veto model is trained only for a predicate with at least this many wrong rule edges */
const MIN_WRONG = 8;

interface GoldRelation { s: string; p: string; o: string; negated?: boolean; optional?: boolean; alt?: string[]; why?: string }
interface Gold { id: string; text?: string; date?: string; entities: { id: string; name: string; aliases?: string[] }[]; relations: GoldRelation[] }
interface Row extends Example { predicate: Predicate }
interface SetData { name: string; golds: string[]; articles: Article[]; rows: Row[]; vetoRows: Row[]; base: ArticleExtraction[] }

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

/** a rule edge as the ruler scores it: 1 right, 0 wrong, undefined where only an optional gold relation fits it */
function edgeLabel(gold: Gold, s: string | undefined, o: string | undefined, p: Predicate, negated: boolean): 0 | 1 | undefined {
  if (!s || !o) return 0;
  const symmetric = PREDICATE_TABLE[p].symmetric;
  const matches = gold.relations.filter((r) => (r.p === p || (r.alt ?? []).includes(p)) && !!r.negated === negated && ((r.s === s && r.o === o) || (symmetric && r.s === o && r.o === s)));
  return matches.some((r) => !r.optional) ? 1 : matches.length ? undefined : 0;
}

function harvest(root: string, name: string, extractor: Extractor): SetData {
  const dir = join(root, 'tests', 'fixtures', name);
  const golds = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
  const rows: Row[] = [], vetoRows: Row[] = [], articles: Article[] = [], base: ArticleExtraction[] = [];
  for (const file of golds) {
    const gold = JSON.parse(readFileSync(file, 'utf8')) as Gold;
    const text = gold.text ?? (existsSync(file.replace(/\.json$/, '.txt')) ? readFileSync(file.replace(/\.json$/, '.txt'), 'utf8') : undefined);
    if (text === undefined) continue;
    const article: Article = gold.date ? { id: gold.id, text, date: gold.date } : { id: gold.id, text };
    articles.push(article);
    const goldOf = goldMatcher(gold);
    const sentences: { span: { start: number; end: number }; candidates: readonly PairCandidate[] }[] = [];
    const edges: RuleEdge[] = [];
    const extraction = extractArticle(article, extractor, (span, candidates, ruleEdges) => { sentences.push({ span, candidates }); edges.push(...ruleEdges); });
    base.push(extraction);
    const entityOf = new Map(extraction.entities.map((e) => [e.key, e]));
    for (const { relation: r, features } of edges) {
      const s = entityOf.get(r.subject), o = entityOf.get(r.object);
      const y = edgeLabel(gold, s && goldOf(s), o && goldOf(o), r.predicate, r.negated);
      if (y !== undefined) vetoRows.push({ predicate: r.predicate, features, y });
    }
    for (const { span, candidates } of sentences) {
      for (const c of candidates) {
        for (const p of c.predicates) {
          const y = label(gold, text, span, goldOf(c.subject.entity), goldOf(c.object.entity), p);
          if (y !== undefined) rows.push({ predicate: p, features: c.features, y });
        }
      }
    }
  }
  return { name, golds, articles, rows, vetoRows, base };
}


/** which rows a model learns from, and whether a predicate has enough of them */
interface Task { rows: (s: SetData) => readonly Row[]; enough: (rows: readonly { y: 0 | 1 }[]) => boolean }
const PAIRS: Task = { rows: (s) => s.rows, enough: (rows) => rows.filter((r) => r.y === 1).length >= 10 };
const VETO: Task = { rows: (s) => s.vetoRows, enough: (rows) => rows.filter((r) => r.y === 0).length >= MIN_WRONG };

/** a task's rows of every set, per predicate, indexed once; with the set each row comes from */
type Indexed = Map<Predicate, { data: IndexedExamples; setOf: Int32Array }>;

function indexTask(sets: readonly SetData[], task: Task): Indexed {
  const byPredicate = new Map<Predicate, { rows: Row[]; setOf: number[] }>();
  sets.forEach((s, k) => {
    for (const r of task.rows(s)) {
      const list = byPredicate.get(r.predicate) ?? { rows: [], setOf: [] };
      list.rows.push(r); list.setOf.push(k);
      byPredicate.set(r.predicate, list);
    }
  });
  return new Map([...byPredicate].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, { rows, setOf }]) => [p, { data: indexExamples(rows), setOf: Int32Array.from(setOf) }]));
}

/** each predicate's weights, trained on the rows of every set but `leftOut` (predicates with too few examples left out) */
function trainAll(indexed: Indexed, leftOut: number | undefined, options: TrainOptions, task: Task = PAIRS): Map<Predicate, Record<string, number>> {
  const out = new Map<Predicate, Record<string, number>>();
  for (const [p, { data, setOf }] of indexed) {
    const subset: number[] = [];
    for (let k = 0; k < setOf.length; k++) if (setOf[k] !== leftOut) subset.push(k);
    if (task.enough(subset.map((k) => data.rows[k]!))) out.set(p, trainIndexed(data, subset, options));
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

/**
 * Per predicate, the veto's threshold: the held-out rule edges by probability, least likely right first, cut at the
 * longest prefix whose edges are wrong at VETO_WRONG_RATE at least and that holds MIN_VETOED edges; logs the table.
 */
function chooseVetoThresholds(held: Map<Predicate, Held[]>, log: (s: string) => void): Map<Predicate, { threshold: number }> {
  const out = new Map<Predicate, { threshold: number }>();
  for (const [p, rows] of [...held].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const ranked = [...rows].sort((a, b) => a.p - b.p || b.y - a.y);
    let wrong = 0, best = -1;
    for (let k = 0; k < ranked.length; k++) {
      wrong += 1 - ranked[k]!.y;
      const cut = k + 1 === ranked.length || ranked[k + 1]!.p > ranked[k]!.p;
      if (cut && k + 1 >= MIN_VETOED && wrong / (k + 1) >= VETO_WRONG_RATE) best = k;
    }
    const at = (n: number) => { const low = ranked.slice(0, n); return `${low.filter((r) => !r.y).length}/${low.length}`; };
    const threshold = best >= 0 ? Math.ceil(ranked[best]!.p * 1e4 + 1e-9) / 1e4 : 0;
    const dropped = ranked.filter((r) => r.p < threshold);
    log(`veto ${p.padEnd(22)} held-out edges ${rows.length} wrong ${rows.filter((r) => !r.y).length}, wrong among the lowest 5/10/20/40 ${at(5)} ${at(10)} ${at(20)} ${at(40)}${best >= 0 ? ` → threshold ${threshold.toFixed(4)} drops ${dropped.length}, wrong ${dropped.filter((r) => !r.y).length}` : ''}`);
    if (rows.filter((r) => !r.y).length > rows.length * MAX_WRONG_SHARE) { log(`veto ${p}: no veto, its rule edges are mostly wrong in this gold`); continue; }
    if (best >= 0 && dropped.length >= MIN_VETOED && dropped.filter((r) => !r.y).length / dropped.length >= VETO_WRONG_RATE) out.set(p, { threshold });
  }
  return out;
}

function modelOf(weights: Map<Predicate, Record<string, number>>, thresholds: Map<Predicate, { threshold: number }>, about: Record<string, unknown>, veto?: { weights: Map<Predicate, Record<string, number>>; thresholds: Map<Predicate, { threshold: number }> }): PairModel {
  const pick = (w: Map<Predicate, Record<string, number>>, t: Map<Predicate, { threshold: number }>) => {
    const out: Partial<Record<Predicate, PredicateModel>> = {};
    for (const [p, { threshold }] of t) { const x = w.get(p); if (x) out[p] = { threshold, weights: x }; }
    return out;
  };
  const vetoes = veto && veto.thresholds.size ? pick(veto.weights, veto.thresholds) : undefined;
  return { format: PAIR_MODEL_FORMAT, about, predicates: pick(weights, thresholds), ...(vetoes ? { vetoes } : {}) };
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

/** each set's model trained on the others, and every predicate's held-out probabilities with their labels */
function heldOut(sets: readonly SetData[], options: TrainOptions, task: Task = PAIRS, indexed: Indexed = indexTask(sets, task)) {
  const foldWeights = new Map<string, Map<Predicate, Record<string, number>>>();
  const held = new Map<Predicate, Held[]>();
  for (const [k, s] of sets.entries()) {
    const w = trainAll(indexed, k, options, task);
    foldWeights.set(s.name, w);
    for (const r of task.rows(s)) {
      const m = w.get(r.predicate);
      if (!m) continue;
      const list = held.get(r.predicate) ?? [];
      list.push({ p: pairProbability({ threshold: 1, weights: m }, r.features), y: r.y });
      held.set(r.predicate, list);
    }
  }
  return { foldWeights, held };
}

type Thresholds = Map<Predicate, { threshold: number }>;

/** `chosen` hears the thresholds as soon as they are chosen, before the sets are built (the builds only measure) */
function crossValidate(sets: readonly SetData[], scorePath: string, gazetteerExtractor: Extractor, options: TrainOptions, withVeto: boolean, log: (s: string) => void, chosen: (pairs: Thresholds, vetoes: Thresholds, pairsIndexed: Indexed, vetoIndexed: Indexed) => void) {
  const pairsIndexed = indexTask(sets, PAIRS), vetoIndexed = indexTask(sets, VETO);
  const { foldWeights, held } = heldOut(sets, options, PAIRS, pairsIndexed);
  const thresholds = chooseThresholds(held, log);
  const veto = withVeto ? heldOut(sets, options, VETO, vetoIndexed) : undefined;
  const vetoThresholds: Thresholds = veto ? chooseVetoThresholds(veto.held, log) : new Map();
  chosen(thresholds, vetoThresholds, pairsIndexed, vetoIndexed);
  const lines: string[] = [];
  const zero: Score = { tp: 0, fp: 0, fn: 0, entF1: 0 };
  let baseSum = zero, cvSum = zero, vetoSum = zero;
  const build = (s: SetData, model: PairModel): Score => score(scorePath, s.golds, s.articles.map((a) => extractArticle(a, { ...gazetteerExtractor, pairModel: model })));
  for (const s of sets) {
    const base = score(scorePath, s.golds, s.base);
    const cv = build(s, modelOf(foldWeights.get(s.name)!, thresholds, {}));
    const vetoed = veto && vetoThresholds.size ? build(s, modelOf(foldWeights.get(s.name)!, thresholds, {}, { weights: veto.foldWeights.get(s.name)!, thresholds: vetoThresholds })) : cv;
    baseSum = add(baseSum, base); cvSum = add(cvSum, cv); vetoSum = add(vetoSum, vetoed);
    lines.push(`${s.name.padEnd(12)} patterns ${prf(base)} | +model ${prf(cv)} | +veto ${prf(vetoed)}`);
    log(lines.at(-1)!);
  }
  lines.push(`${'SUM'.padEnd(12)} patterns ${prf(baseSum)} | +model ${prf(cvSum)} | +veto ${prf(vetoSum)}`);
  log(lines.at(-1)!);
  return lines;
}

function main(): void {
  const { values } = parseArgs({ options: { 'cv-only': { type: 'boolean' }, explore: { type: 'string' }, out: { type: 'string' }, 'no-veto': { type: 'boolean' }, keep: { type: 'string' } } });
  const paths = sharedPaths();
  const sets = newsSetNames(paths.root);
  const extractor = createExtractor(undefined, null);
  const log = (s: string) => process.stderr.write(s + '\n');
  const data = sets.map((name) => harvest(paths.root, name, extractor));
  log(`harvested ${data.reduce((n, s) => n + s.rows.length, 0)} labelled candidates (${data.reduce((n, s) => n + s.rows.filter((r) => r.y).length, 0)} positive) from ${sets.length} sets`);
  if (values.explore !== undefined) {
    // (held-out precision per predicate for each positive weight given, without building and scoring the sets)
    for (const positiveWeight of values.explore.split(',').map(Number)) {
      log(`positive weight ${positiveWeight}`);
      chooseThresholds(heldOut(data, { ...TRAIN_DEFAULTS, positiveWeight }).held, log);
    }
    chooseVetoThresholds(heldOut(data, TRAIN_DEFAULTS, VETO).held, log);
    return;
  }
  const withVeto = !values['no-veto'];
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: paths.root, encoding: 'utf8' }).trim();
  const out = values.out ?? DEFAULT_PAIR_MODEL;
  const keep = (values.keep ?? '').split(',').filter(isPredicate);
  // (read before anything is written: the file replaced, which `out` may be)
  const previous = keep.length ? loadPairModel(DEFAULT_PAIR_MODEL) : undefined;
  let write = (_lines: string[]): void => {};
  const chosen = (thresholds: Thresholds, vetoThresholds: Thresholds, pairsIndexed: Indexed, vetoIndexed: Indexed): void => {
    if (values['cv-only']) return;
    const veto = withVeto && vetoThresholds.size ? { weights: trainAll(vetoIndexed, undefined, TRAIN_DEFAULTS, VETO), thresholds: vetoThresholds } : undefined;
    const weights = trainAll(pairsIndexed, undefined, TRAIN_DEFAULTS);
    write = (lines) => {
      const about = {
        trainedOn: sets, commit, hyperParameters: TRAIN_DEFAULTS, precisionFloor: PRECISION_FLOOR, minPassing: MIN_PASSING,
        features: 'src/relations/learned/features.ts: types, kinds and forms of the two mentions (never their words), lemmas between (capped), two words each side, the clause verb and both roles, entities/commas/breaks between, order, distance, title words by a person, modal cues, rule ids that fired in the sentence',
        thresholds: Object.fromEntries(thresholds),
        veto: { wrongRate: VETO_WRONG_RATE, minVetoed: MIN_VETOED, minWrong: MIN_WRONG, maxWrongShare: MAX_WRONG_SHARE, thresholds: Object.fromEntries(vetoThresholds), features: 'the same, of the pair a rule related, with the rule id (own:)' },
        crossValidation: lines, newest: NEWEST,
      };
      const model = modelOf(weights, thresholds, about, veto);
      writeFileSync(out + '.tmp', JSON.stringify(previous ? withKept(model, previous, keep) : model, null, 1) + '\n');
      renameSync(out + '.tmp', out);
      log(`wrote ${out}`);
    };
    // (written now, so that it can be tried while the sets are built; written again with the figures at the end)
    write([]);
  };
  // (the figures first: `write` is the function chosen() set, not the one it held when this line began)
  const lines = crossValidate(data, paths.score, extractor, TRAIN_DEFAULTS, withVeto, log, chosen);
  write(lines);
}

main();
