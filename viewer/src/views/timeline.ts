// The timeline along the bottom: evidence per day, week or month as bars; dragging across them (the brush)
// sets the date range live, the From/To inputs do the same by keyboard, Play steps a window through the
// range, and a toggle keeps undated relations shown. It reports ranges through callbacks and holds only
// the drag in progress and the play timer.
import type { Histogram } from '../core/time/index.ts';
import type { ViewerSettings } from '../settings.ts';
import { clear, el } from './dom.ts';

export interface TimelineState {
  histogram: Histogram | null;
  from: string;
  to: string;
  undated: boolean;
}

export interface TimelineProps {
  settings: ViewerSettings;
  onRange: (from: string, to: string) => void;
  onUndated: (shown: boolean) => void;
}

export interface Timeline {
  element: HTMLElement;
  update: (state: TimelineState) => void;
}

const BIN_WORDS = { day: 'by day', week: 'by week', month: 'by month' } as const;

export function createTimeline(p: TimelineProps): Timeline {
  let state: TimelineState = { histogram: null, from: '', to: '', undated: true };
  let timer: ReturnType<typeof setInterval> | undefined;
  let drawn: Histogram | null = null;
  const bars = () => state.histogram?.bars ?? [];

  const play = el('button', { text: '▶ Play', attrs: { type: 'button', name: 'play', 'aria-label': 'Play through time' } });
  const binLabel = el('span', { className: 'tl-bin' });
  const from = el('input', { attrs: { type: 'date', name: 'dateFrom', 'aria-label': 'From' } });
  const to = el('input', { attrs: { type: 'date', name: 'dateTo', 'aria-label': 'To' } });
  const reset = el('button', { text: 'All dates', attrs: { type: 'button', name: 'allDates' } });
  const undated = el('input', { attrs: { type: 'checkbox', name: 'undated' } });
  const undatedLabel = el('span');
  const plot = el('div', { className: 'tl-plot', attrs: { 'aria-label': 'Evidence over time: drag across to choose a range' } });
  const barsBox = el('div', { className: 'tl-bars' });
  const brush = el('div', { className: 'tl-brush' });
  const axis = el('div', { className: 'tl-axis' });
  plot.append(barsBox, brush);

  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    play.textContent = '▶ Play';
  };
  const rangeIndices = (): [number, number] | null => {
    const b = bars();
    if (!b.length || (!state.from && !state.to)) return null;
    let i = b.findIndex((x) => x.end >= (state.from || b[0]!.start));
    let j = b.length - 1;
    while (j > 0 && b[j]!.start > (state.to || b[b.length - 1]!.end)) j--;
    if (i < 0) i = b.length - 1;
    return [i, Math.max(i, j)];
  };
  const emitIndices = (i: number, j: number) => {
    const b = bars();
    const [lo, hi] = i <= j ? [i, j] : [j, i];
    p.onRange(b[lo]!.start, b[hi]!.end);
  };
  const indexAt = (clientX: number) => {
    const r = plot.getBoundingClientRect();
    return Math.min(bars().length - 1, Math.max(0, Math.floor(((clientX - r.left) / Math.max(1, r.width)) * bars().length)));
  };

  // Dragging: the range follows the pointer, one callback per animation frame at most.
  let dragFrom = -1, pendingTo = -1, frame = 0;
  plot.addEventListener('pointerdown', (e) => {
    if (!bars().length) return;
    stop();
    dragFrom = indexAt(e.clientX);
    plot.setPointerCapture(e.pointerId);
    emitIndices(dragFrom, dragFrom);
  });
  plot.addEventListener('pointermove', (e) => {
    if (dragFrom < 0) return;
    pendingTo = indexAt(e.clientX);
    if (!frame) frame = requestAnimationFrame(() => {
      frame = 0;
      if (dragFrom >= 0 && pendingTo >= 0) emitIndices(dragFrom, pendingTo);
    });
  });
  const endDrag = () => {
    if (dragFrom >= 0 && pendingTo >= 0) emitIndices(dragFrom, pendingTo);
    dragFrom = pendingTo = -1;
  };
  plot.addEventListener('pointerup', endDrag);
  plot.addEventListener('pointercancel', endDrag);

  from.addEventListener('change', () => p.onRange(from.value, to.value));
  to.addEventListener('change', () => p.onRange(from.value, to.value));
  reset.addEventListener('click', () => {
    stop();
    p.onRange('', '');
  });
  undated.addEventListener('change', () => p.onUndated(undated.checked));
  play.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    const b = bars();
    if (!b.length) return;
    const current = rangeIndices();
    const width = current ? current[1] - current[0] + 1 : Math.max(1, Math.round(b.length / 10));
    let at = current && current[1] < b.length - 1 ? current[0] + 1 : 0;
    play.textContent = '❚❚ Pause';
    const step = () => {
      if (at + width > b.length) return stop();
      emitIndices(at, at + width - 1);
      at++;
    };
    step();
    timer = setInterval(step, p.settings.timelineStepMs);
  });

  const element = el('section', { attrs: { id: 'timeline', role: 'region', 'aria-label': 'Timeline' } },
    el('div', { className: 'tl-controls' }, play, binLabel,
      el('label', { className: 'tl-date' }, 'From ', from), el('label', { className: 'tl-date' }, 'To ', to), reset,
      el('label', { className: 'check inline' }, undated, undatedLabel)),
    plot, axis);

  function update(next: TimelineState) {
    state = next;
    const h = state.histogram;
    const b = bars();
    binLabel.textContent = h ? `${BIN_WORDS[h.bin]}, ${b[0]?.start ?? ''} to ${b[b.length - 1]?.end ?? ''}` : 'no dated relations';
    from.value = state.from;
    to.value = state.to;
    for (const input of [from, to]) {
      input.min = b[0]?.start ?? '';
      input.max = b[b.length - 1]?.end ?? '';
    }
    undated.checked = state.undated;
    undatedLabel.textContent = ` keep undated relations${h ? ` (${h.undated} evidence)` : ''}`;
    drawBars();
  }

  function drawBars() {
    const b = bars();
    const max = Math.max(1, ...b.map((x) => x.count));
    const range = rangeIndices();
    if (drawn !== state.histogram) {
      drawn = state.histogram;
      clear(barsBox);
      for (const x of b) barsBox.append(el('div', { className: 'tl-bar', attrs: { title: `${x.start}${x.end !== x.start ? ` to ${x.end}` : ''}: ${x.count} evidence` } }));
    }
    b.forEach((x, i) => {
      const bar = barsBox.children[i] as HTMLElement;
      bar.style.height = `${(x.count / max) * 100}%`;
      bar.classList.toggle('in-range', !range || (i >= range[0] && i <= range[1]));
    });
    brush.hidden = !range;
    if (range) {
      brush.style.left = `${(range[0] / b.length) * 100}%`;
      brush.style.width = `${((range[1] - range[0] + 1) / b.length) * 100}%`;
    }
    clear(axis);
    if (b.length) axis.append(el('span', { text: b[0]!.start }), el('span', { text: b[b.length - 1]!.end }));
  }

  return { element, update };
}
