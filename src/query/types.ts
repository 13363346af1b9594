// What the query functions return: plain data, ready for JSON.
import type { Predicate } from '../model/predicates.ts';
import type { EntityType, Evidence, Modality } from '../model/types.ts';

export interface EntityRef {
  key: string;
  label: string;
  type: EntityType;
}

/**
 * One edge of the graph: the shape every query returns and the CLI's --json prints, the same in both.
 * Each end carries its key, label and type.
 */
export interface RelationView {
  key: string;
  subject: EntityRef;
  predicate: Predicate;
  object: EntityRef;
  /** a denied relation ("X is not a member of Y") */
  negated: boolean;
  cameo: string | null;
  score: number;
  confidence: number;
  modality?: Modality;
  count: number;
  firstSeen?: string;
  lastSeen?: string;
  evidence: Evidence[];
}
