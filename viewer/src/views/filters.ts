// The filter form, doubling as the node-colour legend. It reports a new FilterState on every change, built
// from the state as it stands then (`state()`), so that the form need not be rebuilt after its own changes.
import { ENTITY_TYPES, type EntityType } from '../../../src/model/types.ts';
import type { Predicate } from '../../../src/model/predicates.ts';
import type { FilterState, NegatedFilter, Tone } from '../core/filters/index.ts';
import { typeColor } from '../core/appearance/index.ts';
import type { ViewerSettings } from '../settings.ts';
import { clear, el } from './dom.ts';

export interface FilterProps {
  /** the filters as they stand (read on each change) */
  state: () => FilterState;
  /** entities per type and relations per predicate, in the whole graph */
  typeCounts: Map<EntityType, number>;
  predicateCounts: Map<Predicate, number>;
  /** entities without any relation in the whole graph */
  isolatedCount: number;
  settings: ViewerSettings;
  onChange: (state: FilterState) => void;
}

function checkbox(name: string, value: string, checked: boolean, label: (string | Node)[], onChange: (on: boolean) => void): HTMLElement {
  const input = el('input', { attrs: { type: 'checkbox', name, value }, on: { change: () => onChange(input.checked) } });
  input.checked = checked;
  return el('label', { className: 'check' }, input, ...label);
}

function toggled<T>(set: ReadonlySet<T>, item: T, on: boolean): Set<T> {
  const out = new Set(set);
  if (on) out.add(item);
  else out.delete(item);
  return out;
}

export function renderFilters(container: HTMLElement, p: FilterProps): void {
  clear(container);
  const state = p.state();
  const emit = (patch: (s: FilterState) => Partial<FilterState>) => p.onChange({ ...p.state(), ...patch(p.state()) });

  const types = el('fieldset', { className: 'types' }, el('legend', { text: 'Entity types' }));
  for (const t of ENTITY_TYPES) {
    const swatch = el('span', { className: 'swatch' });
    swatch.style.background = typeColor(t, p.settings);
    types.append(checkbox('type', t, state.types.has(t), [swatch, `${t} (${p.typeCounts.get(t) ?? 0})`], (on) => emit((s) => ({ types: toggled(s.types, t, on) }))));
  }

  const preds = el('fieldset', { className: 'predicates' }, el('legend', { text: 'Predicates' }));
  for (const [pr, n] of [...p.predicateCounts].sort((a, b) => a[0].localeCompare(b[0])))
    preds.append(checkbox('predicate', pr, state.predicates.has(pr), [`${pr} (${n})`], (on) => emit((s) => ({ predicates: toggled(s.predicates, pr, on) }))));

  const tones = el('fieldset', { className: 'tones' }, el('legend', { text: 'Edges by cooperation score' }));
  const toneColors: Record<Tone, string[]> = {
    conflict: [p.settings.conflictColor], neutral: [p.settings.neutralColor], cooperation: [p.settings.cooperationColor, p.settings.strongCooperationColor],
  };
  for (const t of ['conflict', 'neutral', 'cooperation'] as const) {
    const swatches = toneColors[t].map((c) => {
      const s = el('span', { className: 'swatch line' });
      s.style.background = c;
      return s;
    });
    tones.append(checkbox('tone', t, state.tones.has(t), [...swatches, t], (on) => emit((s) => ({ tones: toggled(s.tones, t, on) }))));
  }
  const negated = el('select', { attrs: { name: 'negated' }, on: { change: () => emit(() => ({ negated: negated.value as NegatedFilter })) } },
    el('option', { text: 'all relations', attrs: { value: 'all' } }),
    el('option', { text: 'only negated (dashed)', attrs: { value: 'only' } }),
    el('option', { text: 'hide negated', attrs: { value: 'hide' } }));
  negated.value = state.negated;
  tones.append(el('label', { className: 'row' }, 'Negated: ', negated));

  const minEv = el('input', { attrs: { type: 'number', name: 'minEvidence', min: '0', step: '1' }, on: { change: () => emit(() => ({ minEvidence: Math.max(0, Number(minEv.value) || 0) })) } });
  minEv.value = String(state.minEvidence);
  const isolated = checkbox('isolated', 'isolated', state.isolated, [`entities without relations (${p.isolatedCount})`], (on) => emit(() => ({ isolated: on })));
  const more = el('fieldset', { className: 'more' }, el('legend', { text: 'Evidence and entities' }),
    el('label', { className: 'row' }, 'Min. evidence ', minEv), isolated);

  container.append(types, preds, tones, more);
}
