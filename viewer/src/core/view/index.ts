// view: the view (selection, filters, time range, camera, open table) to and from the URL's hash, so a
// view can be reloaded, bookmarked and shared. `?graph=` stays in the query string, apart from it.
import { ENTITY_TYPES, type EntityType } from '../../../../src/model/types.ts';
import type { Predicate } from '../../../../src/model/predicates.ts';
import { defaultFilters, type FilterState, type NegatedFilter, type Tone } from '../filters/index.ts';
import type { ViewerGraph } from '../graph/index.ts';
import type { CameraView, ViewState } from './types.ts';

export type { CameraView, ViewState } from './types.ts';

const TONES: readonly Tone[] = ['conflict', 'neutral', 'cooperation'];
const NEGATED: readonly NegatedFilter[] = ['all', 'only', 'hide'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const list = (items: Iterable<string>) => [...items].sort().join(',');
const round = (n: number) => String(Math.round(n * 10_000) / 10_000);

/**
 * The hash for a view, holding only what differs from the graph's default filters (so a plain view has an
 * empty hash). The defaults are passed in, worked out once per graph: this runs on every selection.
 */
export function encodeView(d: FilterState, v: ViewState): string {
  const f = v.filters;
  const p = new URLSearchParams();
  if (v.selected) p.set('entity', v.selected);
  if (v.pair) p.set('pair', v.pair.join('|'));
  if (f.types.size !== d.types.size) p.set('types', list(f.types));
  const hidden = [...d.predicates].filter((x) => !f.predicates.has(x));
  if (hidden.length) p.set('hide', list(hidden));
  if (f.tones.size !== TONES.length) p.set('tones', list(f.tones));
  if (f.negated !== 'all') p.set('negated', f.negated);
  if (f.dateFrom) p.set('from', f.dateFrom);
  if (f.dateTo) p.set('to', f.dateTo);
  if (!f.undated) p.set('undated', '0');
  if (f.minEvidence > 0) p.set('min', String(f.minEvidence));
  if (f.isolated) p.set('isolated', '1');
  if (v.table) p.set('table', '1');
  if (v.camera) p.set('camera', [v.camera.x, v.camera.y, v.camera.ratio].map(round).join(','));
  const s = p.toString();
  return s ? `#${s}` : '';
}

function decodeCamera(text: string | null): CameraView | null {
  const n = (text ?? '').split(',').map(Number);
  return n.length === 3 && n.every(Number.isFinite) && n[2]! > 0 ? { x: n[0]!, y: n[1]!, ratio: n[2]! } : null;
}

/** The view a hash describes; whatever does not fit this graph (an unknown entity, a bad date) is left at its default. */
export function decodeView(graph: ViewerGraph, hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const d = defaultFilters(graph);
  const node = (k: string | null) => (k && graph.hasNode(k) ? k : null);
  const split = (k: string) => (p.get(k) ?? '').split(',').filter(Boolean);
  const filters: FilterState = { ...d };
  if (p.has('types')) filters.types = new Set(split('types').filter((t): t is EntityType => (ENTITY_TYPES as readonly string[]).includes(t)));
  if (p.has('hide')) {
    const hide = new Set(split('hide'));
    filters.predicates = new Set([...d.predicates].filter((x: Predicate) => !hide.has(x)));
  }
  if (p.has('tones')) filters.tones = new Set(split('tones').filter((t): t is Tone => (TONES as readonly string[]).includes(t)));
  const negated = p.get('negated');
  if (negated && (NEGATED as readonly string[]).includes(negated)) filters.negated = negated as NegatedFilter;
  const from = p.get('from'), to = p.get('to');
  if (from && DAY.test(from)) filters.dateFrom = from;
  if (to && DAY.test(to)) filters.dateTo = to;
  filters.undated = p.get('undated') !== '0';
  const min = Number(p.get('min'));
  if (Number.isInteger(min) && min > 0) filters.minEvidence = min;
  filters.isolated = p.get('isolated') === '1';
  const [a, b] = (p.get('pair') ?? '').split('|');
  const pair: [string, string] | null = node(a ?? null) && node(b ?? null) && a !== b ? [a!, b!] : null;
  return { selected: node(p.get('entity')), pair, filters, camera: decodeCamera(p.get('camera')), table: p.get('table') === '1' };
}
