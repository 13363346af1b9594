export const TABLE_COLUMNS = ['subject', 'predicate', 'object', 'score', 'evidence', 'firstSeen', 'lastSeen', 'articles'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export interface TableRow {
  edge: string;
  source: string;
  target: string;
  subject: string;
  /** "NOT X" for a denied relation */
  predicate: string;
  object: string;
  score: number;
  evidence: number;
  firstSeen: string;
  lastSeen: string;
  /** distinct article ids of the evidence, sorted, joined by ", " */
  articles: string;
}

export interface TableSort {
  column: TableColumn;
  descending: boolean;
}
