import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromJson } from '../src/export/json.ts';
import { geokg, SEED } from './helpers/cli.ts';

describe('the geokg CLI', () => {
  it('explains itself', () => {
    const r = geokg(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/build/);
    expect(geokg(['build', '--help']).stdout).toMatch(/-o, --output/);
  });

  it('builds a file into a graph that reads back', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'geokg-cli-')), 'g.json');
    const r = geokg(['build', SEED, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const g = fromJson(readFileSync(out, 'utf8'));
    expect(g.order).toBeGreaterThan(5);
  });

  it('writes to stdout with -o - and reads JSONL', () => {
    const d = mkdtempSync(join(tmpdir(), 'geokg-cli-'));
    writeFileSync(join(d, 'in.jsonl'), '{"id":"a","text":"Chancellor Olaf Scholz visited France on Monday."}\n');
    const r = geokg(['build', join(d, 'in.jsonl'), '-o', '-']);
    expect(r.code, r.stderr).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.nodes.some((n: { attributes: { mentions: { article: string }[] } }) => n.attributes.mentions.some((m) => m.article === 'a'))).toBe(true);
  });

  it('gives a one-line error and non-zero exit for a missing path, without a stack trace', () => {
    const r = geokg(['build', '/no/such/file.txt', '-o', '-']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no such file/);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
