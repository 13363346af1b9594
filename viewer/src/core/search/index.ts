// search: entities by label or any alias. Exact matches first, then prefixes (of any word), then substrings.
import type { ViewerGraph } from '../graph/index.ts';
import type { SearchEntry, Suggestion } from './types.ts';
import { fold } from './utils.ts';

export type { SearchEntry, Suggestion } from './types.ts';

export function buildSearchIndex(graph: ViewerGraph): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((node, a) => {
    for (const name of new Set([a.label, ...a.aliases])) {
      const norm = fold(name);
      if (norm) entries.push({ node, name, norm, label: a.label });
    }
  });
  return entries;
}

/** Best matches first; ties go to more connected entities, then to the label. */
export function suggest(index: readonly SearchEntry[], query: string, limit: number, degree: (node: string) => number): Suggestion[] {
  const q = fold(query);
  if (!q) return [];
  const ranked: { e: SearchEntry; rank: number }[] = [];
  for (const e of index) {
    const rank = e.norm === q ? 0 : e.norm.startsWith(q) ? 1 : e.norm.includes(` ${q}`) ? 2 : e.norm.includes(q) ? 3 : -1;
    if (rank >= 0) ranked.push({ e, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || degree(b.e.node) - degree(a.e.node) || a.e.label.localeCompare(b.e.label));
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const { e } of ranked) {
    if (seen.has(e.node)) continue;
    seen.add(e.node);
    out.push({ node: e.node, name: e.name, label: e.label });
    if (out.length >= limit) break;
  }
  return out;
}
