// The learned pair scorer (issue 12): after the patterns, every ordered pair of mentions in a sentence that the
// patterns left unrelated is scored, per predicate whose types fit, by a linear model trained on the development
// sets' gold (scripts/train-pair-scorer.ts). It adds edges only; it never removes or changes a pattern's edge.
import { PREDICATE_TABLE, PREDICATES, type Predicate } from '../../model/predicates.ts';
import type { Relation } from '../../model/types.ts';
import { emit, emittedKey, type Arg, type Ctx } from '../engine.ts';
import { clauseOver, pairFeatures, sentenceFeatures, type PairSentence } from './features.ts';
import { pairProbability, type PairModel } from './model.ts';

export { pairFeatures, type PairSentence } from './features.ts';
export { loadPairModel, parsePairModel, pairProbability, DEFAULT_PAIR_MODEL, PAIR_MODEL_FORMAT, type PairModel, type PredicateModel } from './model.ts';

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

/**
 * The sentence's candidate pairs: two mentions of different entities that no edge of this sentence relates, in a
 * clause that is neither negated nor modal, with at least one predicate of `only` whose types fit. `sentenceOut` is
 * the index in ctx.out where this sentence's edges begin.
 */
export function pairCandidates(ctx: Ctx, sentenceOut: number, only: readonly Predicate[] = PREDICATES): PairCandidate[] {
  if (!ctx.analysis || !only.length || ctx.args.length < 2) return [];
  const related = relatedPairs(ctx.out, sentenceOut);
  const rules = [...new Set(ctx.out.slice(sentenceOut).map((r) => r.rule))].sort();
  const shared = sentenceFeatures(ctx.tokens, ctx.argAt, rules);
  const sentence: PairSentence = { tokens: ctx.tokens, args: ctx.args, argAt: ctx.argAt, analysis: ctx.analysis, shared };
  const args = ctx.args.filter((a) => !a.members);
  const out: PairCandidate[] = [];
  for (const s of args) {
    for (const o of args) {
      if (s === o || s.entity.key === o.entity.key || related.has(`${s.entity.key}\u0000${o.entity.key}`)) continue;
      const predicates = only.filter((p) => fitsDirect(p, s, o));
      if (!predicates.length) continue;
      const clause = clauseOver(ctx.analysis, Math.min(s.first, o.first), Math.max(s.last, o.last));
      if (clause?.negated || (clause?.modality && clause.modality !== 'stated')) continue;
      out.push({ subject: s, object: o, predicates, features: pairFeatures(sentence, s, o) });
    }
  }
  return out;
}

/** Emits the model's edges for the sentence's candidates: each predicate the model carries, at its threshold. */
export function learnedRelations(ctx: Ctx, model: PairModel, candidates: readonly PairCandidate[]): void {
  for (const c of candidates) {
    for (const p of c.predicates) {
      const m = model.predicates[p];
      // (a symmetric edge once: not again the other way round)
      if (!m || (PREDICATE_TABLE[p].symmetric && ctx.emitted.has(emittedKey(c.object.entity.key, p, c.subject.entity.key, false)))) continue;
      const probability = pairProbability(m, c.features);
      if (probability >= m.threshold) emit(ctx, c.subject, p, c.object, { rule: `learned.${p}`, confidence: Math.round(probability * 100) / 100 });
    }
  }
}
