// The learned pair scorer (issue 12): after the patterns, every ordered pair of mentions in a sentence that the
// patterns left unrelated is scored, per predicate whose types fit, by a linear model trained on the development
// sets' gold (scripts/train-pair-scorer.ts). It adds edges only; it never removes or changes a pattern's edge.
import { PREDICATE_TABLE, PREDICATES, type Predicate } from '../../model/predicates.ts';
import type { Relation } from '../../model/types.ts';
import { emit, emittedKey, type Arg, type Ctx } from '../engine.ts';
import type { Clause, SentenceAnalysis } from '../../clauses/index.ts';
import { clauseOver, pairFeatures, pairSentence, rawPairFeatures, sentenceFeatures, type PairSentence } from './features.ts';
import { pairProbability, rankedProbability, rankedWeights, type PairModel, type PreparedPairModel } from './model.ts';

export { pairFeatures, pairSentence, rawPairFeatures, type PairSentence } from './features.ts';
export { loadPairModel, parsePairModel, pairProbability, preparePairModel, withKept, rankedProbability, rankedWeights, DEFAULT_PAIR_MODEL, PAIR_MODEL_FORMAT, type PairModel, type PredicateModel, type PreparedPairModel, type RankedWeights } from './model.ts';

/** One ordered pair of mentions the model may relate, with the predicates whose types fit it. */
export interface PairCandidate {
  subject: Arg;
  object: Arg;
  predicates: Predicate[];
  features: string[];
}

const fitsDirect = (p: Predicate, s: Arg, o: Arg): boolean =>
  PREDICATE_TABLE[p].subjectTypes.includes(s.entity.type) && PREDICATE_TABLE[p].objectTypes.includes(o.entity.type);

/** the sentence's pairs of entities the patterns related (either way), from its edges */
function relatedPairs(out: readonly Relation[], from: number): Set<string> {
  const pairs = new Set<string>();
  for (let k = from; k < out.length; k++) pairs.add(`${out[k]!.subject}\u0000${out[k]!.object}`).add(`${out[k]!.object}\u0000${out[k]!.subject}`);
  return pairs;
}

/** A candidate pair before its features, with the smallest clause over both mentions (its features read it). */
interface CandidatePair {
  subject: Arg;
  object: Arg;
  predicates: Predicate[];
  clause: Clause<Arg> | undefined;
}

/** The sentence's candidate pairs without their features (see pairCandidates), and the sentence their features read. */
function candidatePairs(ctx: Ctx, analysis: SentenceAnalysis<Arg>, sentenceOut: number, only: readonly Predicate[]): { sentence: PairSentence; pairs: CandidatePair[] } {
  const related = relatedPairs(ctx.out, sentenceOut);
  const rules = [...new Set(ctx.out.slice(sentenceOut).map((r) => r.rule))].sort();
  const sentence = pairSentence(ctx.tokens, ctx.args, ctx.argAt, analysis, sentenceFeatures(ctx.tokens, ctx.argAt, rules));
  const args = ctx.args.filter((a) => !a.members);
  const pairs: CandidatePair[] = [];
  for (const s of args) {
    for (const o of args) {
      if (s === o || s.entity.key === o.entity.key || related.has(`${s.entity.key}\u0000${o.entity.key}`)) continue;
      const predicates = only.filter((p) => fitsDirect(p, s, o));
      if (!predicates.length) continue;
      const clause = clauseOver(analysis, Math.min(s.first, o.first), Math.max(s.last, o.last));
      if (clause?.negated || (clause?.modality && clause.modality !== 'stated')) continue;
      pairs.push({ subject: s, object: o, predicates, clause });
    }
  }
  return { sentence, pairs };
}

/**
 * The sentence's candidate pairs: two mentions of different entities that no edge of this sentence relates, in a
 * clause that is neither negated nor modal, with at least one predicate of `only` whose types fit. `sentenceOut` is
 * the index in ctx.out where this sentence's edges begin.
 */
export function pairCandidates(ctx: Ctx, sentenceOut: number, only: readonly Predicate[] = PREDICATES): PairCandidate[] {
  if (!ctx.analysis || !only.length || ctx.args.length < 2) return [];
  const { sentence, pairs } = candidatePairs(ctx, ctx.analysis, sentenceOut, only);
  return pairs.map(({ subject, object, predicates, clause }) => ({ subject, object, predicates, features: pairFeatures(sentence, subject, object, clause) }));
}

/**
 * Emits the model's edges for the sentence's candidates (those of the predicates the model carries): each predicate at
 * its threshold. The same edges, in the same order, as scoring pairCandidates with pairProbability, for less: a pair's
 * features are built only when a predicate is scored, and scored by rank (rankedProbability). `ranked`: the model's
 * rankedWeights, prepared once per model.
 */
export function learnedRelations(ctx: Ctx, ranked: PreparedPairModel['ranked'], sentenceOut: number): void {
  const only = PREDICATES.filter((p) => ranked[p]);
  if (!ctx.analysis || !only.length || ctx.args.length < 2) return;
  const { sentence, pairs } = candidatePairs(ctx, ctx.analysis, sentenceOut, only);
  for (const c of pairs) {
    let features: string[] | undefined;
    for (const p of c.predicates) {
      const m = ranked[p]!;
      // (a symmetric edge once: not again the other way round)
      if (PREDICATE_TABLE[p].symmetric && ctx.emitted.has(emittedKey(c.object.entity.key, p, c.subject.entity.key, false))) continue;
      features ??= rawPairFeatures(sentence, c.subject, c.object, c.clause);
      const probability = rankedProbability(m, features);
      if (probability >= m.threshold) emit(ctx, c.subject, p, c.object, { rule: `learned.${p}`, confidence: Math.round(probability * 100) / 100 });
    }
  }
}

/** One edge a rule emitted in the sentence, with the features of its pair as the pattern read it (for the veto). */
export interface RuleEdge {
  relation: Relation;
  features: string[];
}

/** the sentence's mention of an entity (a group's members too); for an object, a capital stands for its country */
function mentionOf(ctx: Ctx, key: string, asObject: boolean): Arg | undefined {
  const all = ctx.args.flatMap((a) => (a.members ? [a, ...a.members] : [a]));
  return all.find((a) => a.entity.key === key) ?? (asObject ? all.find((a) => ctx.countryOfCapital(a.entity)?.key === key) : undefined);
}

/**
 * The sentence's rule edges (ctx.out from `sentenceOut`) of the predicates in `only` (all where undefined), each with
 * its pair's features and the rule's id ('own:'), sorted; an edge whose mentions are not in the sentence is left out.
 */
export function ruleEdges(ctx: Ctx, sentenceOut: number, only: ReadonlySet<Predicate> | undefined): RuleEdge[] {
  if (!ctx.analysis || sentenceOut >= ctx.out.length) return [];
  const rules = [...new Set(ctx.out.slice(sentenceOut).map((r) => r.rule))].sort();
  const sentence = pairSentence(ctx.tokens, ctx.args, ctx.argAt, ctx.analysis, sentenceFeatures(ctx.tokens, ctx.argAt, rules));
  const out: RuleEdge[] = [];
  for (let k = sentenceOut; k < ctx.out.length; k++) {
    const relation = ctx.out[k]!;
    if (only && !only.has(relation.predicate)) continue;
    const s = mentionOf(ctx, relation.subject, false), o = mentionOf(ctx, relation.object, true);
    if (!s || !o || s === o) continue;
    out.push({ relation, features: [...pairFeatures(sentence, s, o), `own:${relation.rule}`, `own:${relation.rule}|${relation.negated ? 'neg' : 'pos'}`].sort() });
  }
  return out;
}

/** Drops from ctx.out the rule edges whose veto model gives them a probability below its threshold. */
export function vetoRuleEdges(ctx: Ctx, model: PairModel, edges: readonly RuleEdge[]): void {
  const dropped = new Set<Relation>();
  for (const { relation, features } of edges) {
    const m = model.vetoes?.[relation.predicate];
    if (m && pairProbability(m, features) < m.threshold) dropped.add(relation);
  }
  if (!dropped.size) return;
  const kept = ctx.out.filter((r) => !dropped.has(r));
  ctx.out.length = 0;
  ctx.out.push(...kept);
}
