// dyad(graph, a, b): what passed between two actors, in the spirit of GDELT's dyadic event summaries.
import type { KnowledgeGraph } from '../graph/index.ts';
import { resolveEntity } from './find.ts';
import type { EntityRef, RelationView } from './types.ts';
import { byString, edgesBetween, entityRef, relationView } from './utils.ts';

export interface DyadSummary {
  a: EntityRef;
  b: EntityRef;
  /** evidence items (events) per predicate; negated ones under "NOT_<predicate>" */
  byPredicate: Record<string, number>;
  /** sums of score × evidence count over asserted relations: positive, negative and their total */
  cooperation: number;
  conflict: number;
  balance: number;
  /** evidence items A → B and B → A */
  aToB: number;
  bToA: number;
  firstSeen?: string;
  lastSeen?: string;
  relations: RelationView[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function dyad(graph: KnowledgeGraph, a: string, b: string): DyadSummary {
  const [ka, kb] = [resolveEntity(graph, a), resolveEntity(graph, b)];
  const relations = ka === kb ? [] : edgesBetween(graph, ka, kb).map((e) => relationView(graph, e));
  const byPredicate: Record<string, number> = {};
  let cooperation = 0, conflict = 0, aToB = 0, bToA = 0;
  const dates: string[] = [];
  for (const r of relations) {
    const name = r.negated ? `NOT_${r.predicate}` : r.predicate;
    byPredicate[name] = (byPredicate[name] ?? 0) + r.count;
    if (r.subject.key === ka) aToB += r.count; else bToA += r.count;
    if (!r.negated) {
      if (r.score > 0) cooperation += r.score * r.count;
      else conflict += r.score * r.count;
    }
    if (r.firstSeen) dates.push(r.firstSeen);
    if (r.lastSeen) dates.push(r.lastSeen);
  }
  dates.sort(byString);
  const sorted = Object.fromEntries(Object.entries(byPredicate).sort(([x], [y]) => byString(x, y)));
  const out: DyadSummary = {
    a: entityRef(graph, ka), b: entityRef(graph, kb), byPredicate: sorted,
    cooperation: round(cooperation), conflict: round(conflict), balance: round(cooperation + conflict), aToB, bToA, relations,
  };
  if (dates.length) { out.firstSeen = dates[0]!; out.lastSeen = dates[dates.length - 1]!; }
  return out;
}
