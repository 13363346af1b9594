// The edge legend (node colours are explained by the entity-type filter's swatches).
import type { ViewerSettings } from '../settings.ts';
import { el } from './dom.ts';

export function createEdgeLegend(s: ViewerSettings): HTMLElement {
  const item = (color: string, text: string, dashed = false) => {
    const sw = el('span', { className: dashed ? 'swatch line dashed' : 'swatch line' });
    sw.style.background = dashed ? '' : color;
    sw.style.borderColor = color;
    return el('li', {}, sw, text);
  };
  return el('ul', { className: 'edge-legend' },
    item(s.conflictColor, 'conflict (score < 0)'),
    item(s.neutralColor, 'neutral (0)'),
    item(s.cooperationColor, 'cooperation (> 0)'),
    item(s.strongCooperationColor, `strong cooperation (≥ ${s.strongCooperation})`),
    item('#555555', 'negated: dashed and bent', true));
}
