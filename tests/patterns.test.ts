// Every relation pattern's own examples (patterns/*.ts): each `match` sentence gives its edge, through the
// whole pipeline and under that pattern's id; each `miss` sentence gives no edge of the pattern (or only the
// negated one it names).
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../src/model/types.ts';
import { createExtractor, extractArticle, type Extractor } from '../src/pipeline.ts';
import { PATTERNS } from '../src/relations/patterns/index.ts';

let extractor: Extractor;
beforeAll(() => { extractor = createExtractor(); });

/** the edges a pattern found in a text, as "Subject [NOT ]PREDICATE Object" */
function edges(text: string, rule: string): string[] {
  const x: ArticleExtraction = extractArticle({ id: 'p', text }, extractor);
  const label = new Map(x.entities.map((e) => [e.key, e.label]));
  return x.relations.filter((r) => r.rule === rule)
    .map((r) => `${r.negated ? 'NOT ' : ''}${label.get(r.subject)} ${r.predicate} ${label.get(r.object)}`);
}

describe('relation patterns: every example runs', () => {
  it('ids are unique and every pattern has examples both ways', () => {
    expect(new Set(PATTERNS.map((p) => p.id)).size).toBe(PATTERNS.length);
    for (const p of PATTERNS) expect(p.match.length > 0 && p.miss.length > 0, p.id).toBe(true);
  });
  for (const p of PATTERNS) {
    describe(p.id, () => {
      it.each(p.match.map(([text, edge]) => [text, edge] as const))('matches: %s', (text, edge) => {
        expect(edges(text, p.id)).toContain(edge);
      });
      it.each(p.miss.map(([text, edge]) => [text, edge ?? ''] as const))('misses: %s', (text, edge) => {
        const found = edges(text, p.id);
        if (edge) expect(found).toEqual([edge]);
        else expect(found).toEqual([]);
      });
    });
  }
});
