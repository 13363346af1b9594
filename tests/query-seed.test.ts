// The seed article end to end: build, export, validate, query. Asserts only what does not depend on how
// good extraction is today (shapes, validity, round trips), so extraction work cannot break it by improving.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromGexf, toGexf, toJson } from '../src/export/index.ts';
import { loadGraph } from '../src/query/load.ts';
import { gexfErrors, HAS_XMLLINT, NO_XMLLINT, run } from './export-helpers.ts';
import { geokg, SEED } from './helpers/cli.ts';

describe('the seed graph', () => {
  const dir = mkdtempSync(join(tmpdir(), 'geokg-seed-'));
  const json = join(dir, 'seed.json');
  const built = geokg(['build', SEED, '-o', json]);
  const seedText = readFileSync(SEED, 'utf8').replace(/\s+/g, ' ');

  it('builds', () => {
    expect(built.code, built.stderr).toBe(0);
  });

  it('exports to GEXF that validates against the official 1.3 grammar', async (ctx) => {
    if (!HAS_XMLLINT) ctx.skip(NO_XMLLINT);
    const gexf = join(dir, 'seed.gexf');
    const r = await run(['export', json, '--format', 'gexf', '-o', gexf]);
    expect(r.code, r.stderr).toBe(0);
    expect(gexfErrors(gexf)).toBe('');
  });

  it('round-trips through GEXF with every relation, negation and evidence', () => {
    const g = loadGraph(json);
    const back = fromGexf(toGexf(g));
    const strip = (x: typeof g) => { const c = x.copy(); c.forEachNode((k) => ['x', 'y', 'size', 'color'].forEach((a) => c.removeNodeAttribute(k, a as never))); return toJson(c); };
    expect(strip(back)).toBe(toJson(g));
  });

  it('answers query --entity Putin --json with relations that all touch Putin, each with evidence', async () => {
    const r = await run(['query', json, '--entity', 'Putin', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as { subject: { label: string }; object: { label: string }; predicate: string; negated: boolean; evidence: { sentence: string }[] }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect([row.subject.label, row.object.label]).toContain('Vladimir Putin');
      expect(typeof row.negated).toBe('boolean');
      expect(row.evidence.length).toBeGreaterThan(0);
      expect(seedText).toContain(row.evidence[0]!.sentence.replace(/\s+/g, ' ').slice(0, 40));
    }
  });

  it('path and stats answer in one form or the other, never with a stack trace', async () => {
    const p = await run(['path', json, 'Biden', 'Kyrgyzstan', '--json']);
    if (p.code === 0) {
      const { path } = JSON.parse(p.stdout) as { path: { label: string }[] };
      expect(path.at(-1)!.label).toBe('Kyrgyzstan');
    } else expect(p.stderr.trim().split('\n')).toHaveLength(1);
    const s = await run(['stats', json, '--json']);
    expect(JSON.parse(s.stdout).entities).toBe(loadGraph(json).order);
  });
});
