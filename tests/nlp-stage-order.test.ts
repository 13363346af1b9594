// Data flows one way through the stages: an earlier stage never imports a later one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ORDER = ['model', 'ingest', 'nlp', 'entities', 'resolve', 'relations', 'graph'];
const SRC = join(import.meta.dirname, '..', 'src');

function importedStages(stage: string): string[] {
  const found: string[] = [];
  for (const f of readdirSync(join(SRC, stage), { recursive: true }) as string[]) {
    if (!f.endsWith('.ts')) continue;
    for (const m of readFileSync(join(SRC, stage, f), 'utf8').matchAll(/from '\.\.\/(?:\.\.\/)?([a-z]+)\//g)) found.push(`${m[1]} (in ${f})`);
  }
  return found;
}

describe('stage order', () => {
  for (const [k, stage] of ORDER.entries()) {
    it(`${stage} imports no later stage`, () => {
      const later = new Set(ORDER.slice(k + 1));
      expect(importedStages(stage).filter((s) => later.has(s.split(' ')[0]!))).toEqual([]);
    });
  }
});
