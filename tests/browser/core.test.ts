// The viewer's core (viewer/src/core): pure functions over graphs, tested in Node without a browser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parallelCurvature } from '../../viewer/src/core/appearance/utils.ts';
import { computeEdgeVisuals, createReducers, type RenderState } from '../../viewer/src/core/appearance/index.ts';
import { parseJsonText as parseGraphText, subgraph, toJsonText } from '../../viewer/src/core/file/utils.ts';
import { applyFilters, changedEdges, defaultFilters, edgeOrder } from '../../viewer/src/core/filters/index.ts';
import { normalizeEdge, toList } from '../../viewer/src/core/graph/utils.ts';
import { buildSearchIndex, suggest } from '../../viewer/src/core/search/index.ts';
import { highlightSegments, relationGroups } from '../../viewer/src/core/selection/index.ts';
import { resolveSettings } from '../../viewer/src/settings.ts';
import { FIXTURES } from './harness.ts';

const fixture = () => parseGraphText('putin-icc.json', readFileSync(`${FIXTURES}putin-icc.json`, 'utf8'));
const PUTIN = 'person:vladimir-putin';

describe('viewer core', () => {
  it('reads geokg JSON and refuses what is not a geokg graph', () => {
    const g = fixture();
    expect([g.order, g.size]).toEqual([12, 15]);
    expect(() => parseGraphText('x.json', '{"nodes":[{"key":"a","attributes":{"label":"A","type":"PLANET"}}],"edges":[]}')).toThrow(/no SCHEMA entity type/);
    expect(() => parseGraphText('x.json', '[1,2]')).toThrow(/not a geokg graph/);
    const node = '{"key":"a","attributes":{"label":"A","type":"PERSON"}}';
    const edge = '{"key":"e","source":"a","target":"a","attributes":{"predicate":"MET_WITH"}}';
    expect(() => parseGraphText('x.json', `{"nodes":[${node}],"edges":[${edge},${edge}]}`)).toThrow(/edge "e" appears twice/);
    expect(() => parseGraphText('x.json', `{"nodes":[${node}],"edges":[${edge.replace('"target":"a"', '"target":"b"')}]}`)).toThrow(/edge "e" joins unknown nodes/);
  });

  it('decodes lists flattened to strings, as GEXF carries them', () => {
    expect(toList('["a","b"]')).toEqual(['a', 'b']);
    expect(toList('a | b')).toEqual(['a', 'b']);
    expect(toList('')).toEqual([]);
    const e = normalizeEdge({ label: 'NOT MEMBER_OF', negated: 'true', evidence: '[{"article":"x","sentence":"s","articleDate":"2024-02-01"}]' });
    expect(typeof e === 'object' && [e.predicate, e.negated, e.evidence.length, e.firstSeen]).toEqual(['MEMBER_OF', true, 1, '2024-02-01']);
  });

  it('filters edges by predicate, tone, negation, date and evidence, and drops nodes left bare', () => {
    const g = fixture();
    const all = defaultFilters(g);
    expect(applyFilters(g, all).edges.size).toBe(15);
    const noWarrant = applyFilters(g, { ...all, predicates: new Set([...all.predicates].filter((p) => p !== 'ISSUED_WARRANT_FOR')) });
    expect(noWarrant.edges.has(`org:icc|ISSUED_WARRANT_FOR|${PUTIN}`)).toBe(false);
    expect(noWarrant.edges.size).toBe(14);
    expect(applyFilters(g, { ...all, negated: 'only' }).edges.size).toBe(2);
    expect(applyFilters(g, { ...all, tones: new Set(['conflict']) }).nodes).toEqual(new Set(['org:icc', PUTIN, 'country:russia', 'country:ukraine']));
    expect(applyFilters(g, { ...all, dateFrom: '2024-01-01' }).edges.size).toBe(0);
    expect(applyFilters(g, { ...all, minEvidence: 2 }).edges.size).toBe(0);
    expect(applyFilters(g, { ...all, types: new Set(['COUNTRY']) }).edges.size).toBe(3);
  });

  it('marks shown edges in masks over one edge order, which list what changed between two filterings', () => {
    const g = fixture();
    const all = defaultFilters(g);
    const order = edgeOrder(g);
    const everything = applyFilters(g, all, { order });
    const conflict = applyFilters(g, { ...all, tones: new Set(['conflict']) }, { order });
    const asSet = (s: ReadonlySet<string>) => new Set([...s]);
    expect(asSet(everything.edges)).toEqual(new Set(g.edges()));
    const hidden = g.edges().filter((e) => !conflict.edges.has(e));
    expect(hidden.length).toBeGreaterThan(0);
    expect(conflict.edges.size).toBe(g.size - hidden.length);
    expect([...conflict.edges].every((e) => g.getEdgeAttribute(e, 'score') < 0)).toBe(true);
    expect(conflict.edges.has('no such edge')).toBe(false);
    expect(changedEdges(everything.edges, conflict.edges)?.sort()).toEqual(hidden.sort());
    expect(changedEdges(conflict.edges, conflict.edges)).toEqual([]);
    // masks of another order (or plain sets) are not compared byte by byte
    expect(changedEdges(everything.edges, applyFilters(g, all).edges)).toBeNull();
    expect(changedEdges(everything.edges, new Set(g.edges()))).toBeNull();
  });

  it('finds entities by any alias, exact matches first', () => {
    const g = fixture();
    const index = buildSearchIndex(g);
    const s = (q: string) => suggest(index, q, 5, (n) => g.degree(n)).map((x) => x.node);
    expect(s('Putin')[0]).toBe(PUTIN);
    expect(s('icc')[0]).toBe('org:icc');
    expect(s('the ICC')[0]).toBe('org:icc');
    expect(s('chin')).toContain('country:china');
    expect(s('zzz')).toEqual([]);
  });

  it('groups relations by predicate in both directions', () => {
    const g = fixture();
    const groups = relationGroups(g, PUTIN, applyFilters(g, defaultFilters(g)).edges);
    const warrant = groups.find((x) => x.predicate === 'ISSUED_WARRANT_FOR');
    expect(warrant?.direction).toBe('in');
    expect(warrant?.relations.map((r) => r.other)).toEqual(['org:icc']);
    expect(groups.filter((x) => x.direction === 'out').length).toBeGreaterThan(3);
    expect(groups.findIndex((x) => x.direction === 'in')).toBeGreaterThan(groups.findIndex((x) => x.direction === 'out'));
  });

  it('marks subject and object in a sentence, whole words first', () => {
    const segs = highlightSegments('This is his friend, Putin said of Vladimir Putin.', 'his', 'Vladimir Putin');
    expect(segs.filter((x) => x.role).map((x) => [x.role, x.text])).toEqual([['subject', 'his'], ['object', 'Vladimir Putin']]);
    expect(segs.map((x) => x.text).join('')).toBe('This is his friend, Putin said of Vladimir Putin.');
    expect(highlightSegments('<img src=x onerror=alert(1)> met X', '<img src=x onerror=alert(1)>', 'X')[0]).toEqual({ text: '<img src=x onerror=alert(1)>', role: 'subject' });
  });

  it('curves parallel edges apart and dashes negated ones', () => {
    expect(parallelCurvature(0, 1, false, 0.25)).toBe(0);
    expect(parallelCurvature(0, 2, false, 0.25)).toBe(-parallelCurvature(1, 2, false, 0.25));
    const g = fixture();
    const v = computeEdgeVisuals(g, resolveSettings());
    expect(v.get('country:china|SUPPORTS|country:russia')?.type).toBe('curved');
    expect(v.get('country:china|NOT_MEMBER_OF|org:icc')?.type).toBe('curvedDashed');
    expect(v.get(`org:icc|ISSUED_WARRANT_FOR|${PUTIN}`)).toMatchObject({ type: 'arrow', color: '#d62728' });
  });

  it('draws every edge as a plain line past simpleDrawingAbove, and works out nothing more for a hidden one', () => {
    const g = fixture();
    const settings = resolveSettings({ simpleDrawingAbove: 10 }); // the fixture's 15 edges count as many
    const visuals = { nodes: new Map(), edges: computeEdgeVisuals(g, settings) };
    expect(visuals.edges.get('country:china|SUPPORTS|country:russia')).toMatchObject({ type: 'arrow', curvature: 0 }); // no bend to find
    const warrant = `org:icc|ISSUED_WARRANT_FOR|${PUTIN}`;
    const shown = applyFilters(g, { ...defaultFilters(g), predicates: new Set(['SUPPORTS' as const]) });
    const state: RenderState = { visible: shown, selected: null, focusNode: null, focus: null, focusEdges: null, edgeScale: 1, fade: false, plainEdges: true };
    const { edgeReducer } = createReducers(() => visuals, () => state, settings);
    expect(edgeReducer('country:china|SUPPORTS|country:russia', {})).toMatchObject({ type: 'line', color: settings.cooperationColor });
    // every hidden line shares one display datum, sigma's defaults already set on it
    const hidden = edgeReducer(warrant, {});
    expect(hidden).toMatchObject({ type: 'line', hidden: true, label: '', forceLabel: false, zIndex: 0 });
    expect(hidden.color && hidden.size).toBeTruthy();
    expect(edgeReducer('country:china|NOT_MEMBER_OF|org:icc', {})).toBe(hidden);
    expect(createReducers(() => visuals, () => ({ ...state, plainEdges: false }), settings).edgeReducer(warrant, {})).toEqual({ type: 'arrow', hidden: true });
  });

  it('exports the shown part as JSON that reads back the same', () => {
    const g = fixture();
    const shown = applyFilters(g, { ...defaultFilters(g), negated: 'hide' });
    const back = parseGraphText('view.json', toJsonText(subgraph(g, shown.nodes, shown.edges)));
    expect([back.order, back.size]).toEqual([11, 13]); // Kyrgyzstan's one relation is negated
    expect(back.getEdgeAttributes(`org:icc|ISSUED_WARRANT_FOR|${PUTIN}`).evidence[0].sentence).toContain('arrest warrant');
  });

  it('validates settings', () => {
    expect(() => resolveSettings({ sizeBy: 'betweenness' as never })).toThrow(/sizeBy/);
    expect(() => resolveSettings({ minNodeSize: 30 })).toThrow(/minNodeSize/);
    expect(() => resolveSettings({ conflictColor: 'red' })).toThrow(/conflictColor/);
    expect(resolveSettings({ sizeBy: 'pagerank' }).sizeBy).toBe('pagerank');
  });
});
