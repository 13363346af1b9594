export interface SearchEntry {
  node: string;
  /** the name as written: the label or one alias */
  name: string;
  /** folded for matching */
  norm: string;
  label: string;
}

export interface Suggestion {
  node: string;
  name: string;
  label: string;
}
