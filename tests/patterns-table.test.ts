// The --by-pattern table of `geokg eval`: one line per rule, one column group per development set, "-" where a
// rule did not fire; and the news development set's files are paired with their gold.
import { describe, expect, it } from 'vitest';
import { byPatternTable, expandSetNames, newsDevFiles, ruleSumTable } from '../src/cli/commands/eval-dev.ts';
import { ROOT } from './helpers/cli.ts';

describe('eval --by-pattern', () => {
  it('prints each rule once with its hits, precision and recall per set', () => {
    const table = byPatternTable([
      { rule: 'visit.support', set: 'news-dev', hits: 5, precision: 1, recall: 0.008 },
      { rule: 'visit.support', set: 'conll04-dev', hits: 2, precision: 0.5, recall: 0.01 },
      { rule: 'title', set: 'news-dev', hits: 113, precision: 0.77, recall: 0.14 },
    ]);
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^rule\s+news-dev\s+conll04-dev\s*$/);
    expect(lines.slice(2).map((l) => l.split(/\s+/)[0])).toEqual(['title', 'visit.support']);
    expect(lines.find((l) => l.startsWith('title'))).toMatch(/^title\s+113 0\.77 0\.140\s+- +- +-\s*$/);
    expect(lines.find((l) => l.startsWith('visit.support'))).toMatch(/5 1\.00 0\.008\s+2 0\.50 0\.010/);
  });
  it('pairs every news-dev text with its gold', () => {
    const { texts, golds } = newsDevFiles(ROOT);
    expect(texts.length).toBeGreaterThanOrEqual(25);
    expect(golds).toEqual(texts.map((t) => t.replace(/\.txt$/, '.json')));
  });
  it('sums each rule over the sets, most wrong edges first', () => {
    const table = ruleSumTable([
      { rule: 'visit.support', set: 'news-dev', hits: 5, precision: 1, recall: 0.008, right: 5, wrong: 0 },
      { rule: 'title', set: 'news-dev', hits: 10, precision: 0.8, recall: 0.1, right: 8, wrong: 2 },
      { rule: 'title', set: 'news-fresh', hits: 4, precision: 0.5, recall: 0.1, right: 2, wrong: 2 },
    ]);
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toBe('summed over news-dev, news-fresh');
    expect(lines[2]).toMatch(/^title\s+14\s+10\s+4\s+0\.71$/);
    expect(lines[3]).toMatch(/^visit\.support\s+5\s+5\s+0\s+1\.00$/);
  });
  it('expands "news" to every news set and refuses an unknown set', () => {
    const names = expandSetNames(ROOT, ['news', 'conll04-dev']);
    expect(names).toContain('news-dev');
    expect(names.filter((n) => n.startsWith('news-')).length).toBeGreaterThanOrEqual(6);
    expect(names.at(-1)).toBe('conll04-dev');
    expect(() => expandSetNames(ROOT, ['news-nowhere'])).toThrow(/news-nowhere/);
  });
  it('leaves out a set named after "-", and refuses an unknown one there too', () => {
    const all = expandSetNames(ROOT, ['news']);
    const names = expandSetNames(ROOT, ['news', '-news-fresh', '-news-dev']);
    expect(names).not.toContain('news-fresh');
    expect(names).not.toContain('news-dev');
    expect(names.length).toBe(all.length - 2);
    expect(expandSetNames(ROOT, ['news-dev', 'conll04-dev', '-news'])).toEqual(['conll04-dev']);
    expect(() => expandSetNames(ROOT, ['news', '-news-nowhere'])).toThrow(/news-nowhere/);
  });
});
