// The side panel: the selected entity, its relations grouped by predicate both ways, and each
// relation's evidence with subject and object marked. Every string from data goes in as text.
import type { Evidence } from '../../../src/model/types.ts';
import type { ViewerGraph } from '../core/graph/index.ts';
import { highlightSegments, type Relation, type RelationGroup } from '../core/selection/index.ts';
import type { ViewerSettings } from '../settings.ts';
import { typeColor } from '../core/appearance/index.ts';
import { clear, el, link } from './dom.ts';

export interface PanelProps {
  graph: ViewerGraph;
  node: string | null;
  groups: RelationGroup[];
  settings: ViewerSettings;
  onSelect: (node: string) => void;
  /** opens the dyad chart of the selected entity and another */
  onDyad: (other: string) => void;
}

const QID = /^Q[1-9]\d*$/;

export function evidenceItem(e: Evidence): HTMLElement {
  const sentence = el('blockquote', { className: 'sentence' });
  for (const seg of highlightSegments(String(e.sentence ?? ''), String(e.subjectText ?? ''), String(e.objectText ?? '')))
    sentence.append(seg.role ? el('mark', { className: seg.role, text: seg.text }) : seg.text);
  const meta: (Node | string)[] = [];
  if (e.attributedTo) meta.push(`according to ${e.attributedTo}`);
  const article = e.url ? link(String(e.url), String(e.article)) : el('span', { className: 'article', text: String(e.article ?? '') });
  meta.push(article);
  const date = e.date ?? e.articleDate;
  if (date) meta.push(String(date));
  const line = el('div', { className: 'meta' });
  meta.forEach((m, i) => line.append(...(i ? [' · ', m] : [m])));
  return el('li', { className: 'evidence' }, sentence, line);
}

function groupSection(g: RelationGroup, props: PanelProps): HTMLElement {
  const arrow = g.direction === 'out' ? '→' : '←';
  const title = el('h3', { text: `${arrow} ${g.predicate}`, attrs: { 'data-predicate': g.predicate, 'data-direction': g.direction } });
  const list = el('ul', { className: 'relations' });
  // a hub's groups can hold thousands of relations: the first few, then a button for the rest
  const limit = props.settings.panelRelationsPerGroup;
  const add = (from: number, to: number) => {
    for (const r of g.relations.slice(from, to)) list.append(relationItem(r, props));
  };
  add(0, limit);
  const section = el('section', { className: 'group' }, title, list);
  if (g.relations.length > limit) {
    const more = el('button', { className: 'more', text: `Show all ${g.relations.length}`, attrs: { type: 'button' }, on: { click: () => {
      add(limit, g.relations.length);
      more.remove();
    } } });
    section.append(more);
  }
  return section;
}

function relationItem(r: Relation, props: PanelProps): HTMLElement {
  const other = props.graph.getNodeAttributes(r.other);
  const a = r.attributes;
  const button = el('button', { className: 'entity-link', text: other.label, attrs: { type: 'button', 'data-node': r.other }, on: { click: () => props.onSelect(r.other) } });
  const head = el('div', { className: 'relation-head' },
    a.negated ? el('span', { className: 'badge negated', text: 'NOT' }) : null,
    button,
    a.modality && a.modality !== 'stated' ? el('span', { className: 'badge', text: a.modality }) : null,
    el('span', { className: 'score', text: `score ${a.score > 0 ? '+' : ''}${a.score}` }),
    el('button', { className: 'dyad-link', text: '↔ over time', attrs: { type: 'button', 'data-dyad': r.other, title: 'Cooperation and conflict between the two, over time' }, on: { click: () => props.onDyad(r.other) } }));
  const evidence = el('ul', { className: 'evidence-list' }, ...a.evidence.map(evidenceItem));
  return el('li', { className: 'relation', attrs: { 'data-edge': r.edge } }, head, evidence);
}

export function renderPanel(container: HTMLElement, props: PanelProps): void {
  clear(container);
  if (!props.node || !props.graph.hasNode(props.node)) {
    container.append(el('p', { className: 'hint', text: 'Search for an entity or click a node to see its relations and the sentences behind them.' }));
    return;
  }
  const a = props.graph.getNodeAttributes(props.node);
  const swatch = el('span', { className: 'swatch' });
  swatch.style.background = typeColor(a.type, props.settings);
  container.append(
    el('h2', { className: 'entity-label', text: a.label }),
    el('div', { className: 'entity-type' }, swatch, `${a.type}${a.kind ? ` · ${a.kind}` : ''}`),
  );
  if (a.aliases.length) container.append(el('div', { className: 'aliases', text: `Also: ${a.aliases.join(', ')}` }));
  if (a.qid && QID.test(a.qid)) container.append(el('div', { className: 'wikidata' }, 'Wikidata: ', link(`https://www.wikidata.org/wiki/${a.qid}`, a.qid)));
  container.append(el('div', { className: 'mentions', text: `${a.mentions.length} mention(s)` }));
  if (!props.groups.length) container.append(el('p', { className: 'hint', text: 'No relations shown (check the filters).' }));
  for (const g of props.groups) container.append(groupSection(g, props));
}
