// Buttons and the file picker. Each control reports through a callback; the toolbar holds no state.
import type { SizeBy } from '../settings.ts';
import { el } from './dom.ts';

export interface ToolbarProps {
  sizeBy: SizeBy;
  onFile: (file: File) => void;
  onLayout: (run: boolean) => void;
  onSizeBy: (by: SizeBy) => void;
  onExport: (format: 'png' | 'json' | 'gexf') => void;
  onTable: () => void;
}

export interface Toolbar {
  element: HTMLElement;
  setLayoutRunning: (running: boolean) => void;
  setTableOpen: (open: boolean) => void;
  setSizeBy: (by: SizeBy) => void;
}

export function createToolbar(p: ToolbarProps): Toolbar {
  const file = el('input', { attrs: { type: 'file', name: 'file', accept: '.json,.gexf,application/json,application/xml', 'aria-label': 'Open a graph file' } });
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (f) p.onFile(f);
    file.value = '';
  });
  const start = el('button', { text: 'Start layout', attrs: { type: 'button', id: 'layout-start' }, on: { click: () => p.onLayout(true) } });
  const stop = el('button', { text: 'Stop layout', attrs: { type: 'button', id: 'layout-stop' }, on: { click: () => p.onLayout(false) } });
  const sizeBy = el('select', { attrs: { name: 'sizeBy', 'aria-label': 'Size nodes by' }, on: { change: () => p.onSizeBy(sizeBy.value as SizeBy) } },
    el('option', { text: 'size: degree', attrs: { value: 'degree' } }), el('option', { text: 'size: PageRank', attrs: { value: 'pagerank' } }));
  sizeBy.value = p.sizeBy;
  const exp = (f: 'png' | 'json' | 'gexf', text: string) => el('button', { text, attrs: { type: 'button', 'data-export': f }, on: { click: () => p.onExport(f) } });
  const table = el('button', { text: 'Table', attrs: { type: 'button', name: 'table', 'aria-pressed': 'false' }, on: { click: () => p.onTable() } });
  const element = el('div', { className: 'toolbar' },
    el('label', { className: 'file' }, 'Open ', file), start, stop, sizeBy, table,
    el('span', { className: 'exports' }, 'Export: ', exp('png', 'PNG'), exp('json', 'JSON'), exp('gexf', 'GEXF')));
  const setLayoutRunning = (running: boolean) => {
    start.disabled = running;
    stop.disabled = !running;
    element.dataset.layout = running ? 'running' : 'stopped';
  };
  setLayoutRunning(false);
  const setTableOpen = (open: boolean) => table.setAttribute('aria-pressed', String(open));
  const setSizeBy = (by: SizeBy) => void (sizeBy.value = by);
  return { element, setLayoutRunning, setTableOpen, setSizeBy };
}
