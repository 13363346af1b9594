// The search box: suggestions in a datalist; Enter picks the best match, choosing a suggestion picks it.
import type { Suggestion } from '../core/search/index.ts';
import { clear, el } from './dom.ts';

export interface SearchProps {
  suggest: (query: string) => Suggestion[];
  onSelect: (node: string) => void;
}

export function createSearch(p: SearchProps): HTMLElement {
  const list = el('datalist', { attrs: { id: 'entity-suggestions' } });
  const input = el('input', { attrs: { type: 'search', name: 'search', placeholder: 'Find an entity…', list: 'entity-suggestions', autocomplete: 'off', 'aria-label': 'Find an entity' } });
  let current: Suggestion[] = [];
  const refresh = () => {
    current = p.suggest(input.value);
    clear(list);
    for (const s of current) {
      const o = el('option', { text: s.name === s.label ? s.label : `${s.name} → ${s.label}` });
      o.value = s.name;
      list.append(o);
    }
  };
  input.addEventListener('input', (e) => {
    refresh();
    // a datalist choice arrives as an input that replaces the whole value, not as typing
    const typed = e instanceof InputEvent && e.inputType !== 'insertReplacementText';
    const exact = current.find((s) => s.name === input.value);
    if (!typed && exact) p.onSelect(exact.node);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    refresh();
    if (current[0]) p.onSelect(current[0].node);
  });
  return el('div', { className: 'search' }, input, list);
}
