// What the query functions return: plain data, ready for JSON.
import type { Predicate } from '../model/predicates.ts';
import type { EntityType, Evidence, Modality } from '../model/types.ts';

export interface EntityRef {
  key: string;
  label: string;
  type: EntityType;
}

/** One edge of the graph, with both ends' labels. */
export interface RelationView {
  key: string;
  subject: string;
  subjectLabel: string;
  predicate: Predicate;
  object: string;
  objectLabel: string;
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
