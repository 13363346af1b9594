// table: the relations the graph shows, as rows to sort, page through and export.
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { ViewerGraph } from '../graph/index.ts';
import { TABLE_COLUMNS, type TableColumn, type TableRow, type TableSort } from './types.ts';

export { TABLE_COLUMNS, type TableColumn, type TableRow, type TableSort } from './types.ts';

export const COLUMN_TITLES: Record<TableColumn, string> = {
  subject: 'subject', predicate: 'predicate', object: 'object', score: 'score', evidence: 'evidence',
  firstSeen: 'first seen', lastSeen: 'last seen', articles: 'articles',
};

export function tableRow(graph: ViewerGraph, edge: string): TableRow {
  const a = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const articles = new Set<string>();
  for (const ev of a.evidence) if (ev.article) articles.add(String(ev.article));
  return {
    edge, source, target,
    subject: graph.getNodeAttribute(source, 'label'), predicate: a.negated ? `NOT ${a.predicate}` : a.predicate,
    object: graph.getNodeAttribute(target, 'label'), score: a.score, evidence: Math.max(a.count ?? 0, a.evidence.length),
    firstSeen: a.firstSeen?.slice(0, 10) ?? '', lastSeen: a.lastSeen?.slice(0, 10) ?? '', articles: [...articles].sort().join(', '),
  };
}

/**
 * The rows of the shown edges; with an entity selected, only its own relations (the table follows the
 * selection as the panel does). Rows are built once per graph and reused: a filter change only picks.
 */
export function tableRows(cache: Map<string, TableRow>, graph: ViewerGraph, shown: ReadonlySet<string>, selected: string | null): TableRow[] {
  const out: TableRow[] = [];
  const take = (e: string) => {
    if (!shown.has(e)) return;
    let row = cache.get(e);
    if (!row) cache.set(e, (row = tableRow(graph, e)));
    out.push(row);
  };
  if (selected && graph.hasNode(selected)) graph.forEachEdge(selected, take);
  else for (const e of shown) take(e);
  return out;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Sorted by one column, ties broken by the edge key, so the same rows always come in the same order. */
export function sortRows(rows: TableRow[], sort: TableSort): TableRow[] {
  const { column, descending } = sort;
  const sign = descending ? -1 : 1;
  const numeric = column === 'score' || column === 'evidence';
  return rows.sort((x, y) => {
    const c = numeric ? (x[column] as number) - (y[column] as number) : collator.compare(x[column] as string, y[column] as string);
    return c !== 0 ? c * sign : x.edge < y.edge ? -1 : x.edge > y.edge ? 1 : 0;
  });
}

/**
 * The rows as CSV with a header, through csv-stringify (quoting of commas, quotes and line breaks). A text
 * cell that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe: labels
 * come from articles.
 */
export function rowsToCsv(rows: readonly TableRow[]): string {
  const header = TABLE_COLUMNS.map((c) => COLUMN_TITLES[c]);
  const defuse = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
  return stringify([header, ...rows.map((r) => TABLE_COLUMNS.map((c) => r[c]))], { cast: { string: defuse } });
}
