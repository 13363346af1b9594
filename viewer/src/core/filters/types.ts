import type { EntityType } from '../../../../src/model/types.ts';
import type { Predicate } from '../../../../src/model/predicates.ts';

export type Tone = 'conflict' | 'neutral' | 'cooperation';
export type NegatedFilter = 'all' | 'only' | 'hide';

export interface FilterState {
  types: ReadonlySet<EntityType>;
  predicates: ReadonlySet<Predicate>;
  tones: ReadonlySet<Tone>;
  negated: NegatedFilter;
  /** ISO dates, inclusive; an edge with no date is hidden once either is set */
  dateFrom: string;
  dateTo: string;
  minEvidence: number;
}

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}
