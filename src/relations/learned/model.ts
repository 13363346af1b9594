// The learned pair scorer's model file: one logistic regression per predicate over pairFeatures, with the
// threshold cross-validation chose for it. Only predicates whose cross-validated precision held are in the file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isPredicate, type Predicate } from '../../model/predicates.ts';
import { GeokgError } from '../../util/errors.ts';

export const PAIR_MODEL_FORMAT = 'geokg-pair-scorer/1';
export const DEFAULT_PAIR_MODEL = fileURLToPath(new URL('../../../data/models/pair-scorer.json', import.meta.url));

export interface PredicateModel {
  /** emit where the probability is at least this */
  threshold: number;
  /** feature → weight (the feature "bias" is the intercept) */
  weights: Record<string, number>;
}

export interface PairModel {
  format: typeof PAIR_MODEL_FORMAT;
  /** how it was trained and how it measured (free-form, for the reader) */
  about: Record<string, unknown>;
  predicates: Partial<Record<Predicate, PredicateModel>>;
  /**
   * the learned veto: per predicate, a model of whether a RULE's edge is right; a rule edge whose probability is
   * below the threshold is dropped (only predicates where cross-validation found the dropped edges mostly wrong)
   */
  vetoes?: Partial<Record<Predicate, PredicateModel>>;
}

/** The probability the model gives the predicate for these features. */
export function pairProbability(m: PredicateModel, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += m.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** One predicate's weights ranked for scoring many pairs: each weighted feature's place in sorted order, the weight at each place. */
export interface RankedWeights {
  threshold: number;
  rank: ReadonlyMap<string, number>;
  weights: Float64Array;
}

/** A model with its predicates' weights ranked (preparePairModel; loadPairModel returns one). */
export interface PreparedPairModel extends PairModel {
  /** derived from `predicates` by preparePairModel, never written by hand */
  ranked: Partial<Record<Predicate, RankedWeights>>;
}

/** Ranks each predicate's weights once, for rankedProbability (a sort of some 7,600 features: once per model, not per article). */
export function preparePairModel(model: PairModel): PreparedPairModel {
  const ranked: Partial<Record<Predicate, RankedWeights>> = {};
  for (const [p, m] of Object.entries(model.predicates) as [Predicate, PredicateModel][]) {
    const features = Object.keys(m.weights).sort();
    ranked[p] = { threshold: m.threshold, rank: new Map(features.map((f, k) => [f, k])), weights: Float64Array.from(features, (f) => m.weights[f]!) };
  }
  return { ...model, ranked };
}

/** The model's ranked weights: prepared already, or ranked now. */
export const rankedWeights = (model: PairModel | PreparedPairModel): PreparedPairModel['ranked'] =>
  'ranked' in model ? model.ranked : preparePairModel(model).ranked;

/**
 * pairProbability of the features' sorted set (each once), from the features in any order with repeats: the same
 * number to the last bit, for less (no strings sorted). The weights are summed in pairProbability's order, each once
 * (a floating-point sum depends on its order): by rank, which is the features' sorted order. A feature without a weight
 * adds 0 there, which changes no sum (z is never -0: it starts at +0, and a sum is -0 only when both terms are).
 */
export function rankedProbability(m: RankedWeights, features: readonly string[]): number {
  // (insertion into a sorted list: some 30 small numbers, cheaper than a sort call)
  const ks: number[] = [];
  for (const f of features) {
    const k = m.rank.get(f);
    if (k === undefined) continue;
    let j = ks.length;
    ks.push(k);
    for (; j > 0 && ks[j - 1]! > k; j--) ks[j] = ks[j - 1]!;
    ks[j] = k;
  }
  let z = 0;
  for (let j = 0; j < ks.length; j++) if (ks[j] !== ks[j - 1]) z += m.weights[ks[j]!]!;
  return 1 / (1 + Math.exp(-z));
}

/** Parses and checks a model file's text; a fault is one line naming the file. */
export function parsePairModel(text: string, path: string): PairModel {
  const fail = (why: string): never => { throw new GeokgError('relations', `${path}: not a pair-scorer model (${why})`); };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail((e as Error).message.split('\n')[0]!);
  }
  const m = data as Partial<PairModel>;
  if (!m || typeof m !== 'object' || m.format !== PAIR_MODEL_FORMAT) return fail(`format is not ${PAIR_MODEL_FORMAT}`);
  if (!m.predicates || typeof m.predicates !== 'object') return fail('no predicates');
  if (m.vetoes !== undefined && (!m.vetoes || typeof m.vetoes !== 'object')) return fail('vetoes is not an object');
  for (const [p, pm] of [...Object.entries(m.predicates), ...Object.entries(m.vetoes ?? {})]) {
    if (!isPredicate(p)) return fail(`unknown predicate ${p}`);
    if (!pm || typeof pm.threshold !== 'number' || !pm.weights || typeof pm.weights !== 'object') return fail(`${p} lacks threshold or weights`);
    if (Object.values(pm.weights).some((w) => typeof w !== 'number' || !Number.isFinite(w))) return fail(`${p} has a weight that is not a number`);
  }
  return { format: PAIR_MODEL_FORMAT, about: m.about ?? {}, predicates: m.predicates, ...(m.vetoes ? { vetoes: m.vetoes } : {}) };
}

/**
 * Reads a model file. A missing one is an error, the default too: an install without it would build other graphs from
 * the same text without a word (createExtractor's null asks for the patterns alone).
 */
export function loadPairModel(path: string = DEFAULT_PAIR_MODEL): PreparedPairModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new GeokgError('relations', `${path}: cannot read the pair-scorer model (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return preparePairModel(parsePairModel(text, path));
}

/**
 * The model with the predicates of `keep` that it lacks taken from `previous` (their weights and threshold as they
 * were), each noted in about.kept with the previous file's commit and sets: for a predicate that held on unseen text
 * before, when a retraining's cross-validation no longer passes it. Only the file's fields (no ranked weights).
 */
export function withKept(model: PairModel, previous: PairModel, keep: readonly Predicate[]): PairModel {
  const predicates = { ...model.predicates };
  const kept: Record<string, unknown> = {};
  for (const p of keep) {
    const old = previous.predicates[p];
    if (predicates[p] || !old) continue;
    predicates[p] = old;
    kept[p] = { threshold: old.threshold, commit: previous.about['commit'], trainedOn: previous.about['trainedOn'] };
  }
  const ordered = Object.fromEntries(Object.entries(predicates).sort(([a], [b]) => (a < b ? -1 : 1))) as PairModel['predicates'];
  const about = Object.keys(kept).length ? { ...model.about, kept } : model.about;
  return { format: model.format, about, predicates: ordered, ...(model.vetoes ? { vetoes: model.vetoes } : {}) };
}
