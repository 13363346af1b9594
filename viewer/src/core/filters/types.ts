import type { EntityType } from '../../../../src/model/types.ts';
import type { Predicate } from '../../../../src/model/predicates.ts';

export type Tone = 'conflict' | 'neutral' | 'cooperation';
export type NegatedFilter = 'all' | 'only' | 'hide';

export interface FilterState {
  types: ReadonlySet<EntityType>;
  predicates: ReadonlySet<Predicate>;
  tones: ReadonlySet<Tone>;
  negated: NegatedFilter;
  /** ISO dates, inclusive (the timeline's range) */
  dateFrom: string;
  dateTo: string;
  /** whether relations without any date stay shown while a date range is set */
  undated: boolean;
  minEvidence: number;
  /** whether entities without any relation in the graph are shown */
  isolated: boolean;
}

export interface Visible {
  nodes: Set<string>;
  edges: ReadonlySet<string>;
  /** the edges every filter but the date range lets through: what the timeline's bars count */
  undatedRange?: ReadonlySet<string>;
}
