// The dyad chart: one column per period, cooperation as a bar above the zero line and conflict below it;
// each bar is a button that lists its evidence sentences underneath. Plain DOM, text only.
import type { Evidence } from '../../../src/model/types.ts';
import { dyadGaps, type DyadSeries, type EvidenceRef } from '../core/dyad/index.ts';
import type { ViewerGraph } from '../core/graph/index.ts';
import { clear, el } from './dom.ts';

export interface DyadProps {
  graph: ViewerGraph;
  series: DyadSeries;
  onClose: () => void;
  renderEvidence: (e: Evidence) => HTMLElement;
}

const BIN_WORDS = { day: 'per day', week: 'per week', month: 'per month' } as const;

export function renderDyad(container: HTMLElement, p: DyadProps): void {
  clear(container);
  const { graph, series: s } = p;
  const label = (n: string) => graph.getNodeAttribute(n, 'label');
  const title = `${label(s.a)} ↔ ${label(s.b)}`;
  const evidence = el('ul', { className: 'evidence-list dyad-evidence', attrs: { 'aria-live': 'polite' } });
  const max = Math.max(1, ...s.periods.map((x) => Math.max(x.cooperation, -x.conflict)));
  const chart = el('div', { className: 'dyad-chart', attrs: { role: 'group', 'aria-label': `Cooperation and conflict ${BIN_WORDS[s.bin]}` } });

  const open = (heading: string, refs: EvidenceRef[]) => {
    clear(evidence);
    evidence.append(el('li', { className: 'dyad-evidence-head', text: heading }));
    for (const r of refs) {
      const a = graph.getEdgeAttributes(r.edge);
      const [src, tgt] = graph.extremities(r.edge);
      evidence.append(el('li', { className: 'dyad-relation', text: `${label(src)} ${a.negated ? 'NOT ' : ''}${a.predicate} ${label(tgt)} (score ${a.score > 0 ? '+' : ''}${a.score})` }));
      const ev = a.evidence[r.index];
      if (ev) evidence.append(p.renderEvidence(ev));
    }
  };
  const bar = (side: 'cooperation' | 'conflict', value: number, refs: EvidenceRef[], period: string) => {
    const b = el('button', {
      className: `dyad-bar ${side}`,
      attrs: { type: 'button', 'data-side': side, 'data-value': String(value), 'aria-label': `${side} ${value > 0 ? '+' : ''}${value}, ${period}`, title: `${period}: ${side} ${value}` },
      on: { click: () => open(`${period}, ${side} ${value > 0 ? '+' : ''}${value}:`, refs) },
    });
    b.style.height = `${(Math.abs(value) / max) * 100}%`;
    return b;
  };
  for (const x of s.periods) {
    const period = x.start === x.end ? x.start : `${x.start} to ${x.end}`;
    chart.append(el('div', { className: 'dyad-col', attrs: { 'data-period': x.start } },
      el('div', { className: 'dyad-up' }, x.cooperation > 0 ? bar('cooperation', x.cooperation, x.cooperationItems, period) : null),
      el('div', { className: 'dyad-down' }, x.conflict < 0 ? bar('conflict', x.conflict, x.conflictItems, period) : null)));
  }
  const close = el('button', { text: '×', attrs: { type: 'button', name: 'closeDyad', 'aria-label': 'Close the dyad chart' }, on: { click: () => p.onClose() } });
  const parts: (HTMLElement | null)[] = [
    el('div', { className: 'dyad-head' }, el('h3', { text: title }), close),
    el('p', { className: 'hint', text: `Cooperation (above) and conflict (below) ${BIN_WORDS[s.bin]}, summed over the evidence; click a bar for its sentences.` }),
    s.periods.length ? chart : null,
    s.periods.length ? el('div', { className: 'dyad-axis' }, el('span', { text: s.periods[0]!.start }), el('span', { text: s.periods[s.periods.length - 1]!.end })) : null,
    ...dyadGaps(s).map((g) => el('p', { className: 'dyad-note', text: g })),
    evidence];
  for (const part of parts) if (part) container.append(part);
}
