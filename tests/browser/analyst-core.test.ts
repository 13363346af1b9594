// The viewer's time, dyad, table and URL-state cores (viewer/src/core), in Node on small graphs written here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, Evidence } from '../../src/model/types.ts';
import type { Predicate } from '../../src/model/predicates.ts';
import { edgeSizeFor } from '../../viewer/src/core/appearance/index.ts';
import { dyadGaps, dyadSeries } from '../../viewer/src/core/dyad/index.ts';
import { applyFilters, countIsolated, defaultFilters, edgeOrder } from '../../viewer/src/core/filters/index.ts';
import { inDateRange } from '../../viewer/src/core/filters/utils.ts';
import { emptyGraph, type ViewerGraph } from '../../viewer/src/core/graph/index.ts';
import { rowsToCsv, sortRows, tableRows } from '../../viewer/src/core/table/index.ts';
import { chooseBin, dateExtent, dayOf, histogram, periodOf, periodsBetween, timeIndex } from '../../viewer/src/core/time/index.ts';
import { decodeView, encodeView } from '../../viewer/src/core/view/index.ts';
import { LabelPlacer } from '../../viewer/src/rendering/placer.ts';
import { resolveSettings } from '../../viewer/src/settings.ts';

const ev = (sentence: string, articleDate?: string): Evidence => ({ article: `a-${articleDate ?? 'undated'}`, sentence, ...(articleDate ? { articleDate } : {}) }) as Evidence;

function edge(g: ViewerGraph, s: string, predicate: Predicate, t: string, score: number, evidence: Evidence[], negated = false) {
  const days = evidence.map((e) => e.articleDate).filter((d): d is string => !!d).sort();
  const attrs: EdgeAttributes = { predicate, negated, cameo: '000', score, confidence: 1, evidence, count: evidence.length };
  if (days.length) Object.assign(attrs, { firstSeen: days[0], lastSeen: days[days.length - 1] });
  g.addDirectedEdgeWithKey(`${s}|${negated ? 'NOT_' : ''}${predicate}|${t}`, s, t, attrs);
}

/** Two rival states that quarrel and make up, a mediator, and one entity no sentence relates to anything. */
function rivals(): ViewerGraph {
  const g = emptyGraph();
  for (const [k, label, type] of [['c:north', 'Northland', 'COUNTRY'], ['c:south', 'Southland', 'COUNTRY'], ['p:envoy', '=Envoy', 'PERSON'], ['o:lone', 'Lone Body', 'ORGANIZATION']] as const)
    g.addNode(k, { label, type, aliases: [], mentions: [] });
  edge(g, 'c:north', 'ATTACKED', 'c:south', -9, [ev('Northland shelled a Southland border post.', '2024-01-03'), ev('Northland shelled it again.', '2024-01-20')]);
  edge(g, 'c:south', 'SIGNED_AGREEMENT_WITH', 'c:north', 8, [ev('Southland and Northland signed a truce.', '2024-03-02')]);
  edge(g, 'c:north', 'ACCUSED', 'c:south', -2, [ev('Northland accused Southland of breaking the truce.', '2024-03-15')]);
  edge(g, 'c:south', 'MEMBER_OF', 'c:north', 0, [ev('A note with no date.')], true);
  edge(g, 'p:envoy', 'MET_WITH', 'c:north', 1, [ev('The envoy met Northland officials.')]);
  return g;
}

describe('viewer time, dyad, table and view', () => {
  it('bins by day, week or month by span, weeks from Monday', () => {
    expect(chooseBin('2024-01-01', '2024-02-15')).toBe('day');
    expect(chooseBin('2024-01-01', '2024-12-31')).toBe('week');
    expect(chooseBin('2022-01-01', '2024-12-31')).toBe('month');
    expect(periodOf('2024-03-07', 'week')).toEqual({ start: '2024-03-04', end: '2024-03-10' });
    expect(periodOf('2024-02-10', 'month')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodOf('2023-12-31', 'month').end).toBe('2023-12-31');
    expect(periodsBetween('2024-01-30', '2024-03-01', 'month').map((p) => p.start)).toEqual(['2024-01-01', '2024-02-01', '2024-03-01']);
  });

  it('reads the day of a date or date-time, and nothing else', () => {
    expect(dayOf('2024-03-07')).toBe('2024-03-07');
    expect(dayOf('2024-03-07T23:59:00Z')).toBe('2024-03-07');
    for (const bad of ['2024-03', '2024-3-07', '2024/03/07', '20x4-03-07', '', undefined, null]) expect(dayOf(bad)).toBeNull();
  });

  it('counts evidence per period over the shown edges, undated apart', () => {
    const g = rivals();
    const extent = dateExtent(g)!;
    expect(extent).toEqual({ first: '2024-01-03', last: '2024-03-15' });
    const index = timeIndex(g, extent, 'month');
    const h = histogram(index, g.edges());
    expect(h.bars.map((b) => b.count)).toEqual([2, 0, 2]);
    expect(h.undated).toBe(2);
    const onlyAttack = histogram(index, ['c:north|ATTACKED|c:south']);
    expect(onlyAttack.bars.map((b) => b.count)).toEqual([2, 0, 0]);
  });

  it('filters by time range, keeping undated relations by a toggle, and hides isolated entities by default', () => {
    const g = rivals();
    const all = defaultFilters(g);
    expect(countIsolated(g)).toBe(1);
    expect(applyFilters(g, all).nodes.has('o:lone')).toBe(false);
    expect(applyFilters(g, { ...all, isolated: true }).nodes.has('o:lone')).toBe(true);
    const march = { ...all, dateFrom: '2024-03-01', dateTo: '2024-03-31' };
    expect([...applyFilters(g, march).edges].sort()).toEqual(['c:north|ACCUSED|c:south', 'c:south|NOT_MEMBER_OF|c:north', 'c:south|SIGNED_AGREEMENT_WITH|c:north', 'p:envoy|MET_WITH|c:north']);
    expect([...applyFilters(g, { ...march, undated: false }).edges].sort()).toEqual(['c:north|ACCUSED|c:south', 'c:south|SIGNED_AGREEMENT_WITH|c:north']);
    expect(applyFilters(g, { ...march, undated: false }).nodes.has('p:envoy')).toBe(false);
    // the timeline's edges (all but the dates applied) only when asked for; what is shown is the same
    expect(applyFilters(g, { ...march, undated: false }).undatedRange?.size).toBe(g.size);
    const lean = applyFilters(g, { ...march, undated: false }, { undatedRange: false });
    expect(lean.undatedRange).toBeUndefined();
    expect([...lean.edges].sort()).toEqual(['c:north|ACCUSED|c:south', 'c:south|SIGNED_AGREEMENT_WITH|c:north']);
  });

  it('changes the dates alone over the edges the other filters let through, as the whole pass would', () => {
    const g = rivals();
    const narrow = { ...defaultFilters(g), predicates: new Set<Predicate>(['ATTACKED', 'ACCUSED', 'MET_WITH', 'MEMBER_OF']), isolated: true };
    const order = edgeOrder(g);
    const base = applyFilters(g, narrow, { order }).undatedRange;
    expect(base?.has('c:south|SIGNED_AGREEMENT_WITH|c:north')).toBe(false);
    for (const [dateFrom, dateTo, undated] of [['2024-03-01', '', true], ['2024-01-01', '2024-01-31', false], ['', '2024-02-01', true], ['2025-01-01', '', false]] as const) {
      const f = { ...narrow, dateFrom, dateTo, undated };
      const whole = applyFilters(g, f), fast = applyFilters(g, f, { undatedRange: false, order, besidesDates: base });
      expect([[...fast.edges].sort(), [...fast.nodes].sort()]).toEqual([[...whole.edges].sort(), [...whole.nodes].sort()]);
      expect(fast.undatedRange).toBe(base);
    }
  });

  it('sums a dyad per period, cooperation above zero and conflict below, either direction, denials left out', () => {
    const s = dyadSeries(rivals(), 'c:south', 'c:north', 'month');
    expect(s.periods.map((p) => [p.start, p.cooperation, p.conflict])).toEqual([['2024-01-01', 0, -18], ['2024-02-01', 0, 0], ['2024-03-01', 8, -2]]);
    expect(s.periods[0]!.conflictItems).toEqual([{ edge: 'c:north|ATTACKED|c:south', index: 0 }, { edge: 'c:north|ATTACKED|c:south', index: 1 }]);
    expect(s.negated).toBe(1);
    expect(dyadGaps(s)).toEqual(['1 evidence item(s) of denied relations left out.']);
    const envoy = dyadSeries(rivals(), 'p:envoy', 'c:north');
    expect(envoy.periods).toEqual([]);
    expect(dyadGaps(envoy)[0]).toMatch(/No dated evidence/);
  });

  it('lists shown relations as rows, sorts by any column, follows the selection and exports safe CSV', () => {
    const g = rivals();
    const shown = applyFilters(g, defaultFilters(g)).edges;
    const cache = new Map();
    const rows = tableRows(cache, g, shown, null);
    expect(rows).toHaveLength(5);
    expect(sortRows(rows, { column: 'score', descending: true }).map((r) => r.score)).toEqual([8, 1, 0, -2, -9]);
    expect(sortRows(rows, { column: 'score', descending: false })[0]!.predicate).toBe('ATTACKED');
    expect(sortRows(rows, { column: 'evidence', descending: true })[0]!.evidence).toBe(2);
    expect(sortRows(rows, { column: 'subject', descending: false })[0]!.subject).toBe('=Envoy');
    expect(rows.find((r) => r.edge.includes('NOT_'))!.predicate).toBe('NOT MEMBER_OF');
    expect(tableRows(cache, g, shown, 'p:envoy').map((r) => r.edge)).toEqual(['p:envoy|MET_WITH|c:north']);
    const csv = rowsToCsv(sortRows(rows, { column: 'subject', descending: false }));
    expect(csv.split('\n')[0]).toBe('subject,predicate,object,score,evidence,first seen,last seen,articles');
    expect(csv.split('\n')[1]).toBe("'=Envoy,MET_WITH,Northland,1,1,,,a-undated"); // no formula for a spreadsheet
    expect(csv).toContain('Northland,ATTACKED,Southland,-9,2,2024-01-03,2024-01-20,"a-2024-01-03, a-2024-01-20"');
  });

  it('keeps a view in the hash and reads it back; what does not fit the graph is dropped', () => {
    const g = rivals();
    const filters = { ...defaultFilters(g), dateFrom: '2024-03-01', undated: false, predicates: new Set<Predicate>(['ATTACKED', 'ACCUSED']) };
    const hash = encodeView(defaultFilters(g), { selected: 'c:north', pair: ['c:north', 'c:south'], filters, camera: { x: 0.25, y: 0.5, ratio: 0.8 }, table: true });
    const back = decodeView(g, hash);
    expect(back.selected).toBe('c:north');
    expect(back.pair).toEqual(['c:north', 'c:south']);
    expect([back.filters.dateFrom, back.filters.dateTo, back.filters.undated, back.table]).toEqual(['2024-03-01', '', false, true]);
    expect([...back.filters.predicates].sort()).toEqual(['ACCUSED', 'ATTACKED']);
    expect(back.camera).toEqual({ x: 0.25, y: 0.5, ratio: 0.8 });
    expect(encodeView(defaultFilters(g), { selected: null, pair: null, filters: defaultFilters(g), camera: null, table: false })).toBe('');
    const odd = decodeView(g, '#entity=c%3Anowhere&from=yesterday&camera=1,2&types=PLANET,PERSON');
    expect([odd.selected, odd.filters.dateFrom, odd.camera, [...odd.filters.types]]).toEqual([null, '', null, ['PERSON']]);
  });

  it('draws edges thicker with more evidence, within a cap', () => {
    const s = resolveSettings();
    expect(edgeSizeFor(1, s)).toBe(s.edgeSize);
    expect(edgeSizeFor(4, s)).toBe(s.edgeSize * 3);
    expect(edgeSizeFor(10_000, s)).toBe(s.edgeSize * s.maxEdgeSizeFactor);
  });

  it('places a label only where it meets no other label of the frame, unless it is forced', () => {
    const placer = new LabelPlacer(2);
    expect(placer.place({ x: 0, y: 0, width: 50, height: 14 })).toBe(true);
    expect(placer.place({ x: 40, y: 5, width: 50, height: 14 })).toBe(false); // "Poland" over "Presidential Palace"
    expect(placer.place({ x: 0, y: 17, width: 50, height: 14 })).toBe(true); // the line below, clear of the margin
    expect(placer.place({ x: 51, y: 0, width: 20, height: 14 })).toBe(false); // within the 2 px margin
    expect(placer.place({ x: 10, y: 2, width: 20, height: 14 }, true)).toBe(true);
    placer.reset();
    expect(placer.place({ x: 40, y: 5, width: 50, height: 14 })).toBe(true);
  });
});

describe('date range test', () => {
  // dates of every precision the data and the URL may hold: a year, a month, a day, a day with a time
  const day = fc.record({ y: fc.integer({ min: 2022, max: 2025 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), h: fc.integer({ min: 0, max: 23 }) })
    .chain(({ y, m, d, h }) => {
      const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00`;
      return fc.constantFrom(iso.slice(0, 4), iso.slice(0, 7), iso.slice(0, 10), iso);
    });
  it('compares a span to a bound at the bound\'s precision, as taking the prefix would', () => {
    const byPrefix = (first: string, last: string, from: string, to: string) =>
      (!from || last.slice(0, from.length) >= from) && (!to || first.slice(0, to.length) <= to);
    fc.assert(fc.property(day, day, fc.option(day, { nil: '' }), fc.option(day, { nil: '' }), (a, b, from, to) => {
      const [first, last] = a <= b ? [a, b] : [b, a];
      const attrs = { firstSeen: first, lastSeen: last } as EdgeAttributes;
      expect(inDateRange(attrs, from, to, true)).toBe(!from && !to ? true : byPrefix(first, last, from, to));
    }), { numRuns: 2000 });
    // the cases that tell the two readings apart: a day with a time against a bound of that day
    expect(inDateRange({ firstSeen: '2024-03-07T10:00', lastSeen: '2024-03-07T10:00' } as EdgeAttributes, '', '2024-03-07', true)).toBe(true);
    expect(inDateRange({ firstSeen: '2024-03', lastSeen: '2024-03' } as EdgeAttributes, '2024-03-07', '', true)).toBe(false);
  });
});
