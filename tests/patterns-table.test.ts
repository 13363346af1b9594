// The --by-pattern table of `geokg eval`: one line per rule, one column group per development set, "-" where a
// rule did not fire; and the news development set's files are paired with their gold.
import { describe, expect, it } from 'vitest';
import { byPatternTable, newsDevFiles } from '../src/cli/commands/eval-dev.ts';
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
});
