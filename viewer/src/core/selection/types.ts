import type { Predicate } from '../../../../src/model/predicates.ts';
import type { EdgeAttributes } from '../../../../src/model/types.ts';

export type Direction = 'out' | 'in';

export interface Relation {
  edge: string;
  /** the entity at the other end */
  other: string;
  attributes: EdgeAttributes;
}

export interface RelationGroup {
  predicate: Predicate;
  direction: Direction;
  relations: Relation[];
}

export interface SelectionState {
  selected: string | null;
  hovered: string | null;
}
