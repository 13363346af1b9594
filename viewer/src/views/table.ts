// The relations table: a real <table> whose rows are virtualised (only the rows in view, plus a margin,
// exist in the DOM; spacer rows keep the scroll height), so 40k relations open and scroll at once. Headers
// sort, a row selects its edge, and the shown rows export as CSV. Every cell is text.
import { COLUMN_TITLES, TABLE_COLUMNS, type TableColumn, type TableRow, type TableSort } from '../core/table/index.ts';
import type { ViewerSettings } from '../settings.ts';
import { clear, el } from './dom.ts';

export interface TableProps {
  settings: ViewerSettings;
  onSort: (column: TableColumn) => void;
  onRow: (edge: string) => void;
  onExport: () => void;
  onClose: () => void;
}

export interface TableState {
  rows: TableRow[];
  sort: TableSort;
  selectedEdge: string | null;
  /** what the rows are: all shown relations, or one entity's */
  caption: string;
}

export interface RelationsTable {
  element: HTMLElement;
  update: (state: TableState) => void;
}

const MARGIN_ROWS = 12;

export function createTable(p: TableProps): RelationsTable {
  let state: TableState = { rows: [], sort: { column: 'score', descending: true }, selectedEdge: null, caption: '' };
  const rowHeight = p.settings.tableRowHeight;
  const count = el('span', { className: 'table-count' });
  const exportButton = el('button', { text: 'Export CSV', attrs: { type: 'button', name: 'exportCsv' }, on: { click: () => p.onExport() } });
  const close = el('button', { text: 'Close', attrs: { type: 'button', name: 'closeTable' }, on: { click: () => p.onClose() } });
  const headers = new Map<TableColumn, HTMLElement>();
  const headRow = el('tr');
  for (const c of TABLE_COLUMNS) {
    const th = el('th', { attrs: { scope: 'col', 'data-column': c } },
      el('button', { text: COLUMN_TITLES[c], attrs: { type: 'button', 'data-sort': c }, on: { click: () => p.onSort(c) } }));
    headers.set(c, th);
    headRow.append(th);
  }
  const caption = el('caption', { className: 'table-caption' });
  const body = el('tbody');
  const table = el('table', { className: 'relations-table' }, caption, el('thead', {}, headRow), body);
  const scroller = el('div', { className: 'table-scroll' }, table);
  const element = el('section', { attrs: { id: 'table-pane', 'aria-label': 'Relations table' } },
    el('div', { className: 'table-bar' }, count, exportButton, close), scroller);

  let frame = 0;
  scroller.addEventListener('scroll', () => {
    if (!frame) frame = requestAnimationFrame(() => {
      frame = 0;
      drawRows();
    });
  });
  body.addEventListener('click', (e) => {
    const tr = (e.target as Element).closest('tr[data-edge]');
    if (tr) p.onRow(tr.getAttribute('data-edge')!);
  });
  body.addEventListener('keydown', (e) => {
    const tr = (e.target as Element).closest('tr[data-edge]');
    if (tr && e.key === 'Enter') p.onRow(tr.getAttribute('data-edge')!);
  });

  const spacer = (height: number) => {
    const tr = el('tr', { className: 'spacer', attrs: { 'aria-hidden': 'true' } });
    tr.style.height = `${height}px`;
    return tr;
  };

  function drawRows() {
    const rows = state.rows;
    const first = Math.max(0, Math.floor(scroller.scrollTop / rowHeight) - MARGIN_ROWS);
    const shown = Math.ceil((scroller.clientHeight || 400) / rowHeight) + 2 * MARGIN_ROWS;
    const last = Math.min(rows.length, first + shown);
    clear(body);
    body.append(spacer(first * rowHeight));
    for (let i = first; i < last; i++) {
      const r = rows[i]!;
      const tr = el('tr', { attrs: { 'data-edge': r.edge, tabindex: '0', 'aria-rowindex': String(i + 2) } });
      if (r.edge === state.selectedEdge) tr.className = 'selected';
      for (const c of TABLE_COLUMNS) {
        const text = c === 'score' && r.score > 0 ? `+${r.score}` : String(r[c]);
        tr.append(el('td', { className: `col-${c}`, text }));
      }
      tr.style.height = `${rowHeight}px`;
      body.append(tr);
    }
    body.append(spacer((rows.length - last) * rowHeight));
  }

  function update(next: TableState) {
    const resort = next.rows !== state.rows || next.sort !== state.sort;
    state = next;
    count.textContent = `${state.rows.length} relation(s)`;
    caption.textContent = state.caption;
    table.setAttribute('aria-rowcount', String(state.rows.length + 1));
    for (const [c, th] of headers) th.setAttribute('aria-sort', c === state.sort.column ? (state.sort.descending ? 'descending' : 'ascending') : 'none');
    if (resort) scroller.scrollTop = 0;
    drawRows();
  }

  return { element, update };
}
