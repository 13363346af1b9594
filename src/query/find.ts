// Finding an entity by any of its names: key, label or alias, compared after normalizeName
// (case, accents, punctuation, a leading "the", a possessive). A name answers only when one entity is
// clearly meant; otherwise the candidates are named, with their types, so "Kim" never silently means one Kim.
import type { KnowledgeGraph } from '../graph/index.ts';
import { normalizeName } from '../model/keys.ts';
import { GeokgError } from '../util/errors.ts';
import { editDistance } from './distance.ts';
import type { EntityRef } from './types.ts';
import { entityRef } from './utils.ts';

export interface FindOptions {
  /** only the key or a whole label or alias: no surname or partial matches */
  exact?: boolean;
}

/** How a name matched: the key, a whole name, its last words (a surname), or words inside it. */
export type MatchKind = 'key' | 'name' | 'last-words' | 'words';

export interface EntityMatch {
  /** the entity meant, when one is clearly best; undefined when none or several fit */
  key?: string;
  how?: MatchKind;
  /** every entity that fits equally well (the best first); the others besides `key` when it is set */
  candidates: EntityRef[];
}

/** Thrown when a name fits several entities and none clearly best; carries them, with their types. */
export class AmbiguousEntityError extends GeokgError {
  readonly candidates: EntityRef[];
  constructor(name: string, candidates: EntityRef[]) {
    super('find', `"${name}" could be ${describeCandidates(candidates)}; give a fuller name or a key`);
    this.candidates = candidates;
  }
}

export const describeCandidates = (xs: EntityRef[], limit = 8) =>
  xs.slice(0, limit).map((c) => `${c.label} (${c.type}, ${c.key})`).join(', ') + (xs.length > limit ? `, and ${xs.length - limit} more` : '');

const names = (graph: KnowledgeGraph, key: string) => {
  const a = graph.getNodeAttributes(key);
  return [a.label, ...(a.aliases ?? [])].map(normalizeName);
};

/** Best-connected first, then the shortest label, then the key, so the order is stable. */
const rank = (graph: KnowledgeGraph, keys: string[]) =>
  keys.sort((x, y) => graph.degree(y) - graph.degree(x) || graph.getNodeAttribute(x, 'label').length - graph.getNodeAttribute(y, 'label').length || (x < y ? -1 : 1));

/** A clear winner has at least twice the relations of the runner-up; words inside a name never win alone. */
const isClear = (graph: KnowledgeGraph, ranked: string[], how: MatchKind) =>
  ranked.length === 1 ? how !== 'words' : how !== 'words' && graph.degree(ranked[0]!) >= 2 * graph.degree(ranked[1]!) && graph.degree(ranked[0]!) > graph.degree(ranked[1]!);

export function matchEntity(graph: KnowledgeGraph, name: string, { exact = false }: FindOptions = {}): EntityMatch {
  if (graph.hasNode(name)) return { key: name, how: 'key', candidates: [entityRef(graph, name)] };
  const q = normalizeName(name);
  if (!q) return { candidates: [] };
  const nodes = graph.nodes();
  // as the last words, as a surname or a short form is used ("Putin", "Criminal Court"); words elsewhere
  // ("Kim" of "Kim Jong Un", "Russian" of "Russian President Vladimir Putin") only ever suggest
  const tiers: [MatchKind, (n: string) => boolean][] = [['name', (n) => n === q]];
  if (!exact) tiers.push(['last-words', (n) => ` ${n}`.endsWith(` ${q}`)], ['words', (n) => ` ${n} `.includes(` ${q} `)]);
  for (const [how, fits] of tiers) {
    const found = rank(graph, nodes.filter((k) => names(graph, k).some(fits)));
    if (!found.length) continue;
    const candidates = found.map((k) => entityRef(graph, k));
    return isClear(graph, found, how) ? { key: found[0], how, candidates } : { how, candidates };
  }
  return { candidates: [] };
}

/**
 * The key of the entity a name clearly refers to, or undefined when none fits. Several that fit with none
 * clearly best (or only words inside a name fitting) throw an AmbiguousEntityError naming them.
 */
export function findEntity(graph: KnowledgeGraph, name: string, options: FindOptions = {}): string | undefined {
  const m = matchEntity(graph, name, options);
  if (m.key !== undefined) return m.key;
  if (m.candidates.length) throw new AmbiguousEntityError(name, m.candidates);
  return undefined;
}

/** The labels closest to a name by edit distance over labels and aliases, best first. */
export function closestEntities(graph: KnowledgeGraph, name: string, limit = 3): string[] {
  const q = normalizeName(name);
  return graph
    .mapNodes((k) => ({ label: graph.getNodeAttribute(k, 'label'), d: Math.min(...names(graph, k).map((n) => editDistance(q, n))) }))
    .sort((x, y) => x.d - y.d || (x.label < y.label ? -1 : 1))
    // only plausible typos, but always the nearest one
    .filter((x, i) => i === 0 || x.d <= Math.max(2, Math.ceil(q.length / 2)))
    .slice(0, limit)
    .map((x) => x.label);
}

/** Like findEntity, but an unknown name is a GeokgError that names the closest matches. */
export function resolveEntity(graph: KnowledgeGraph, name: string, options: FindOptions = {}): string {
  const key = findEntity(graph, name, options);
  if (key !== undefined) return key;
  const near = closestEntities(graph, name);
  throw new GeokgError('find', `no entity "${name}" in the graph${near.length ? `; closest: ${near.map((n) => `"${n}"`).join(', ')}` : ' (it is empty)'}`);
}
