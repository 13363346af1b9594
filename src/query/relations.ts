// relations(graph, filter): the edges matching a subject, predicate, object, either end, negation and a date window.
import type { KnowledgeGraph } from '../graph/index.ts';
import { isPredicate, PREDICATE_TABLE, type Predicate } from '../model/predicates.ts';
import type { Evidence } from '../model/types.ts';
import { checkDate } from '../util/dates.ts';
import { GeokgError } from '../util/errors.ts';
import { resolveEntity } from './find.ts';
import type { RelationView } from './types.ts';
import { byString, relationView } from './utils.ts';

export interface RelationFilter {
  /** entity names (any alias) or keys */
  subject?: string;
  object?: string;
  /** matches either end */
  entity?: string;
  /** a predicate, case-insensitive: its asserted relations; NOT_<predicate> (or negated: true) for denied ones */
  predicate?: Predicate | string;
  /** true: denied relations only; false: asserted only; unset: both (asserted only once a predicate is given) */
  negated?: boolean;
  /** names match only as a key or a whole label or alias */
  exact?: boolean;
  /** ISO 8601 dates (YYYY, YYYY-MM or YYYY-MM-DD), inclusive: keeps the evidence dated in the window (its event date, else its article's); anything else throws */
  since?: string;
  until?: string;
}

const evidenceDate = (e: Evidence) => e.date ?? e.articleDate;

export function relations(graph: KnowledgeGraph, filter: RelationFilter = {}): RelationView[] {
  if (filter.since !== undefined) checkDate('relations', 'since', filter.since);
  if (filter.until !== undefined) checkDate('relations', 'until', filter.until);
  const find = (name: string | undefined) => (name !== undefined ? resolveEntity(graph, name, { exact: filter.exact }) : undefined);
  const [subject, object, entity] = [find(filter.subject), find(filter.object), find(filter.entity)];
  let predicate: Predicate | undefined;
  let negated = filter.negated;
  if (filter.predicate !== undefined) {
    // "NOT_MEMBER_OF" (as stats and edge keys write a denied relation) means MEMBER_OF, denied
    const [, not, p] = /^(NOT_)?(.*)$/.exec(filter.predicate.toUpperCase().replace(/[\s-]+/g, '_'))!;
    if (!isPredicate(p)) throw new GeokgError('relations', `unknown predicate "${filter.predicate}"; geokg predicates lists them`);
    if (not && negated === false) return [];
    predicate = p;
    // "KILLED" asks what was asserted; denials are asked for by name (NOT_KILLED) or with negated: true
    negated = not ? true : (negated ?? false);
  }
  const dated = filter.since !== undefined || filter.until !== undefined;
  const inWindow = (e: Evidence) => {
    const d = evidenceDate(e);
    return !!d && (filter.since === undefined || d.slice(0, filter.since.length) >= filter.since) && (filter.until === undefined || d.slice(0, filter.until.length) <= filter.until);
  };

  const anchor = entity ?? subject ?? object;
  const keys = anchor !== undefined ? graph.edges(anchor) : graph.edges();
  const out: RelationView[] = [];
  for (const key of [...keys].sort(byString)) {
    const [s, o] = graph.extremities(key);
    const a = graph.getEdgeAttributes(key);
    // a symmetric predicate (MET_WITH...) is stored one way round but reads both ways
    const ends = (x: string, y: string) => (subject === undefined || x === subject) && (object === undefined || y === object);
    if (!ends(s, o) && !(PREDICATE_TABLE[a.predicate]?.symmetric && ends(o, s))) continue;
    if ((predicate !== undefined && a.predicate !== predicate) || (negated !== undefined && a.negated !== negated)) continue;
    const view = relationView(graph, key);
    if (dated) {
      view.evidence = view.evidence.filter(inWindow);
      if (!view.evidence.length) continue;
    }
    out.push(view);
  }
  return out;
}
